import type { Calendar, IsoDate } from '../../calendar/types.ts';
import type { ReportStage } from './input.ts';

/** Concluded stages by how long the response took, as the reports band them. */
export interface Timeliness {
  /** Within the limit (statutory stage 1: ≤ 10 working days). */
  readonly withinLimit: number;
  /** After the limit but within the maximum with extension (11–20). */
  readonly withinMaximum: number;
  /** Beyond the maximum (> 20), or beyond the limit when there is no maximum. */
  readonly beyondMaximum: number;
}

export type Band = keyof Timeliness;

export interface ResponseTime {
  readonly band: Band;
  /** After the deadline in force: the maximum if the stage was extended, otherwise the limit. */
  readonly late: boolean;
}

/** How a stage that ended on `end` did against its timescale (DESIGN §3). */
export function responseTime(stage: ReportStage, end: IsoDate, calendar: Calendar): ResponseTime {
  if (stage.limit === null) {
    // Without a timescale in working days only a deadline set for the case can be missed.
    const late = stage.dueOn !== null && end > stage.dueOn;
    return { band: late ? 'beyondMaximum' : 'withinLimit', late };
  }
  const elapsed = calendar.workingDaysBetween(stage.clockStartOn, end, stage.suspensions);
  const maximum = stage.maximum ?? stage.limit;
  const band: Band =
    elapsed <= stage.limit ? 'withinLimit' : elapsed <= maximum ? 'withinMaximum' : 'beyondMaximum';
  return { band, late: elapsed > (stage.extended ? maximum : stage.limit) };
}
