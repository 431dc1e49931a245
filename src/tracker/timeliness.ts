import type { Calendar, IsoDate, Period } from '../calendar/types.ts';
import type { StageDefinition } from '../procedures/types.ts';
import type { Band } from '../procedures/deadlines.ts';
import { stageTimings } from '../casework/domain/stage-timings.ts';

export interface RespondedStage {
  started_on: IsoDate;
  clock_start_on: IsoDate | null;
  responded_on: IsoDate;
  due_on: IsoDate | null;
  limit_days: number | null;
  maximum_days: number | null;
  extended: boolean;
  panel_on: IsoDate | null;
  panel_report_on: IsoDate | null;
}

export interface Timeliness {
  late: boolean;
  /** Null when the stage has no timescale in working days (an Ombudsman enquiry). */
  band: Band | null;
}

/**
 * Whether a response was on time (DESIGN §3), judged on the last part of its stage: the response
 * itself (for statutory stage 3, the authority's response after the panel report). A stage whose
 * clock never started (a corporate complaint never acknowledged) is counted from when it opened.
 * A deadline set for the case instead of a limit (the Ombudsman's) is simply met or missed.
 */
export function responseTimeliness(
  calendar: Calendar,
  definition: StageDefinition | undefined,
  stage: RespondedStage,
  suspensions: readonly Period[],
): Timeliness {
  const timings = stageTimings(
    calendar,
    definition,
    { ...stage, clock_start_on: stage.clock_start_on ?? stage.started_on },
    suspensions,
  );
  const response = timings.at(-1);
  if (response) return { late: response.late, band: response.band };
  return { late: stage.due_on !== null && stage.responded_on > stage.due_on, band: null };
}
