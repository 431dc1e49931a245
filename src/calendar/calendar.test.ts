import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedBankHolidays, type BankHolidaysFile } from './bank-holidays.ts';
import { createCalendar } from './calendar.ts';
import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from './dates.ts';
import type { IsoDate, Nation, Period } from './types.ts';

const holidays = shippedBankHolidays();
const calendars: Record<Nation, ReturnType<typeof createCalendar>> = {
  'england-and-wales': createCalendar({ nation: 'england-and-wales', holidays }),
  scotland: createCalendar({ nation: 'scotland', holidays }),
  'northern-ireland': createCalendar({ nation: 'northern-ireland', holidays }),
};
const ew = calendars['england-and-wales'];

describe('addWorkingDays and workingDaysBetween on named dates', () => {
  it.each<[string, Nation, IsoDate, number, IsoDate]>([
    [
      'Christmas 2020 with the 28 December substitute',
      'england-and-wales',
      '2020-12-21',
      10,
      '2021-01-07',
    ],
    [
      'Easter 2021 (Good Friday 2 April, Easter Monday 5 April)',
      'england-and-wales',
      '2021-04-01',
      1,
      '2021-04-06',
    ],
    ['across Easter 2021', 'england-and-wales', '2021-03-29', 5, '2021-04-07'],
    ['Easter 2024 (29 March, 1 April)', 'england-and-wales', '2024-03-28', 1, '2024-04-02'],
    ['VE Day 2020 replaced 4 May', 'england-and-wales', '2020-05-01', 5, '2020-05-11'],
    ['2022 Platinum Jubilee (2 and 3 June)', 'england-and-wales', '2022-06-01', 1, '2022-06-06'],
    ['2022 State Funeral (19 September)', 'england-and-wales', '2022-09-16', 1, '2022-09-20'],
    [
      '2023 coronation (8 May) after early May (1 May)',
      'england-and-wales',
      '2023-04-28',
      5,
      '2023-05-09',
    ],
    ['2012 Diamond Jubilee (4 and 5 June)', 'england-and-wales', '2012-06-01', 1, '2012-06-06'],
    ['Saturday start counts from the Friday', 'england-and-wales', '2021-01-09', 1, '2021-01-11'],
    ['Sunday start counts from the Friday', 'england-and-wales', '2021-01-10', 10, '2021-01-22'],
    [
      'bank holiday start counts from the working day before',
      'england-and-wales',
      '2021-04-05',
      1,
      '2021-04-06',
    ],
    [
      'year end 2021 (27 and 28 December substitutes)',
      'england-and-wales',
      '2021-12-24',
      1,
      '2021-12-29',
    ],
    [
      'year end 2022 (26 December, 27 December substitute)',
      'england-and-wales',
      '2022-12-23',
      1,
      '2022-12-28',
    ],
    ['New Year 2023 substitute (2 January)', 'england-and-wales', '2022-12-30', 1, '2023-01-03'],
    ['leap day 2020 is a Saturday', 'england-and-wales', '2020-02-29', 1, '2020-03-02'],
    ['leap day 2024 is a working Thursday', 'england-and-wales', '2024-02-28', 1, '2024-02-29'],
    ['from leap day 2024', 'england-and-wales', '2024-02-29', 1, '2024-03-01'],
    ['day 0 is the start itself', 'england-and-wales', '2021-01-09', 0, '2021-01-09'],
    ['Scotland: 2 January', 'scotland', '2023-12-29', 1, '2024-01-03'],
    [
      'Scotland: New Year 2023 (2 and 3 January substitutes)',
      'scotland',
      '2022-12-30',
      1,
      '2023-01-04',
    ],
    [
      'Scotland: St Andrew’s Day substitute (2 December 2024)',
      'scotland',
      '2024-11-29',
      1,
      '2024-12-03',
    ],
    ['Scotland: no Easter Monday', 'scotland', '2024-03-28', 1, '2024-04-01'],
    ['Scotland: first Monday of August', 'scotland', '2024-08-02', 1, '2024-08-06'],
    ['Northern Ireland: 12 July', 'northern-ireland', '2024-07-11', 1, '2024-07-15'],
    [
      'Northern Ireland: 12 July on a Saturday, 14 July substitute',
      'northern-ireland',
      '2025-07-11',
      1,
      '2025-07-15',
    ],
    [
      'Northern Ireland: St Patrick’s Day substitute (18 March 2024)',
      'northern-ireland',
      '2024-03-15',
      1,
      '2024-03-19',
    ],
  ])('%s: %s + %i working days = %s', (_name, nation, start, n, expected) => {
    const calendar = calendars[nation];
    expect(calendar.addWorkingDays(start, n)).toBe(expected);
    expect(calendar.workingDaysBetween(start, expected)).toBe(n);
  });

  it.each<[Nation, IsoDate, IsoDate, number]>([
    ['england-and-wales', '2020-12-21', '2021-01-07', 10],
    ['england-and-wales', '2024-03-27', '2024-04-03', 3],
    ['england-and-wales', '2020-02-27', '2020-03-02', 2],
    ['england-and-wales', '2021-01-08', '2021-01-09', 0],
    ['england-and-wales', '2021-01-09', '2021-01-10', 0],
    ['england-and-wales', '2021-01-09', '2021-01-11', 1],
    ['england-and-wales', '2021-01-07', '2021-01-07', 0],
    ['england-and-wales', '2021-01-07', '2020-12-21', 0],
    ['england-and-wales', '2024-01-01', '2025-01-01', 254],
    ['scotland', '2024-01-01', '2025-01-01', 253],
  ])('%s: between %s and %s = %i', (nation, start, end, expected) => {
    expect(calendars[nation].workingDaysBetween(start, end)).toBe(expected);
  });

  it.each<[Nation, IsoDate, boolean]>([
    ['england-and-wales', '2020-05-04', true],
    ['england-and-wales', '2020-05-08', false],
    ['england-and-wales', '2022-05-30', true],
    ['england-and-wales', '2012-05-28', true],
    ['england-and-wales', '2024-01-02', true],
    ['scotland', '2024-01-02', false],
    ['scotland', '2023-11-30', false],
    ['scotland', '2024-04-01', true],
    ['scotland', '2024-08-26', true],
    ['northern-ireland', '2024-07-12', false],
    ['northern-ireland', '2024-03-18', false],
    ['england-and-wales', '2024-03-18', true],
    ['england-and-wales', '2024-02-29', true],
    ['england-and-wales', '2024-03-02', false],
  ])('%s: %s is a working day: %s', (nation, date, expected) => {
    expect(calendars[nation].isWorkingDay(date)).toBe(expected);
  });
});

describe('closure days', () => {
  it('do not count, like bank holidays', () => {
    const calendar = createCalendar({
      nation: 'england-and-wales',
      holidays,
      closureDays: ['2020-12-29', '2020-12-30', '2020-12-31', '2040-01-02'],
    });
    expect(calendar.addWorkingDays('2020-12-21', 10)).toBe('2021-01-12');
    expect(calendar.isWorkingDay('2020-12-30')).toBe(false);
  });

  it('must be real dates', () => {
    expect(() =>
      createCalendar({ nation: 'england-and-wales', holidays, closureDays: ['2021-02-30'] }),
    ).toThrow('"2021-02-30" is not a real date');
  });
});

describe('suspensions', () => {
  // Monday 4 to Friday 15 January 2021: no bank holidays.
  const wedToFri: Period = { from: '2021-01-06', to: '2021-01-08' };

  it('take their working days out of the count', () => {
    expect(ew.workingDaysBetween('2021-01-04', '2021-01-15')).toBe(9);
    expect(ew.workingDaysBetween('2021-01-04', '2021-01-15', [wedToFri])).toBe(6);
  });

  it('count only the part inside (start, end]', () => {
    expect(ew.workingDaysBetween('2021-01-07', '2021-01-12', [wedToFri])).toBe(2);
    expect(ew.workingDaysBetween('2021-01-04', '2021-01-07', [wedToFri])).toBe(1);
    expect(ew.workingDaysBetween('2021-01-11', '2021-01-15', [wedToFri])).toBe(4);
  });

  it('push a due date past the suspended working days', () => {
    expect(ew.addWorkingDays('2021-01-04', 5)).toBe('2021-01-11');
    expect(ew.addWorkingDays('2021-01-04', 5, [wedToFri])).toBe('2021-01-14');
  });

  it('never end a count inside a suspension', () => {
    expect(ew.addWorkingDays('2021-01-04', 1, [{ from: '2021-01-05', to: '2021-01-05' }])).toBe(
      '2021-01-06',
    );
    expect(ew.addWorkingDays('2021-01-04', 2, [wedToFri])).toBe('2021-01-11');
  });

  it('may cover the start', () => {
    expect(ew.addWorkingDays('2021-01-04', 5, [{ from: '2021-01-01', to: '2021-01-05' }])).toBe(
      '2021-01-12',
    );
  });

  it('have no effect before the start, after the result, or over a weekend', () => {
    const early: Period = { from: '2020-12-01', to: '2021-01-03' };
    const late: Period = { from: '2021-02-01', to: '2021-02-05' };
    const weekend: Period = { from: '2021-01-09', to: '2021-01-10' };
    expect(ew.addWorkingDays('2021-01-04', 5, [early, late, weekend])).toBe('2021-01-11');
    expect(ew.workingDaysBetween('2021-01-04', '2021-01-15', [early, late, weekend])).toBe(9);
  });

  it('are merged when they overlap, so no day is taken off twice', () => {
    const overlapping: Period[] = [
      { from: '2021-01-07', to: '2021-01-08' },
      { from: '2021-01-06', to: '2021-01-07' },
    ];
    expect(ew.workingDaysBetween('2021-01-04', '2021-01-15', overlapping)).toBe(6);
    expect(ew.addWorkingDays('2021-01-04', 5, overlapping)).toBe('2021-01-14');
  });

  it('must not end before they start', () => {
    expect(() =>
      ew.workingDaysBetween('2021-01-04', '2021-01-15', [{ from: '2021-01-08', to: '2021-01-06' }]),
    ).toThrow('The suspension from 2021-01-08 to 2021-01-06 ends before it starts');
  });
});

describe('errors', () => {
  it('rejects dates that are not real', () => {
    expect(() => ew.addWorkingDays('2023-02-29', 1)).toThrow(
      new RangeError('"2023-02-29" is not a real date'),
    );
    expect(() => ew.isWorkingDay('2023-2-1')).toThrow(RangeError);
  });

  it('rejects dates outside the bank holiday data', () => {
    expect(ew.covers).toEqual({ from: '2012-01-01', to: '2028-12-31' });
    expect(() => ew.workingDaysBetween('2011-12-30', '2012-01-05')).toThrow(
      /2011-12-30 is outside the working-day calendar for england-and-wales \(2012-01-01 to 2028-12-31\)/,
    );
    expect(() => ew.isWorkingDay('2029-01-01')).toThrow(RangeError);
  });

  it('rejects a count that runs past the data', () => {
    expect(ew.addWorkingDays('2028-12-28', 1)).toBe('2028-12-29');
    expect(() => ew.addWorkingDays('2028-12-28', 2)).toThrow(
      /2 working days after 2028-12-28 is after 2028-12-31/,
    );
    expect(() =>
      ew.addWorkingDays('2028-12-01', 1, [{ from: '2028-12-01', to: '2029-01-31' }]),
    ).toThrow(RangeError);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => ew.addWorkingDays('2021-01-04', -1)).toThrow(RangeError);
    expect(() => ew.addWorkingDays('2021-01-04', 1.5)).toThrow(RangeError);
  });

  it('refuses bank holiday data with a missing year', () => {
    const gappy: BankHolidaysFile = {
      ...holidays,
      scotland: {
        division: 'scotland',
        events: holidays.scotland.events.filter((e) => !e.date.startsWith('2019-')),
      },
    };
    expect(() => createCalendar({ nation: 'scotland', holidays: gappy })).toThrow(
      'The bank holidays for scotland have no dates in 2019',
    );
  });
});

describe('properties', () => {
  const FIRST = toDayNumber('2012-01-01');
  // Late enough that adding 300 working days and three suspensions stays inside the data.
  const LAST = toDayNumber('2026-12-31');
  const holidaySets = Object.fromEntries(
    Object.entries(holidays).map(([nation, d]) => [nation, new Set(d.events.map((e) => e.date))]),
  ) as Record<Nation, Set<IsoDate>>;

  // The obvious day-by-day definitions, to check the table lookups against.
  const naiveWorking = (nation: Nation, n: number) =>
    weekdayOfDayNumber(n) < 6 && !holidaySets[nation].has(fromDayNumber(n));
  const inside = (n: number, suspensions: readonly Period[]) =>
    suspensions.some((p) => toDayNumber(p.from) <= n && n <= toDayNumber(p.to));
  const naiveBetween = (nation: Nation, s: number, e: number, suspensions: readonly Period[]) => {
    let count = 0;
    for (let n = s + 1; n <= e; n++)
      if (naiveWorking(nation, n) && !inside(n, suspensions)) count++;
    return count;
  };
  const naiveAdd = (nation: Nation, s: number, days: number, suspensions: readonly Period[]) => {
    let n = s;
    for (let counted = 0; counted < days;) {
      n++;
      if (naiveWorking(nation, n) && !inside(n, suspensions)) counted++;
    }
    return n;
  };

  const nation = fc.constantFrom<Nation>('england-and-wales', 'scotland', 'northern-ireland');
  const day = fc.integer({ min: FIRST, max: LAST });
  const count = fc.integer({ min: 0, max: 300 });
  const suspension = fc
    .tuple(day, fc.integer({ min: 0, max: 60 }))
    .map(([from, length]): Period => ({
      from: fromDayNumber(from),
      to: fromDayNumber(from + length),
    }));
  const suspensions = fc.array(suspension, { maxLength: 3 });

  it('counting after adding returns n', () => {
    fc.assert(
      fc.property(nation, day, count, (nat, s, n) => {
        const start = fromDayNumber(s);
        const cal = calendars[nat];
        expect(cal.workingDaysBetween(start, cal.addWorkingDays(start, n))).toBe(n);
      }),
    );
  });

  it('adding gives a working day', () => {
    fc.assert(
      fc.property(nation, day, fc.integer({ min: 1, max: 300 }), (nat, s, n) => {
        const cal = calendars[nat];
        expect(cal.isWorkingDay(cal.addWorkingDays(fromDayNumber(s), n))).toBe(true);
      }),
    );
  });

  it('counting is additive over adjacent ranges', () => {
    fc.assert(
      fc.property(nation, day, day, day, suspensions, (nat, x, y, z, susp) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q).map(fromDayNumber) as [
          string,
          string,
          string,
        ];
        const cal = calendars[nat];
        expect(cal.workingDaysBetween(a, c, susp)).toBe(
          cal.workingDaysBetween(a, b, susp) + cal.workingDaysBetween(b, c, susp),
        );
      }),
    );
  });

  it('suspensions never increase the count', () => {
    fc.assert(
      fc.property(nation, day, day, suspensions, (nat, x, y, susp) => {
        const [a, b] = [fromDayNumber(Math.min(x, y)), fromDayNumber(Math.max(x, y))];
        const cal = calendars[nat];
        expect(cal.workingDaysBetween(a, b, susp)).toBeLessThanOrEqual(
          cal.workingDaysBetween(a, b),
        );
      }),
    );
  });

  it('adding with suspensions gives the first day that counts n, never inside a suspension', () => {
    fc.assert(
      fc.property(nation, day, fc.integer({ min: 1, max: 200 }), suspensions, (nat, s, n, susp) => {
        const cal = calendars[nat];
        const start = fromDayNumber(s);
        const result = cal.addWorkingDays(start, n, susp);
        const r = toDayNumber(result);
        expect(cal.isWorkingDay(result)).toBe(true);
        expect(inside(r, susp)).toBe(false);
        expect(cal.workingDaysBetween(start, result, susp)).toBe(n);
        expect(cal.workingDaysBetween(start, fromDayNumber(r - 1), susp)).toBe(n - 1);
      }),
    );
  });

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(nation, day, count, suspensions, (nat, s, n, susp) => {
        const cal = calendars[nat];
        const start = fromDayNumber(s);
        expect(cal.addWorkingDays(start, n, susp)).toBe(fromDayNumber(naiveAdd(nat, s, n, susp)));
        const end = s + n;
        expect(cal.workingDaysBetween(start, fromDayNumber(end), susp)).toBe(
          naiveBetween(nat, s, end, susp),
        );
      }),
      { numRuns: 300 },
    );
  });
});
