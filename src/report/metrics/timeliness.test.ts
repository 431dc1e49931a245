import { describe, expect, it } from 'vitest';
import type { ReportStage } from './input.ts';
import { createTestCalendar, testCalendar } from './test-calendar.ts';
import { stage } from './test-builders.ts';
import { responseTime, type Band } from './timeliness.ts';

// 2020-06-01 is a Monday with no bank holiday for weeks: working day 10 is 15 June, 11 is
// 16 June, 18 is 25 June, 20 is 29 June and 21 is 30 June.
const monday = '2020-06-01';

const cases: { name: string; stage: ReportStage; band: Band; late: boolean }[] = [
  {
    name: 'answered on working day 10',
    stage: stage({ startedOn: monday, endedOn: '2020-06-15' }),
    band: 'withinLimit',
    late: false,
  },
  {
    name: 'answered on day 11 without an extension',
    stage: stage({ startedOn: monday, endedOn: '2020-06-16' }),
    band: 'withinMaximum',
    late: true,
  },
  {
    name: 'extended but on time on day 18',
    stage: stage({ startedOn: monday, endedOn: '2020-06-25', extended: true }),
    band: 'withinMaximum',
    late: false,
  },
  {
    name: 'extended and answered on day 20, the maximum',
    stage: stage({ startedOn: monday, endedOn: '2020-06-29', extended: true }),
    band: 'withinMaximum',
    late: false,
  },
  {
    name: 'extended and late on day 21',
    stage: stage({ startedOn: monday, endedOn: '2020-06-30', extended: true }),
    band: 'beyondMaximum',
    late: true,
  },
  {
    name: 'late on day 21 without an extension',
    stage: stage({ startedOn: monday, endedOn: '2020-06-30' }),
    band: 'beyondMaximum',
    late: true,
  },
  {
    name: 'Saturday start behaves like the Friday before: day 10 is the second Friday',
    stage: stage({ startedOn: '2020-06-06', endedOn: '2020-06-19' }),
    band: 'withinLimit',
    late: false,
  },
  {
    name: 'Easter bank holidays: received 1 April 2020, day 10 is 17 April',
    stage: stage({ startedOn: '2020-04-01', endedOn: '2020-04-17' }),
    band: 'withinLimit',
    late: false,
  },
  {
    name: 'Easter bank holidays: 20 April is day 11',
    stage: stage({ startedOn: '2020-04-01', endedOn: '2020-04-20' }),
    band: 'withinMaximum',
    late: true,
  },
  {
    name: 'a suspended week is not counted: 22 June is day 10 after pausing 8–12 June',
    stage: stage({
      startedOn: monday,
      endedOn: '2020-06-22',
      suspensions: [{ from: '2020-06-08', to: '2020-06-12' }],
    }),
    band: 'withinLimit',
    late: false,
  },
  {
    name: 'a suspension over a weekend pauses no working day',
    stage: stage({
      startedOn: monday,
      endedOn: '2020-06-16',
      suspensions: [{ from: '2020-06-06', to: '2020-06-07' }],
    }),
    band: 'withinMaximum',
    late: true,
  },
  {
    name: 'corporate clock from the acknowledgement two days after receipt',
    stage: stage({ startedOn: monday, clockStartOn: '2020-06-03', endedOn: '2020-06-17' }),
    band: 'withinLimit',
    late: false,
  },
  {
    name: 'statutory stage 2 on day 26 of 25, extended to 65',
    stage: stage({
      stage: 2,
      startedOn: monday,
      endedOn: '2020-07-07',
      limit: 25,
      maximum: 65,
      extended: true,
    }),
    band: 'withinMaximum',
    late: false,
  },
  {
    name: 'no maximum: past the limit is beyond the maximum',
    stage: stage({ startedOn: monday, endedOn: '2020-06-09', limit: 5, maximum: null }),
    band: 'beyondMaximum',
    late: true,
  },
  {
    name: 'extended with no maximum: the limit stays in force',
    stage: stage({
      startedOn: monday,
      endedOn: '2020-06-09',
      limit: 5,
      maximum: null,
      extended: true,
    }),
    band: 'beyondMaximum',
    late: true,
  },
  {
    name: 'no timescale and no due date: cannot be late',
    stage: stage({ startedOn: monday, endedOn: '2021-06-01', limit: null, maximum: null }),
    band: 'withinLimit',
    late: false,
  },
  {
    name: 'Ombudsman due date met on the day',
    stage: stage({
      startedOn: monday,
      endedOn: '2020-06-29',
      limit: null,
      maximum: null,
      dueOn: '2020-06-29',
    }),
    band: 'withinLimit',
    late: false,
  },
  {
    name: 'Ombudsman due date missed by a day',
    stage: stage({
      startedOn: monday,
      endedOn: '2020-06-30',
      limit: null,
      maximum: null,
      dueOn: '2020-06-29',
    }),
    band: 'beyondMaximum',
    late: true,
  },
];

describe('responseTime', () => {
  it.each(cases)('$name', ({ stage: s, band, late }) => {
    expect(responseTime(s, s.endedOn ?? '', testCalendar)).toEqual({ band, late });
  });

  it('counts the bank holidays of the calendar it is given', () => {
    const easter = stage({ startedOn: '2020-04-01', endedOn: '2020-04-17' });
    const noHolidays = createTestCalendar([]);
    expect(responseTime(easter, '2020-04-17', noHolidays)).toEqual({
      band: 'withinMaximum',
      late: true,
    });
  });
});
