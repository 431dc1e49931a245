import { describe, expect, it } from 'vitest';
import { shippedBankHolidays } from '../../calendar/bank-holidays.ts';
import { createCalendar } from '../../calendar/calendar.ts';
import { defaultProcedures } from '../../procedures/defaults.ts';
import { bandLabel, stageTimings, type TimedStage } from './stage-timings.ts';

const calendar = createCalendar({ nation: 'england-and-wales', holidays: shippedBankHolidays() });
const { procedures } = defaultProcedures();
const [stage1, , stage3] = procedures.statutory.stages;

const stage = (s: Partial<TimedStage>): TimedStage => ({
  clock_start_on: '2025-03-03',
  limit_days: 10,
  maximum_days: 20,
  extended: false,
  panel_on: null,
  panel_report_on: null,
  responded_on: null,
  ...s,
});

describe('how long a stage took', () => {
  it('has nothing to report before the response', () => {
    expect(stageTimings(calendar, stage1, stage({}))).toEqual([]);
  });

  it.each([
    ['2025-03-17', 10, 'within_limit', false],
    ['2025-03-18', 11, 'within_maximum', true],
    ['2025-03-31', 20, 'within_maximum', true],
    ['2025-04-01', 21, 'beyond_maximum', true],
  ] as const)(
    'a response on %s is %i working days: %s',
    (respondedOn, elapsed, expectedBand, late) => {
      const [timing] = stageTimings(calendar, stage1, stage({ responded_on: respondedOn }));
      expect(timing).toMatchObject({ what: 'Response', elapsed, band: expectedBand, late });
    },
  );

  it('is late only beyond the maximum once extended', () => {
    const [timing] = stageTimings(
      calendar,
      stage1,
      stage({ responded_on: '2025-03-31', extended: true }),
    );
    expect(timing).toMatchObject({ elapsed: 20, band: 'within_maximum', late: false });
  });

  it('leaves suspended days out', () => {
    const [timing] = stageTimings(calendar, stage1, stage({ responded_on: '2025-03-18' }), [
      { from: '2025-03-10', to: '2025-03-11' },
    ]);
    expect(timing).toMatchObject({ elapsed: 9, band: 'within_limit' });
  });

  it('times each step of a review panel stage from the event before it', () => {
    const timings = stageTimings(
      calendar,
      stage3,
      stage({
        limit_days: 30,
        maximum_days: null,
        panel_on: '2025-04-15',
        panel_report_on: '2025-04-29',
        responded_on: '2025-05-13',
      }),
    );
    expect(timings.map((t) => [t.what, t.elapsed, t.band])).toEqual([
      ['Review panel', 31, 'beyond_maximum'],
      ['Panel report', 8, 'beyond_maximum'],
      ['Authority’s response', 9, 'within_limit'],
    ]);
    expect(bandLabel(timings[0]!)).toBe('After the limit');
    expect(bandLabel({ band: 'beyond_maximum', maximum: 20 })).toBe('Beyond the maximum');
  });
});
