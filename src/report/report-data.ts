import type { Calendar } from '../calendar/types.ts';
import type { DbOrTrx } from '../db/connect.ts';
import { loadOrganisationRules } from '../casework/organisation-rules.ts';
import type { ProcedureSet } from '../procedures/types.ts';
import { loadReportRecords } from './load-records.ts';
import { headlineByYear } from './metrics/activity.ts';
import { channelCounts } from './metrics/channels.ts';
import type { Counts } from './metrics/counts.ts';
import type { ReportRecord } from './metrics/input.ts';
import { learningSummary, type LearningSummary } from './metrics/learning.ts';
import { computeMetrics, type Metrics } from './metrics/metrics.ts';
import { remediesAndCostsByYear } from './metrics/money.ts';
import { notAcceptedByYear } from './metrics/not-accepted.ts';
import { quarterlyActivity } from './metrics/quarterly.ts';
import { buildReport, type AnnualReport } from './metrics/report.ts';
import { reportYear, type ReportYear } from './metrics/year.ts';
import {
  featuredCompliments,
  featuredImprovements,
  type FeaturedCompliment,
  type FeaturedImprovement,
} from './featured.ts';
import { loadReportYear, type ReportYearEdits } from './report-years.ts';
import type { ReportContext } from './schema.ts';

export interface Timescale {
  limit: number | null;
  maximum: number | null;
}

/** Everything the annual report of one year shows: the DESIGN §4 figures and what goes with them. */
export interface ReportData {
  /** Exactly the JSON of DESIGN §4. */
  report: AnnualReport;
  previousYear: ReportYear;
  /** Oldest first, up to six years: as far back as there are records, and at least two years. */
  activity: ReturnType<typeof headlineByYear>;
  channels: { current: Counts; previous: Counts };
  /** Oldest first, up to three years. */
  notAccepted: ReturnType<typeof notAcceptedByYear>;
  money: ReturnType<typeof remediesAndCostsByYear>;
  escalation: { year: ReportYear; metrics: Metrics }[];
  quarterly: {
    current: ReturnType<typeof quarterlyActivity>;
    previous: ReturnType<typeof quarterlyActivity>;
  };
  learning: { current: LearningSummary; previous: LearningSummary };
  /** The organisation's timescales, in working days, by procedure and stage, to name the bands. */
  timescales: Record<'statutory' | 'corporate', Record<1 | 2 | 3, Timescale>>;
  edits: ReportYearEdits;
  previousContext: ReportContext;
  compliments: FeaturedCompliment[];
  improvements: FeaturedImprovement[];
}

/** The years a table over `count` years shows, oldest first (2020 is 2020/21). */
export function tableYears(yearStart: number, count: number, firstYear: number): number[] {
  const from = Math.max(yearStart - count + 1, Math.min(firstYear, yearStart - 1));
  return Array.from({ length: yearStart - from + 1 }, (_, i) => from + i);
}

/** The financial year a date falls in, by its starting year. */
export function financialYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

function firstYearOf(records: readonly ReportRecord[], fallback: number): number {
  let first = fallback;
  for (const record of records) first = Math.min(first, financialYearOf(record.receivedOn));
  return first;
}

function timescalesOf(procedures: ProcedureSet): ReportData['timescales'] {
  const of = (code: 'statutory' | 'corporate') => {
    const stage = (n: 1 | 2 | 3): Timescale => {
      const found = procedures.procedures[code].stages.find((s) => s.stage === n);
      return { limit: found?.limit ?? null, maximum: found?.maximum ?? null };
    };
    return { 1: stage(1), 2: stage(2), 3: stage(3) };
  };
  return { statutory: of('statutory'), corporate: of('corporate') };
}

/** What the report shows besides the records' figures: the officer's part and the organisation's. */
export interface ReportSetting {
  organisation: string;
  calendar: Calendar;
  procedures: ProcedureSet;
  edits: ReportYearEdits;
  previousContext: ReportContext;
  compliments: FeaturedCompliment[];
  improvements: FeaturedImprovement[];
}

/**
 * Every figure of the year's report from the records, with no I/O. `records` must hold every
 * record received up to the end of the year.
 */
export function computeReportData(
  records: readonly ReportRecord[],
  yearStart: number,
  setting: ReportSetting,
): ReportData {
  const year = reportYear(yearStart);
  const previousYear = reportYear(yearStart - 1);
  const report = buildReport(records, yearStart, setting.calendar, setting.organisation);
  const firstYear = firstYearOf(records, yearStart);
  const years = (count: number) => tableYears(yearStart, count, firstYear);
  return {
    report,
    previousYear,
    activity: headlineByYear(records, years(6)),
    channels: {
      current: channelCounts(records, year),
      previous: channelCounts(records, previousYear),
    },
    notAccepted: notAcceptedByYear(records, years(3)),
    money: remediesAndCostsByYear(records, years(3)),
    // The report already holds this year's and last year's figures; only older years are worked out.
    escalation: years(3).map((start) => ({
      year: reportYear(start),
      metrics:
        start === yearStart
          ? report.current
          : start === yearStart - 1
            ? report.previous
            : computeMetrics(records, reportYear(start), setting.calendar),
    })),
    quarterly: {
      current: quarterlyActivity(records, yearStart),
      previous: quarterlyActivity(records, yearStart - 1),
    },
    learning: {
      current: learningSummary(records, year),
      previous: learningSummary(records, previousYear),
    },
    timescales: timescalesOf(setting.procedures),
    edits: setting.edits,
    previousContext: setting.previousContext,
    compliments: setting.compliments,
    improvements: setting.improvements,
  };
}

/** Reads the records up to the end of the year and works out every figure of the report. */
export async function gatherReportData(
  db: DbOrTrx,
  organisationId: string,
  yearStart: number,
): Promise<ReportData> {
  const year = reportYear(yearStart);
  const rules = await loadOrganisationRules(db, organisationId);
  const [organisation, records, edits, previousEdits] = await Promise.all([
    db
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', organisationId)
      .executeTakeFirstOrThrow(),
    loadReportRecords(db, organisationId, year.end, rules.calendar),
    loadReportYear(db, organisationId, yearStart),
    loadReportYear(db, organisationId, yearStart - 1),
  ]);
  const [compliments, improvements] = await Promise.all([
    featuredCompliments(db, organisationId, edits.complimentIds),
    featuredImprovements(db, organisationId, year, edits.improvementIds),
  ]);
  return computeReportData(records, yearStart, {
    organisation: organisation.name,
    calendar: rules.calendar,
    procedures: rules.procedures,
    edits,
    previousContext: previousEdits.context,
    compliments,
    improvements,
  });
}
