import { addMonths } from '../calendar/dates.ts';
import type { Calendar, IsoDate, Period } from '../calendar/types.ts';
import type { Timescale } from './types.ts';

// Deadlines for any stage, step or other timescale, given the date its clock started. Dates are
// compared as days (ISO strings sort by date); there are no times anywhere.

export type Band = 'within_limit' | 'within_maximum' | 'beyond_maximum';

export type DaysLeft =
  | { status: 'due_in'; days: number }
  | { status: 'due_today' }
  | { status: 'overdue'; days: number };

/** The due date: `limit` working days after the clock started. Null when the limit is set per case. */
export function dueDate(
  calendar: Calendar,
  clockStart: IsoDate,
  timescale: Timescale,
  suspensions?: readonly Period[],
): IsoDate | null {
  if (timescale.limit === null) return null;
  return calendar.addWorkingDays(clockStart, timescale.limit, suspensions);
}

/**
 * The due date once extended: a new date agreed with the complainant when there is one, otherwise
 * the maximum. Null when neither exists (the timescale cannot be extended).
 */
export function extendedDueDate(
  calendar: Calendar,
  clockStart: IsoDate,
  timescale: Timescale,
  agreedDueDate?: IsoDate | null,
  suspensions?: readonly Period[],
): IsoDate | null {
  if (agreedDueDate !== undefined && agreedDueDate !== null) {
    // Checks the agreed date is a real date the calendar covers.
    calendar.isWorkingDay(agreedDueDate);
    return agreedDueDate;
  }
  if (timescale.maximum === null) return null;
  return calendar.addWorkingDays(clockStart, timescale.maximum, suspensions);
}

/** Working days d with start < d ≤ end, leaving out days inside suspensions (DESIGN §3). */
export function elapsedWorkingDays(
  calendar: Calendar,
  start: IsoDate,
  end: IsoDate,
  suspensions?: readonly Period[],
): number {
  return calendar.workingDaysBetween(start, end, suspensions);
}

function fixedLimit(timescale: Timescale): number {
  if (timescale.limit === null) {
    throw new RangeError('This timescale has no fixed limit: its due date is set case by case');
  }
  return timescale.limit;
}

/**
 * The reporting band of a response time. With no maximum, anything over the limit is beyond it,
 * since the limit is then also the most that is allowed.
 */
export function band(elapsed: number, timescale: Timescale): Band {
  if (elapsed <= fixedLimit(timescale)) return 'within_limit';
  if (timescale.maximum !== null && elapsed <= timescale.maximum) return 'within_maximum';
  return 'beyond_maximum';
}

/**
 * Late ⇔ elapsed > the limit in force: the maximum if the stage was extended, otherwise the limit.
 * A timescale with no maximum cannot be extended, so its limit stays in force.
 */
export function isLate(elapsed: number, timescale: Timescale, extended: boolean): boolean {
  const limit = fixedLimit(timescale);
  return elapsed > (extended && timescale.maximum !== null ? timescale.maximum : limit);
}

/**
 * How today stands against a due date, in working days. When the dates differ the count is at
 * least 1, so a Saturday after a Friday deadline reads as overdue by 1 rather than by 0.
 */
export function daysLeft(calendar: Calendar, today: IsoDate, due: IsoDate): DaysLeft {
  // Counting first also rejects dates that are not real, before they are compared as strings.
  const ahead = calendar.workingDaysBetween(today, due);
  if (today < due) return { status: 'due_in', days: Math.max(1, ahead) };
  if (today > due) {
    return { status: 'overdue', days: Math.max(1, calendar.workingDaysBetween(due, today)) };
  }
  return { status: 'due_today' };
}

/** The last day to make a complaint about a matter, before the council's discretion comes in. */
export function complaintDeadline(matterArose: IsoDate, months: number): IsoDate {
  return addMonths(matterArose, months);
}
