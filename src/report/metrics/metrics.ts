import type { Calendar } from '../../calendar/types.ts';
import { countBy, NOT_RECORDED, type Counts } from './counts.ts';
import { flowOf, isConcluded, type Flow } from './flow.ts';
import type { Procedure, RecordKind, ReportRecord } from './input.ts';
import { remedyTotals, type RemedyTotals } from './money.ts';
import { notAccepted, type NotAccepted } from './not-accepted.ts';
import { indexRecords, type RecordIndex } from './record-index.ts';
import { outcomeCounts, stageEntries } from './stage-entry.ts';
import { stageMetrics, type StageMetrics } from './stage-metrics.ts';
import { inRange, type YearRange } from './year.ts';

export interface ProcedureMetrics {
  readonly stage1: StageMetrics;
  readonly stage2: StageMetrics;
  readonly stage3: StageMetrics;
}

/** Every figure of one year's annual report (DESIGN §4). */
export interface Metrics {
  readonly compliments: {
    readonly received: number;
    readonly byTeam: Counts;
    readonly byFrom: Counts;
  };
  readonly concerns: Flow;
  readonly enquiries: Flow;
  readonly mpEnquiries: Flow;
  readonly councillorEnquiries: Flow;
  readonly notAccepted: NotAccepted;
  readonly statutory: ProcedureMetrics;
  readonly corporate: ProcedureMetrics;
  readonly ombudsman: Flow & { readonly byOutcome: Counts };
  readonly remedies: RemedyTotals;
  readonly escalation: {
    /**
     * Stage 1 complaints concluded in the year that went on to stage 2 ÷ stage 1 complaints
     * concluded in the year; null when none concluded, because no rate can be given (0 would
     * claim that nothing escalated).
     */
    readonly statutoryStage1To2: number | null;
    readonly corporateStage1To2: number | null;
  };
}

/**
 * The figures for one year. `records` must hold every record that could bear on the year: those
 * received before it too, for carried-forward stages and repeat complainants. Their order does not
 * matter.
 */
export function computeMetrics(
  records: readonly ReportRecord[],
  year: YearRange,
  calendar: Calendar,
): Metrics {
  const index = indexRecords(records);
  const ofKind = (kind: RecordKind) => records.filter((record) => record.kind === kind);
  // Single-stage records are counted by their one response stage.
  const singleStageFlow = (kind: RecordKind) => flowOf(stageEntries(ofKind(kind), 1), year);
  const statutory = procedureMetrics(records, 'statutory', year, calendar, index);
  const corporate = procedureMetrics(records, 'corporate', year, calendar, index);
  const compliments = ofKind('compliment').filter((record) => inRange(record.receivedOn, year));
  const ombudsman = stageEntries(ofKind('ombudsman'), 1);
  return {
    compliments: {
      received: compliments.length,
      byTeam: countBy(compliments.map((record) => record.team ?? NOT_RECORDED)),
      byFrom: countBy(compliments.map((record) => record.complimentFrom ?? NOT_RECORDED)),
    },
    concerns: singleStageFlow('concern'),
    enquiries: singleStageFlow('enquiry'),
    mpEnquiries: singleStageFlow('mp_enquiry'),
    councillorEnquiries: singleStageFlow('councillor_enquiry'),
    notAccepted: notAccepted(records, year),
    statutory,
    corporate,
    ombudsman: {
      ...flowOf(ombudsman, year),
      byOutcome: outcomeCounts(ombudsman.filter((entry) => isConcluded(entry, year))),
    },
    remedies: remedyTotals(records, year),
    escalation: {
      statutoryStage1To2: escalationRate(statutory.stage1),
      corporateStage1To2: escalationRate(corporate.stage1),
    },
  };
}

function procedureMetrics(
  records: readonly ReportRecord[],
  procedure: Procedure,
  year: YearRange,
  calendar: Calendar,
  index: RecordIndex,
): ProcedureMetrics {
  // A complaint that was not accepted counts under notAccepted, whatever procedure was noted.
  const accepted = records.filter(
    (record) =>
      record.kind === 'complaint' &&
      record.procedure === procedure &&
      record.notAcceptedReason === null,
  );
  const stage = (number: 1 | 2 | 3) => stageMetrics(accepted, number, year, calendar, index);
  return { stage1: stage(1), stage2: stage(2), stage3: stage(3) };
}

function escalationRate(stage1: StageMetrics): number | null {
  return stage1.concluded === 0 ? null : stage1.escalated / stage1.concluded;
}
