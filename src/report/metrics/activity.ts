import type { IsoDate } from '../../calendar/types.ts';
import type { ReportRecord } from './input.ts';
import { inRange, perYear, type YearRange } from './year.ts';

/** The rows of the activity tables: each kind of record, and each stage of each procedure. */
export const ACTIVITY_KEYS = [
  'compliment',
  'comment',
  'concern',
  'enquiry',
  'mp_enquiry',
  'councillor_enquiry',
  'statutory_stage1',
  'statutory_stage2',
  'statutory_stage3',
  'corporate_stage1',
  'corporate_stage2',
  'corporate_stage3',
  'not_accepted',
  'awaiting_triage',
  'ombudsman',
  'other',
] as const;

export type ActivityKey = (typeof ACTIVITY_KEYS)[number];

export type Activity = Record<ActivityKey, number>;

/** Something that came in: a record, or a complaint stage on the day it started. */
interface Arrival {
  readonly key: ActivityKey;
  readonly on: IsoDate;
}

function arrivals(record: ReportRecord): Arrival[] {
  if (record.kind !== 'complaint') return [{ key: record.kind, on: record.receivedOn }];
  if (record.notAcceptedReason !== null) return [{ key: 'not_accepted', on: record.receivedOn }];
  const { procedure } = record;
  if (procedure === null) return [{ key: 'awaiting_triage', on: record.receivedOn }];
  return record.stages.map((stage) => ({
    key: `${procedure}_stage${stage.stage}`,
    on: stage.startedOn,
  }));
}

/** How many of each came in on the days `within` accepts. */
export function activity(
  records: readonly ReportRecord[],
  within: (date: IsoDate) => boolean,
): Activity {
  const counts = Object.fromEntries(ACTIVITY_KEYS.map((key) => [key, 0])) as Activity;
  for (const { key, on } of records.flatMap(arrivals)) {
    if (within(on)) counts[key] += 1;
  }
  return counts;
}

/**
 * Records received in the year, each counted once, other correspondence left out (DESIGN §2:
 * counted, not in headline totals). Stages 2 and 3 are activity on complaints already counted, so
 * the total is not the sum of the activity rows.
 */
function headlineTotal(records: readonly ReportRecord[], year: YearRange): number {
  return records.filter((record) => record.kind !== 'other' && inRange(record.receivedOn, year))
    .length;
}

/** Activity by kind over several years (up to six in the report); 2020 is 2020/21. */
export function headlineByYear(records: readonly ReportRecord[], years: readonly number[]) {
  return perYear(years, (year) => ({
    activity: activity(records, (date) => inRange(date, year)),
    total: headlineTotal(records, year),
  }));
}
