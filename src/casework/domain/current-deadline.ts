import type { Calendar, IsoDate } from '../../calendar/types.ts';
import type { ClockStart, StageDefinition } from '../../procedures/types.ts';

export interface StageDeadlineDates {
  due_on: IsoDate | null;
  panel_on: IsoDate | null;
  panel_report_on: IsoDate | null;
}

export interface CurrentDeadline {
  due: IsoDate | null;
  /** What is due: the stage's response, or a step within it such as the panel report. */
  what: string;
}

const stepStart: Partial<Record<ClockStart, keyof StageDeadlineDates>> = {
  panel: 'panel_on',
  panel_report: 'panel_report_on',
};

/**
 * The deadline a stage is working to now. Most stages have one, stored on the stage; a stage with
 * steps (statutory stage 3: panel, then its report, then the authority's response) moves on to
 * each step's deadline once the event its clock counts from has happened.
 */
export function currentDeadline(
  calendar: Calendar,
  definition: StageDefinition | undefined,
  stage: StageDeadlineDates,
): CurrentDeadline {
  const firstWhat = definition?.steps.length ? 'Review panel' : 'Response';
  let current: CurrentDeadline = { due: stage.due_on, what: firstWhat };
  for (const step of definition?.steps ?? []) {
    const column = stepStart[step.clockStart];
    const start = column ? stage[column] : null;
    if (!start || step.limit === null) break;
    current = { due: calendar.addWorkingDays(start, step.limit), what: step.name };
  }
  return current;
}
