import { describe, expect, it } from 'vitest';
import { financialYearOf, tableYears } from './report-data.ts';
import { parseYearStart } from './report-years-list.ts';

describe('report years', () => {
  it('reads the year a financial year starts in', () => {
    expect(parseYearStart('2020', '2021-06-01')).toEqual({ ok: true, yearStart: 2020 });
    expect(parseYearStart('2021', '2021-04-01')).toEqual({ ok: true, yearStart: 2021 });
    expect(parseYearStart('2021', '2021-03-31')).toEqual({
      ok: false,
      message: '2021/22 has not started yet',
    });
    for (const bad of ['20', '2020/21', 'twenty', '0999', undefined]) {
      expect(parseYearStart(bad, '2021-06-01')).toMatchObject({ ok: false });
    }
  });

  it('puts a date in its financial year', () => {
    expect(financialYearOf('2021-03-31')).toBe(2020);
    expect(financialYearOf('2021-04-01')).toBe(2021);
  });

  it('shows as many years as there are records, up to the count, and always last year', () => {
    expect(tableYears(2020, 6, 2012)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    expect(tableYears(2020, 6, 2018)).toEqual([2018, 2019, 2020]);
    expect(tableYears(2020, 3, 2020)).toEqual([2019, 2020]);
  });
});
