import { countBy, NOT_RECORDED, type Counts } from './counts.ts';
import type { Span } from './flow.ts';
import type { OmbudsmanOutcome, Outcome, ReportRecord, ReportStage } from './input.ts';

/** A stage with its end and outcome settled: what every figure about stages is counted from. */
export interface StageEntry extends Span {
  readonly record: ReportRecord;
  readonly stage: ReportStage;
  readonly outcome: Outcome | OmbudsmanOutcome | null;
}

/** The record's stage `number`, if it has one. */
function stageEntry(record: ReportRecord, number: 1 | 2 | 3): StageEntry | undefined {
  const stage = record.stages.find((s) => s.stage === number);
  if (stage === undefined) return undefined;
  // A withdrawal closes whatever was still open, so a withdrawn case is never left "ongoing".
  const withdrawn =
    stage.endedOn === null && record.withdrawnOn !== null && record.withdrawnOn >= stage.startedOn;
  return {
    record,
    stage,
    start: stage.startedOn,
    end: withdrawn ? record.withdrawnOn : stage.endedOn,
    outcome: stage.outcome ?? (withdrawn ? 'withdrawn' : null),
  };
}

export function stageEntries(
  records: readonly ReportRecord[],
  number: 1 | 2 | 3,
): readonly StageEntry[] {
  return records.flatMap((record) => stageEntry(record, number) ?? []);
}

export function outcomeCounts(entries: readonly StageEntry[]): Counts {
  return countBy(entries.map(({ outcome }) => outcome ?? NOT_RECORDED));
}
