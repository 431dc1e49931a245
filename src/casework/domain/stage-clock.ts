import type { Calendar, IsoDate, Period } from '../../calendar/types.ts';
import type { ProcedureSet, StageDefinition } from '../../procedures/types.ts';
import { dueDate } from '../../procedures/deadlines.ts';
import { addDays } from '../../calendar/dates.ts';

/** The definition of stage `number` of a procedure, or undefined if it has no such (enabled) stage. */
export function stageDefinition(
  procedures: ProcedureSet,
  procedure: string,
  number: number,
): StageDefinition | undefined {
  const definition = procedures.procedures[procedure as keyof ProcedureSet['procedures']];
  return definition?.stages.find((s) => s.stage === number && s.enabled);
}

/**
 * When a stage's clock starts: at receipt or request it is the stage's start date; a clock counted
 * from acknowledgement (the corporate procedure) has not started until the acknowledgement.
 */
export function clockStartFor(
  definition: StageDefinition,
  startedOn: IsoDate,
  acknowledgedOn: IsoDate | null,
): IsoDate | null {
  return definition.clockStart === 'acknowledgement' ? acknowledgedOn : startedOn;
}

/** The due date of a stage from its clock start, limit and suspensions; null when not yet known. */
export function stageDueDate(
  calendar: Calendar,
  definition: StageDefinition,
  clockStart: IsoDate | null,
  suspensions: readonly Period[] = [],
): IsoDate | null {
  return clockStart ? dueDate(calendar, clockStart, definition, suspensions) : null;
}

/**
 * A due date moves on by the working days the clock was suspended, when the suspension began on
 * or before it: a pause must not eat into the time the complainant was promised.
 */
export function dueAfterSuspension(calendar: Calendar, due: IsoDate, suspension: Period): IsoDate {
  if (suspension.from > due) return due;
  const paused = calendar.workingDaysBetween(addDays(suspension.from, -1), suspension.to);
  return calendar.addWorkingDays(due, paused);
}
