import { countBy, type Counts } from './counts.ts';
import type { ReportRecord } from './input.ts';
import { inRange, perYear, type YearRange } from './year.ts';

/** Complaints received in the year that were not accepted, by reason code. */
export interface NotAccepted {
  readonly total: number;
  readonly byReason: Counts;
}

export function notAccepted(records: readonly ReportRecord[], year: YearRange): NotAccepted {
  const reasons = records.flatMap((record) =>
    record.kind === 'complaint' &&
    record.notAcceptedReason !== null &&
    inRange(record.receivedOn, year)
      ? [record.notAcceptedReason]
      : [],
  );
  return { total: reasons.length, byReason: countBy(reasons) };
}

/** The reports show this over three years; `years` are starting years (2020 = 2020/21). */
export function notAcceptedByYear(records: readonly ReportRecord[], years: readonly number[]) {
  return perYear(years, (year) => notAccepted(records, year));
}
