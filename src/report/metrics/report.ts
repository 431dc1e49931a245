import type { Calendar } from '../../calendar/types.ts';
import type { ReportRecord } from './input.ts';
import { computeMetrics, type Metrics } from './metrics.ts';
import { reportYear, type ReportYear } from './year.ts';

/** The annual report as JSON (DESIGN §4): the year's figures beside the previous year's. */
export interface AnnualReport {
  readonly organisation: string;
  readonly year: ReportYear;
  readonly current: Metrics;
  readonly previous: Metrics;
}

/** `yearStart` is the year the financial year starts: 2020 is 2020/21. */
export function buildReport(
  records: readonly ReportRecord[],
  yearStart: number,
  calendar: Calendar,
  organisation: string,
): AnnualReport {
  return {
    organisation,
    year: reportYear(yearStart),
    current: computeMetrics(records, reportYear(yearStart), calendar),
    previous: computeMetrics(records, reportYear(yearStart - 1), calendar),
  };
}
