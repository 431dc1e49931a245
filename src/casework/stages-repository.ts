import type { DbOrTrx } from '../db/connect.ts';
import type { Period } from '../calendar/types.ts';
import type { OrganisationRules } from './organisation-rules.ts';
import { clockStartFor, stageDefinition, stageDueDate } from './domain/stage-clock.ts';
import { TransitionRefusedError } from './errors.ts';

/**
 * Opens stage `number` of a record's procedure, snapshotting the limit and maximum in force so a
 * later change of the organisation's timescales does not rewrite history.
 */
export async function openStage(
  db: DbOrTrx,
  rules: OrganisationRules,
  record: { id: string; organisation_id: string },
  procedure: string,
  number: number,
  startedOn: string,
  options: { dueOn?: string | null } = {},
): Promise<{ id: string; due_on: string | null }> {
  const definition = stageDefinition(rules.procedures, procedure, number);
  if (!definition) {
    throw new TransitionRefusedError(
      `The ${procedure.replace('_', ' ')} procedure has no stage ${number}`,
    );
  }
  const clockStart = clockStartFor(definition, startedOn, null);
  const dueOn = options.dueOn ?? stageDueDate(rules.calendar, definition, clockStart);
  return db
    .insertInto('stages')
    .values({
      organisation_id: record.organisation_id,
      record_id: record.id,
      number,
      procedure,
      started_on: startedOn,
      clock_start_on: clockStart,
      limit_days: definition.limit,
      maximum_days: definition.maximum,
      due_on: dueOn,
    })
    .returning(['id', 'due_on'])
    .executeTakeFirstOrThrow();
}

export async function stageSuspensions(db: DbOrTrx, stageId: string): Promise<Period[]> {
  const rows = await db
    .selectFrom('stage_suspensions')
    .select(['from_on', 'to_on'])
    .where('stage_id', '=', stageId)
    .orderBy('from_on')
    .execute();
  return rows.filter((r) => r.to_on !== null).map((r) => ({ from: r.from_on, to: r.to_on! }));
}

/**
 * Recomputes a stage's clock start and due date from its procedure, acknowledgement and
 * suspensions. An extended stage keeps the date agreed with the complainant (moved on by any
 * suspension when that happens), since that date was promised.
 */
export async function refreshStageDeadline(
  db: DbOrTrx,
  rules: OrganisationRules,
  stage: {
    id: string;
    procedure: string;
    number: number;
    started_on: string;
    acknowledged_on: string | null;
    extended: boolean;
    due_on: string | null;
  },
): Promise<string | null> {
  const definition = stageDefinition(rules.procedures, stage.procedure, stage.number);
  if (!definition || definition.limit === null) return stage.due_on;
  const clockStart = clockStartFor(definition, stage.started_on, stage.acknowledged_on);
  const dueOn = stage.extended
    ? stage.due_on
    : stageDueDate(rules.calendar, definition, clockStart, await stageSuspensions(db, stage.id));
  await db
    .updateTable('stages')
    .set({
      clock_start_on: clockStart,
      limit_days: definition.limit,
      maximum_days: definition.maximum,
      due_on: dueOn,
    })
    .where('id', '=', stage.id)
    .execute();
  return dueOn;
}
