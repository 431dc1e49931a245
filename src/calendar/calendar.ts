import type { BankHolidaysFile } from './bank-holidays.ts';
import {
  dayNumberFromParts,
  fromDayNumber,
  toDayNumber,
  tryDayNumber,
  weekdayOfDayNumber,
} from './dates.ts';
import type { Calendar, IsoDate, Nation, Period } from './types.ts';

export interface CalendarOptions {
  nation: Nation;
  holidays: BankHolidaysFile;
  /** The organisation's own non-working days, such as a council closure between Christmas and New Year. */
  closureDays?: readonly IsoDate[];
}

export interface WorkingDayCalendar extends Calendar {
  /** The first and last dates the calendar can answer for: whole years covered by the bank holidays. */
  readonly covers: Period;
}

/**
 * Working-day arithmetic by table lookup. For every day of the covered years the calendar holds
 * its ordinal, the number of working days from the start of the range up to and including that
 * day, and for every working day its position. Then:
 *
 * - `workingDaysBetween(start, end)` is `ordinal[end] - ordinal[start]`: the working days d with
 *   start < d ≤ end. It is 0 when end ≤ start (never negative: it counts a set of days).
 * - `addWorkingDays(start, n)` is the working day whose ordinal is `ordinal[start] + n`. A weekend
 *   or holiday has the ordinal of the working day before it, so a Saturday start counts from the
 *   Friday, as DESIGN §3 says. `n = 0` returns start itself (day 0).
 *
 * With suspensions, only working days outside every suspension count. `workingDaysBetween` takes
 * off the working days of each suspension that fall in (start, end]; `addWorkingDays` returns the
 * nth counted working day after start, so its result is never inside a suspension and
 * `workingDaysBetween(start, addWorkingDays(start, n, s), s) === n`. Overlapping suspensions are
 * merged first so no day is taken off twice.
 *
 * Bank holidays are only known for the years in the data, so dates outside those whole years
 * throw a RangeError rather than silently counting an unknown bank holiday as a working day.
 */
export function createCalendar({
  nation,
  holidays,
  closureDays = [],
}: CalendarOptions): WorkingDayCalendar {
  const events = holidays[nation].events;
  const years = new Set(events.map((event) => Number(event.date.slice(0, 4))));
  if (years.size === 0) throw new Error(`The bank holidays have no dates for ${nation}`);
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  for (let year = firstYear; year <= lastYear; year++) {
    if (!years.has(year)) {
      throw new Error(
        `The bank holidays for ${nation} have no dates in ${year}, so working days in ${year} cannot be counted`,
      );
    }
  }

  const first = dayNumberFromParts(firstYear, 1, 1);
  const last = dayNumberFromParts(lastYear, 12, 31);
  const size = last - first + 1;
  const covers: Period = { from: fromDayNumber(first), to: fromDayNumber(last) };

  const closed = new Uint8Array(size);
  for (let i = 0; i < size; i++) closed[i] = weekdayOfDayNumber(first + i) >= 6 ? 1 : 0;
  for (const event of events) closed[toDayNumber(event.date) - first] = 1;
  for (const date of closureDays) {
    const i = toDayNumber(date) - first;
    // Closure days outside the covered years cannot affect any answer the calendar gives.
    if (i >= 0 && i < size) closed[i] = 1;
  }

  const ordinal = new Int32Array(size);
  const positions: number[] = [];
  let count = 0;
  for (let i = 0; i < size; i++) {
    if (!closed[i]) {
      count++;
      positions.push(i);
    }
    ordinal[i] = count;
  }
  const workingDay = Int32Array.from(positions);
  const totalWorkingDays = count;
  // Formatting a date costs more than the lookup itself, so every answer is prepared up front.
  const isoDates = Array.from({ length: size }, (_, i) => fromDayNumber(first + i));

  // Every index below comes from indexOf or is clamped to [0, size), so the `!`s are safe.
  function indexOf(date: IsoDate): number {
    const dayNumber = typeof date === 'string' ? tryDayNumber(date) : NaN;
    if (Number.isNaN(dayNumber)) throw new RangeError(`${JSON.stringify(date)} is not a real date`);
    const i = dayNumber - first;
    if (i < 0 || i >= size) {
      throw new RangeError(
        `${date} is outside the working-day calendar for ${nation} (${covers.from} to ${covers.to}); ` +
          'import a newer GOV.UK bank-holidays.json to extend it',
      );
    }
    return i;
  }

  function isWorkingDay(date: IsoDate): boolean {
    return closed[indexOf(date)] === 0;
  }

  function addWorkingDays(start: IsoDate, n: number, suspensions?: readonly Period[]): IsoDate {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new RangeError(`The number of working days must be a whole number 0 or more, not ${n}`);
    }
    const s = indexOf(start);
    if (n === 0) return start;
    let target = ordinal[s]! + n;
    if (suspensions !== undefined && suspensions.length > 0) {
      // In date order, each suspension whose first working day after the start comes no later
      // than the target holds working days that do not count, so the target moves on by that
      // many. Once one begins after the target, so do all the rest.
      for (const [from, to] of mergeSuspensions(suspensions)) {
        const lo = Math.max(from - 1 - first, s);
        if (lo >= size || ordinal[lo]! + 1 > target) break;
        if (to - first >= size) {
          throw new RangeError(
            `Adding ${n} working days to ${start} runs into a suspension that ends after ${covers.to}, ` +
              'the end of the working-day calendar',
          );
        }
        if (to - first > lo) target += ordinal[to - first]! - ordinal[lo]!;
      }
    }
    if (target > totalWorkingDays) {
      throw new RangeError(
        `${n} working days after ${start} is after ${covers.to}, the end of the working-day calendar ` +
          `for ${nation}; import a newer GOV.UK bank-holidays.json to extend it`,
      );
    }
    return isoDates[workingDay[target - 1]!]!;
  }

  function workingDaysBetween(
    start: IsoDate,
    end: IsoDate,
    suspensions?: readonly Period[],
  ): number {
    const s = indexOf(start);
    const e = indexOf(end);
    if (e <= s) return 0;
    let days = ordinal[e]! - ordinal[s]!;
    if (suspensions !== undefined && suspensions.length > 0) {
      for (const [from, to] of mergeSuspensions(suspensions)) {
        const lo = Math.max(from - 1 - first, s);
        const hi = Math.min(to - first, e);
        if (hi > lo) days -= ordinal[hi]! - ordinal[lo]!;
      }
    }
    return days;
  }

  return { covers, isWorkingDay, addWorkingDays, workingDaysBetween };
}

/** Suspensions as sorted, disjoint [from, to] day-number pairs, overlapping or touching ones joined. */
function mergeSuspensions(suspensions: readonly Period[]): [number, number][] {
  const periods = suspensions.map((period): [number, number] => {
    const from = toDayNumber(period.from);
    const to = toDayNumber(period.to);
    if (to < from) {
      throw new RangeError(
        `The suspension from ${period.from} to ${period.to} ends before it starts`,
      );
    }
    return [from, to];
  });
  if (periods.length === 1) return periods;
  periods.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const period of periods) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && period[0] <= previous[1] + 1) {
      previous[1] = Math.max(previous[1], period[1]);
    } else {
      merged.push([period[0], period[1]]);
    }
  }
  return merged;
}
