import { describe, expect, it } from 'vitest';
import {
  InvalidBankHolidaysError,
  mergeBankHolidays,
  NATIONS,
  parseBankHolidays,
  shippedBankHolidays,
  type BankHolidaysFile,
} from './bank-holidays.ts';
import { dayNumberFromParts, fromDayNumber, toDayNumber, weekdayOfDayNumber } from './dates.ts';
import type { IsoDate, Nation } from './types.ts';

// The shipped file was typed in from the official GOV.UK list. This derives every year again from
// the rules (Easter by the computus, Monday rules, substitute days) plus the one-off changes, and
// requires an exact match, date by date.

function easterSunday(year: number): number {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberFromParts(year, month, day);
}

const isWeekendDay = (n: number) => weekdayOfDayNumber(n) >= 6;

function firstMonday(year: number, month: number): number {
  let n = dayNumberFromParts(year, month, 1);
  while (weekdayOfDayNumber(n) !== 1) n++;
  return n;
}

function lastMonday(year: number, month: number): number {
  let n = dayNumberFromParts(year, month + 1, 1) - 1;
  while (weekdayOfDayNumber(n) !== 1) n--;
  return n;
}

/** Fixed-date holidays in order, each moved to the next weekday not already taken. */
function withSubstitutes(days: number[]): number[] {
  const taken: number[] = [];
  for (let n of days) {
    while (isWeekendDay(n) || taken.includes(n)) n++;
    taken.push(n);
  }
  return taken;
}

const ONE_OFF: Record<number, { remove: IsoDate[]; add: IsoDate[] }> = {
  // Spring bank holiday moved to 4 June for the Diamond Jubilee, plus 5 June.
  2012: { remove: ['2012-05-28'], add: ['2012-06-04', '2012-06-05'] },
  // Early May bank holiday moved to VE Day.
  2020: { remove: ['2020-05-04'], add: ['2020-05-08'] },
  // Spring bank holiday moved to 2 June for the Platinum Jubilee, plus 3 June; the State Funeral.
  2022: { remove: ['2022-05-30'], add: ['2022-06-02', '2022-06-03', '2022-09-19'] },
  // The coronation of King Charles III.
  2023: { remove: [], add: ['2023-05-08'] },
};

function expectedHolidays(nation: Nation, year: number): IsoDate[] {
  const d = (month: number, day: number) => dayNumberFromParts(year, month, day);
  const easter = easterSunday(year);
  const days: number[] = [
    ...withSubstitutes(nation === 'scotland' ? [d(1, 1), d(1, 2)] : [d(1, 1)]),
    easter - 2,
    firstMonday(year, 5),
    lastMonday(year, 5),
    nation === 'scotland' ? firstMonday(year, 8) : lastMonday(year, 8),
    ...withSubstitutes([d(12, 25), d(12, 26)]),
  ];
  if (nation !== 'scotland') days.push(easter + 1);
  if (nation === 'scotland') days.push(...withSubstitutes([d(11, 30)]));
  if (nation === 'northern-ireland') {
    days.push(...withSubstitutes([d(3, 17)]), ...withSubstitutes([d(7, 12)]));
  }
  const dates = new Set(days.map(fromDayNumber));
  const oneOff = ONE_OFF[year];
  oneOff?.remove.forEach((date) => dates.delete(date));
  oneOff?.add.forEach((date) => dates.add(date));
  return [...dates].sort();
}

const shipped = shippedBankHolidays();
const YEARS = Array.from({ length: 2028 - 2012 + 1 }, (_, i) => 2012 + i);
const datesIn = (file: BankHolidaysFile, nation: Nation, year: number) =>
  file[nation].events.map((e) => e.date).filter((date) => date.startsWith(`${year}-`));

describe('the shipped bank holidays', () => {
  it.each(NATIONS.flatMap((nation) => YEARS.map((year) => [nation, year] as const)))(
    '%s %i match the rules and one-off changes',
    (nation, year) => {
      expect(datesIn(shipped, nation, year)).toEqual(expectedHolidays(nation, year));
    },
  );

  it('fall on weekdays only, once each, in date order', () => {
    for (const nation of NATIONS) {
      const dates = shipped[nation].events.map((e) => e.date);
      expect(dates.filter((date) => isWeekendDay(toDayNumber(date)))).toEqual([]);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates).toEqual([...dates].sort());
    }
  });

  const counts: Record<Nation, { usual: number; special: Record<number, number> }> = {
    'england-and-wales': { usual: 8, special: { 2012: 9, 2022: 10, 2023: 9 } },
    scotland: { usual: 9, special: { 2012: 10, 2022: 11, 2023: 10 } },
    'northern-ireland': { usual: 10, special: { 2012: 11, 2022: 12, 2023: 11 } },
  };
  it.each(NATIONS)('%s has the expected number each year', (nation) => {
    for (const year of YEARS) {
      const { usual, special } = counts[nation];
      expect(datesIn(shipped, nation, year), String(year)).toHaveLength(special[year] ?? usual);
    }
  });

  it('keep GOV.UK’s titles for the named days', () => {
    const title = (nation: Nation, date: IsoDate) =>
      shipped[nation].events.find((e) => e.date === date)?.title;
    expect(title('england-and-wales', '2020-12-28')).toBe('Boxing Day');
    expect(title('england-and-wales', '2022-09-19')).toBe(
      'Bank Holiday for the State Funeral of Queen Elizabeth II',
    );
    expect(title('scotland', '2024-12-02')).toBe('St Andrew’s Day');
    expect(title('northern-ireland', '2025-07-14')).toBe('Battle of the Boyne (Orangemen’s Day)');
  });
});

describe('parseBankHolidays', () => {
  const event = (date: string) => ({ title: 'A day', date, notes: '', bunting: true });
  const file = (overrides: Record<string, unknown> = {}) => ({
    'england-and-wales': { division: 'england-and-wales', events: [event('2030-01-01')] },
    scotland: { division: 'scotland', events: [] },
    'northern-ireland': { division: 'northern-ireland', events: [] },
    ...overrides,
  });

  it('accepts the GOV.UK format', () => {
    expect(parseBankHolidays(file())['england-and-wales'].events).toEqual([event('2030-01-01')]);
  });

  it('lists every problem, saying where', () => {
    const bad = file({
      scotland: { division: 'scotland', events: [event('2023-02-29'), { date: '2023-01-02' }] },
      'northern-ireland': { division: 'wales', events: [] },
    });
    let error: unknown;
    try {
      parseBankHolidays(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidBankHolidaysError);
    const problems = (error as InvalidBankHolidaysError).problems;
    expect(problems).toContain('scotland.events.0.date: "2023-02-29" is not a real date');
    expect(problems.some((p) => p.startsWith('scotland.events.1.title:'))).toBe(true);
    expect((error as Error).message).toContain('Not a valid GOV.UK bank holidays file');
  });

  it('requires every division', () => {
    const { scotland: _scotland, ...rest } = file();
    expect(() => parseBankHolidays(rest)).toThrow(/scotland/);
  });

  it('reports a mislabelled division', () => {
    const bad = file({ 'northern-ireland': { division: 'wales', events: [] } });
    expect(() => parseBankHolidays(bad)).toThrow(
      'northern-ireland.division: should be "northern-ireland", not "wales"',
    );
  });
});

describe('mergeBankHolidays', () => {
  const event = (date: string, title = 'Shipped') => ({ title, date, notes: '', bunting: true });
  const older: BankHolidaysFile = {
    'england-and-wales': {
      division: 'england-and-wales',
      events: [event('2012-12-25'), event('2013-12-25'), event('2014-12-25')],
    },
    scotland: { division: 'scotland', events: [event('2013-11-29')] },
    'northern-ireland': { division: 'northern-ireland', events: [event('2013-07-12')] },
  };
  const newer: BankHolidaysFile = {
    'england-and-wales': {
      division: 'england-and-wales',
      events: [event('2014-12-25', 'New'), event('2014-06-02', 'New'), event('2015-12-25', 'New')],
    },
    scotland: { division: 'scotland', events: [] },
    'northern-ireland': { division: 'northern-ireland', events: [event('2013-07-15', 'New')] },
  };

  it('replaces the years the newer copy has and keeps the older years it dropped', () => {
    const merged = mergeBankHolidays(older, newer);
    expect(merged['england-and-wales'].events).toEqual([
      event('2012-12-25'),
      event('2013-12-25'),
      event('2014-06-02', 'New'),
      event('2014-12-25', 'New'),
      event('2015-12-25', 'New'),
    ]);
    expect(merged.scotland.events).toEqual([event('2013-11-29')]);
    expect(merged['northern-ireland'].events).toEqual([event('2013-07-15', 'New')]);
  });

  it('leaves both inputs as they were', () => {
    const before = JSON.stringify([older, newer]);
    mergeBankHolidays(older, newer);
    expect(JSON.stringify([older, newer])).toBe(before);
  });

  it('is a no-op when the newer copy is the shipped data itself', () => {
    expect(mergeBankHolidays(shipped, shipped)).toEqual(shipped);
  });
});
