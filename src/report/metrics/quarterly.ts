import type { IsoDate } from '../../calendar/types.ts';
import { activity, type Activity } from './activity.ts';
import type { ReportRecord } from './input.ts';
import { inRange, reportYear } from './year.ts';

/** Q1 April–June, Q2 July–September, Q3 October–December, Q4 January–March. */
export type Quarter = 1 | 2 | 3 | 4;

export function quarterOf(date: IsoDate): Quarter {
  const month = Number(date.slice(5, 7));
  return (Math.floor(((month + 8) % 12) / 3) + 1) as Quarter;
}

/** What came in during each quarter of the financial year starting in `yearStart`. */
export function quarterlyActivity(
  records: readonly ReportRecord[],
  yearStart: number,
): Record<Quarter, Activity> {
  const year = reportYear(yearStart);
  const inQuarter = (quarter: Quarter) =>
    activity(records, (date) => inRange(date, year) && quarterOf(date) === quarter);
  return { 1: inQuarter(1), 2: inQuarter(2), 3: inQuarter(3), 4: inQuarter(4) };
}
