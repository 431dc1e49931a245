import type { Calendar, IsoDate } from '../../calendar/types.ts';
import { countBy, NOT_RECORDED, type Counts } from './counts.ts';
import { flowOf, isConcluded, isReceived, type Flow } from './flow.ts';
import type { ReportRecord } from './input.ts';
import type { RecordIndex } from './record-index.ts';
import { outcomeCounts, stageEntries, type StageEntry } from './stage-entry.ts';
import { responseTime, type Band, type Timeliness } from './timeliness.ts';
import type { YearRange } from './year.ts';

/**
 * One stage of one procedure over a year. Outcomes, timeliness, extensions, late responses,
 * reopenings and escalations count the stages concluded in the year; who complained, teams,
 * service areas, themes, child circumstances, advocacy, repeat complainants and manager contact
 * count the stages received (started) in the year.
 */
export interface StageMetrics extends Flow {
  readonly byOutcome: Counts;
  readonly timeliness: Timeliness;
  readonly extended: number;
  readonly late: number;
  readonly byRole: Counts;
  readonly byTeam: Counts;
  readonly byServiceArea: Counts;
  /** A record with several themes counts once under each. */
  readonly byTheme: Counts;
  /** A record about several circumstances counts once under each. */
  readonly byChildCircumstance: Counts;
  /** Stages received with an advocate involved. */
  readonly advocate: number;
  /** Stages concluded that the complainant reopened at least once. */
  readonly reopened: number;
  readonly repeatComplainants: number;
  /** Stages received where the manager phoned or met the complainant before responding. */
  readonly managerContacted: number;
  /** Stages concluded that went on to a later stage or, from stage 2 or 3, to the Ombudsman. */
  readonly escalated: number;
}

export function stageMetrics(
  complaints: readonly ReportRecord[],
  number: 1 | 2 | 3,
  year: YearRange,
  calendar: Calendar,
  index: RecordIndex,
): StageMetrics {
  const entries = stageEntries(complaints, number);
  const received = entries.filter((entry) => isReceived(entry, year));
  const concluded = entries.filter((entry): entry is Concluded => isConcluded(entry, year));
  const times = concluded.map(({ stage, end }) => responseTime(stage, end, calendar));
  const inBand = (band: Band) => times.filter((time) => time.band === band).length;
  const receivedCount = (test: (entry: StageEntry) => boolean) => received.filter(test).length;
  const receivedBy = (key: (record: ReportRecord) => string[]) =>
    countBy(received.flatMap(({ record }) => key(record)));
  return {
    ...flowOf(entries, year),
    byOutcome: outcomeCounts(concluded),
    timeliness: {
      withinLimit: inBand('withinLimit'),
      withinMaximum: inBand('withinMaximum'),
      beyondMaximum: inBand('beyondMaximum'),
    },
    extended: concluded.filter(({ stage }) => stage.extended).length,
    late: times.filter((time) => time.late).length,
    byRole: receivedBy((record) => [record.complainantRole ?? NOT_RECORDED]),
    byTeam: receivedBy((record) => [record.team ?? NOT_RECORDED]),
    byServiceArea: receivedBy((record) => [record.serviceArea ?? NOT_RECORDED]),
    byTheme: receivedBy((record) => eachOnce(record.themes)),
    byChildCircumstance: receivedBy((record) => eachOnce(record.childCircumstances)),
    advocate: receivedCount(({ record }) => record.advocate !== null),
    reopened: concluded.filter(({ stage }) => stage.reopened > 0).length,
    repeatComplainants: receivedCount(({ record }) => index.isRepeatComplainant(record)),
    managerContacted: receivedCount(({ stage }) => stage.managerContacted === true),
    escalated: concluded.filter((entry) => wentFurther(entry, index)).length,
  };
}

type Concluded = StageEntry & { readonly end: IsoDate };

function eachOnce(values: readonly string[]): string[] {
  return values.length === 0 ? [NOT_RECORDED] : [...new Set(values)];
}

// Stage 1 escalates only to stage 2 (the Ombudsman treats an earlier approach as premature);
// after stage 2 the corporate procedure ends, so an Ombudsman case is its escalation.
function wentFurther({ record, stage }: StageEntry, index: RecordIndex): boolean {
  if (record.stages.some((later) => later.stage > stage.stage)) return true;
  return stage.stage > 1 && index.hasOmbudsmanCase(record);
}
