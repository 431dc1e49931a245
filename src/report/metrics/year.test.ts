import { describe, expect, it } from 'vitest';
import { inRange, perYear, reportYear } from './year.ts';

describe('reportYear', () => {
  it.each([
    { start: 2020, label: '2020/21', from: '2020-04-01', to: '2021-03-31' },
    { start: 1999, label: '1999/00', from: '1999-04-01', to: '2000-03-31' },
    { start: 2009, label: '2009/10', from: '2009-04-01', to: '2010-03-31' },
  ])('$label', ({ start, label, from, to }) => {
    expect(reportYear(start)).toEqual({ label, start: from, end: to });
  });

  it.each([2020.5, NaN, 999, 10000])('refuses %s', (start) => {
    expect(() => reportYear(start)).toThrow(RangeError);
  });

  it('contains its first and last days only', () => {
    const year = reportYear(2020);
    expect(
      ['2020-03-31', '2020-04-01', '2021-03-31', '2021-04-01'].map((d) => inRange(d, year)),
    ).toEqual([false, true, true, false]);
  });

  it('perYear labels each set of figures with its year', () => {
    expect(perYear([2019, 2020], (year) => ({ first: year.start }))).toEqual([
      { first: '2019-04-01', year: reportYear(2019) },
      { first: '2020-04-01', year: reportYear(2020) },
    ]);
  });
});
