import type { Db } from '../db/connect.ts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../casework/access.ts';
import { runCaseCommand } from '../casework/command.ts';
import { checkEventDate } from '../casework/use-cases/date-rules.ts';
import { InvalidChangeError, RecordNotFoundError } from '../casework/errors.ts';
import { LEARNING_CATEGORY_LABELS, LEARNING_STATUS_LABELS } from './codes.ts';
import type { LearningCategory, LearningStatus } from './codes.ts';

type Version = number | undefined;

export interface ActionProgress {
  status: LearningStatus;
  evidence: string | null;
  /** The day it was done; defaults to today when the action is marked done. */
  completedOn: string | null;
}

export interface LearningActionInput extends ActionProgress {
  learning: string;
  action: string;
  category: LearningCategory;
  owner: string | null;
  teamId: string | null;
  dueOn: string | null;
  /** Shown under "you said, we did" in the annual report. */
  publish: boolean;
}

/** Done needs its evidence and its date; any other status has no completion date. */
function progress(input: ActionProgress, today: string, notBefore: string) {
  const evidence = input.evidence?.trim() || null;
  if (input.status !== 'completed') return { status: input.status, evidence, completed_on: null };
  if (!evidence)
    throw new InvalidChangeError('Enter the evidence that the action is done', 'evidence');
  const completedOn = input.completedOn ?? today;
  checkEventDate(completedOn, 'completedOn', 'The date done', {
    today,
    notBefore: { date: notBefore, what: 'the date received' },
  });
  return { status: input.status, evidence, completed_on: completedOn };
}

async function checkTeam(
  trx: Transaction<Database>,
  organisationId: string,
  teamId: string | null,
) {
  if (!teamId) return null;
  const team = await trx
    .selectFrom('teams')
    .select('name')
    .where('id', '=', teamId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!team) throw new InvalidChangeError('Choose a team from the list', 'teamId');
  return team.name;
}

export function addLearningAction(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: LearningActionInput,
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'add_learning' },
    async ({ trx, record, today }) => {
      const learning = input.learning.trim();
      const action = input.action.trim();
      if (!learning) throw new InvalidChangeError('Enter what was learnt', 'learning');
      if (!action) throw new InvalidChangeError('Enter the action', 'action');
      const team = await checkTeam(trx, record.organisation_id, input.teamId);
      const done = progress(input, today, record.received_on);
      const row = await trx
        .insertInto('learning_actions')
        .values({
          organisation_id: record.organisation_id,
          record_id: record.id,
          learning,
          action,
          category: input.category,
          owner: input.owner?.trim() || null,
          team_id: input.teamId,
          due_on: input.dueOn,
          publish: input.publish,
          ...done,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return {
        summary: `Learning action added (${LEARNING_CATEGORY_LABELS[input.category]}): ${action}${team ? `; team ${team}` : ''}${input.dueOn ? `; due ${input.dueOn}` : ''}`,
        after: { learningActionId: row.id, learning, action, category: input.category },
        result: row.id,
      };
    },
  );
}

/** Progress on an action is a change to the record it came from, so it is in that record's history. */
export async function updateLearningAction(
  db: Db,
  actor: Actor,
  actionId: string,
  expectedVersion: Version,
  input: ActionProgress & { dueOn: string | null; owner: string | null },
) {
  const found = await db
    .selectFrom('learning_actions')
    .select('record_id')
    .where('id', '=', actionId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!found?.record_id) throw new RecordNotFoundError();
  return runCaseCommand(
    db,
    actor,
    { recordId: found.record_id, expectedVersion, event: 'add_learning' },
    async ({ trx, record, today }) => {
      const current = await trx
        .selectFrom('learning_actions')
        .selectAll()
        .where('id', '=', actionId)
        .executeTakeFirstOrThrow();
      const done = progress(
        { ...input, completedOn: input.completedOn ?? current.completed_on },
        today,
        record.received_on,
      );
      const owner = input.owner?.trim() || null;
      await trx
        .updateTable('learning_actions')
        .set({ ...done, due_on: input.dueOn, owner })
        .where('id', '=', actionId)
        .execute();
      return {
        summary: `Learning action now ${LEARNING_STATUS_LABELS[input.status].toLowerCase()}: ${current.action}${done.evidence && done.evidence !== current.evidence ? `. Evidence: ${done.evidence}` : ''}`,
        before: {
          learningActionId: actionId,
          status: current.status,
          evidence: current.evidence,
          dueOn: current.due_on,
          owner: current.owner,
        },
        after: {
          learningActionId: actionId,
          status: input.status,
          evidence: done.evidence,
          dueOn: input.dueOn,
          owner,
        },
      };
    },
  );
}
