import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayNumberFromParts,
  fromDayNumber,
  isValidIsoDate,
  toDayNumber,
  weekday,
} from './dates.ts';

describe('isValidIsoDate', () => {
  it.each([
    ['2020-02-29', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-28', true],
    ['2023-12-31', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-1-01', false],
    ['2023/01/01', false],
    ['2023-01-01T00:00', false],
    ['20230101', false],
    ['', false],
    ['abcd-ef-gh', false],
  ])('%s → %s', (input, expected) => {
    expect(isValidIsoDate(input)).toBe(expected);
  });

  it('rejects values that are not strings', () => {
    expect(isValidIsoDate(20230101)).toBe(false);
    expect(isValidIsoDate(null)).toBe(false);
  });
});

describe('day numbers', () => {
  it('count from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01')).toBe(11017);
  });

  it('agree with Date.UTC and round-trip over four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -150_000, max: 150_000 }), (n) => {
        const iso = fromDayNumber(n);
        expect(iso).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(toDayNumber(iso)).toBe(n);
      }),
    );
  });

  it('name the bad value when a date is not real', () => {
    expect(() => toDayNumber('2023-02-29')).toThrow(
      new RangeError('"2023-02-29" is not a real date'),
    );
  });

  it('build from parts', () => {
    expect(fromDayNumber(dayNumberFromParts(2024, 2, 29))).toBe('2024-02-29');
  });
});

describe('weekday', () => {
  it.each([
    ['2020-12-21', 1],
    ['2020-12-25', 5],
    ['2020-02-29', 6],
    ['2021-01-10', 7],
    ['2024-02-29', 4],
  ])('%s is ISO weekday %i', (date, expected) => {
    expect(weekday(date)).toBe(expected);
  });
});

describe('addDays and addMonths', () => {
  it('cross month, year and leap-day boundaries', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
  });

  it('keep the day of the month, or use the last day of a shorter month', () => {
    expect(addMonths('2023-03-15', 12)).toBe('2024-03-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
});
