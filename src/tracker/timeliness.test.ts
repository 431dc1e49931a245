import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.ts';
import { shippedBankHolidays } from '../calendar/bank-holidays.ts';
import { defaultProcedures } from '../procedures/defaults.ts';
import { responseTimeliness, type RespondedStage } from './timeliness.ts';

const calendar = createCalendar({
  nation: 'england-and-wales',
  holidays: shippedBankHolidays(),
  closureDays: [],
});
const statutory = defaultProcedures().procedures.statutory.stages;
const stage1: RespondedStage = {
  started_on: '2024-04-02',
  clock_start_on: '2024-04-02',
  responded_on: '2024-04-16',
  due_on: '2024-04-16',
  limit_days: 10,
  maximum_days: 20,
  extended: false,
  panel_on: null,
  panel_report_on: null,
};

describe('whether a response was on time', () => {
  it('counts working days from the clock start against the limit in force', () => {
    expect(responseTimeliness(calendar, statutory[0], stage1, [])).toEqual({
      late: false,
      band: 'within_limit',
    });
    const day11 = { ...stage1, responded_on: '2024-04-17' };
    expect(responseTimeliness(calendar, statutory[0], day11, [])).toEqual({
      late: true,
      band: 'within_maximum',
    });
    expect(responseTimeliness(calendar, statutory[0], { ...day11, extended: true }, [])).toEqual({
      late: false,
      band: 'within_maximum',
    });
    // Two working days paused bring day 11 back within the limit.
    expect(
      responseTimeliness(calendar, statutory[0], day11, [{ from: '2024-04-04', to: '2024-04-05' }]),
    ).toEqual({ late: false, band: 'within_limit' });
  });

  it('judges statutory stage 3 on the authority’s response after the panel report', () => {
    const stage3: RespondedStage = {
      ...stage1,
      limit_days: 30,
      maximum_days: null,
      panel_on: '2024-05-20',
      panel_report_on: '2024-05-24',
      responded_on: '2024-06-14',
    };
    // 15 working days after Friday 24 May, with the bank holiday on 27 May, is Monday 17 June.
    expect(responseTimeliness(calendar, statutory[2], stage3, [])).toEqual({
      late: false,
      band: 'within_limit',
    });
    expect(
      responseTimeliness(calendar, statutory[2], { ...stage3, responded_on: '2024-06-18' }, []),
    ).toEqual({ late: true, band: 'beyond_maximum' });
  });

  it('holds an Ombudsman response to the date the Ombudsman set', () => {
    const ombudsman = { ...stage1, limit_days: null, maximum_days: null, due_on: '2024-05-01' };
    expect(
      responseTimeliness(calendar, undefined, { ...ombudsman, responded_on: '2024-05-01' }, []),
    ).toEqual({
      late: false,
      band: null,
    });
    expect(
      responseTimeliness(calendar, undefined, { ...ombudsman, responded_on: '2024-05-02' }, []),
    ).toEqual({
      late: true,
      band: null,
    });
  });
});
