import { describe, expect, it } from 'vitest';
import { shippedBankHolidays } from '../calendar/bank-holidays.ts';
import { createCalendar } from '../calendar/calendar.ts';
import type { IsoDate } from '../calendar/types.ts';
import {
  band,
  complaintDeadline,
  daysLeft,
  dueDate,
  elapsedWorkingDays,
  extendedDueDate,
  isLate,
  type Band,
  type DaysLeft,
} from './deadlines.ts';
import { defaultProcedures } from './defaults.ts';
import type { Timescale } from './types.ts';

const calendar = createCalendar({ nation: 'england-and-wales', holidays: shippedBankHolidays() });
const { procedures } = defaultProcedures();
const [stage1, stage2, stage3] = procedures.statutory.stages as [
  Timescale,
  Timescale,
  (typeof procedures.statutory.stages)[number],
];
const concern = procedures.concern.stages[0]!;
const ombudsman = procedures.ombudsman.stages[0]!;

describe('due dates', () => {
  it('count the limit in working days from the clock start', () => {
    expect(dueDate(calendar, '2020-12-21', stage1)).toBe('2021-01-07');
    expect(dueDate(calendar, '2021-03-01', stage3.steps[0]!)).toBe('2021-03-08');
  });

  it('are pushed back by suspensions', () => {
    expect(dueDate(calendar, '2021-01-04', stage1)).toBe('2021-01-18');
    expect(
      dueDate(calendar, '2021-01-04', stage1, [{ from: '2021-01-06', to: '2021-01-08' }]),
    ).toBe('2021-01-21');
  });

  it('are not computed when the limit is set per case', () => {
    expect(dueDate(calendar, '2021-01-04', ombudsman)).toBeNull();
  });

  it('extend to the maximum, or to a date agreed with the complainant', () => {
    expect(extendedDueDate(calendar, '2020-12-21', stage1)).toBe('2021-01-21');
    expect(extendedDueDate(calendar, '2020-12-21', stage1, '2021-02-01')).toBe('2021-02-01');
    expect(extendedDueDate(calendar, '2020-12-21', concern)).toBeNull();
    expect(extendedDueDate(calendar, '2020-12-21', concern, '2021-01-15')).toBe('2021-01-15');
    expect(() => extendedDueDate(calendar, '2020-12-21', stage1, '2021-02-30')).toThrow(RangeError);
  });
});

describe('elapsedWorkingDays', () => {
  it('counts working days after the start up to and including the end, less suspensions', () => {
    expect(elapsedWorkingDays(calendar, '2020-12-21', '2021-01-07')).toBe(10);
    expect(
      elapsedWorkingDays(calendar, '2021-01-04', '2021-01-15', [
        { from: '2021-01-06', to: '2021-01-08' },
      ]),
    ).toBe(6);
  });
});

describe('band', () => {
  it.each<[string, Timescale, number, Band]>([
    ['statutory stage 1', stage1, 10, 'within_limit'],
    ['statutory stage 1', stage1, 11, 'within_maximum'],
    ['statutory stage 1', stage1, 20, 'within_maximum'],
    ['statutory stage 1', stage1, 21, 'beyond_maximum'],
    ['statutory stage 2', stage2, 25, 'within_limit'],
    ['statutory stage 2', stage2, 26, 'within_maximum'],
    ['statutory stage 2', stage2, 65, 'within_maximum'],
    ['statutory stage 2', stage2, 66, 'beyond_maximum'],
    ['a concern (no maximum)', concern, 5, 'within_limit'],
    ['a concern (no maximum)', concern, 6, 'beyond_maximum'],
  ])('%s, %i working days: %s', (_name, timescale, elapsed, expected) => {
    expect(band(elapsed, timescale)).toBe(expected);
  });

  it('cannot band a deadline set per case', () => {
    expect(() => band(5, ombudsman)).toThrow(/set case by case/);
  });
});

describe('isLate', () => {
  it.each<[string, Timescale, number, boolean, boolean]>([
    ['stage 1 on the limit', stage1, 10, false, false],
    ['stage 1 past the limit', stage1, 11, false, true],
    ['stage 1 extended, past the limit', stage1, 11, true, false],
    ['stage 1 extended, on the maximum', stage1, 20, true, false],
    ['stage 1 extended, past the maximum', stage1, 21, true, true],
    ['stage 2 extended, on the maximum', stage2, 65, true, false],
    ['a concern "extended" keeps its limit', concern, 6, true, true],
  ])('%s: %i days, extended %s → late %s', (_name, timescale, elapsed, extended, expected) => {
    expect(isLate(elapsed, timescale, extended)).toBe(expected);
  });
});

describe('daysLeft', () => {
  it.each<[string, IsoDate, IsoDate, DaysLeft]>([
    ['three working days to go', '2021-01-04', '2021-01-07', { status: 'due_in', days: 3 }],
    ['over Christmas', '2020-12-24', '2020-12-29', { status: 'due_in', days: 1 }],
    ['from a Saturday', '2021-01-09', '2021-01-11', { status: 'due_in', days: 1 }],
    [
      'an agreed Saturday from the Friday',
      '2021-01-08',
      '2021-01-09',
      { status: 'due_in', days: 1 },
    ],
    ['today', '2021-01-07', '2021-01-07', { status: 'due_today' }],
    ['the day after', '2021-01-08', '2021-01-07', { status: 'overdue', days: 1 }],
    ['the Saturday after a Friday', '2021-01-09', '2021-01-08', { status: 'overdue', days: 1 }],
    ['the Monday after a Friday', '2021-01-11', '2021-01-08', { status: 'overdue', days: 1 }],
    ['over Christmas', '2020-12-31', '2020-12-21', { status: 'overdue', days: 6 }],
  ])('%s: today %s, due %s', (_name, today, due, expected) => {
    expect(daysLeft(calendar, today, due)).toEqual(expected);
  });

  it('rejects dates that are not real', () => {
    expect(() => daysLeft(calendar, '2021-02-30', '2021-02-30')).toThrow(RangeError);
  });
});

describe('complaintDeadline', () => {
  it('is the same day 12 months on, or the month’s last day', () => {
    expect(complaintDeadline('2023-06-15', 12)).toBe('2024-06-15');
    expect(complaintDeadline('2024-02-29', 12)).toBe('2025-02-28');
  });
});
