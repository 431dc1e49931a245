import type { Transaction } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import type { Kind } from '../import/codes.ts';
import type { RecordRow, StageRow } from './schema.ts';
import { mayPerform, visibleTo, type Actor } from './access.ts';
import { appendHistory } from './history.ts';
import { loadOrganisationRules, type OrganisationRules } from './organisation-rules.ts';
import {
  checkTransition,
  type CaseEvent,
  type CaseSnapshot,
  type RecordStatus,
} from './domain/transitions.ts';
import { ConflictError, RecordNotFoundError, TransitionRefusedError } from './errors.ts';
import { recordSecurityEvent } from '../auth/security-events.ts';
import { todayInLondon } from './clock.ts';

export interface CommandContext {
  trx: Transaction<Database>;
  actor: Actor;
  record: RecordRow;
  /** The latest stage, the one in progress or last responded to; null before triage. */
  stage: StageRow | null;
  rules: OrganisationRules;
  today: string;
}

export interface CommandOutcome<T> {
  summary: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Record columns to change with the version bump, in the same statement. */
  recordChanges?: Partial<Omit<RecordRow, 'id' | 'organisation_id' | 'version' | 'created_at'>>;
  result?: T;
}

export interface CommandInput {
  recordId: string;
  event: CaseEvent;
  /** The version the person saw; omitted by jobs and imports that do not edit from a form. */
  expectedVersion?: number;
  today?: string;
}

export async function snapshotOf(
  trx: Transaction<Database> | Db,
  record: RecordRow,
  stage: StageRow | null,
): Promise<CaseSnapshot> {
  let stageSnapshot: CaseSnapshot['stage'] = null;
  if (stage) {
    const [suspension, point] = await Promise.all([
      trx
        .selectFrom('stage_suspensions')
        .select('id')
        .where('stage_id', '=', stage.id)
        .where('to_on', 'is', null)
        .executeTakeFirst(),
      trx
        .selectFrom('complaint_points')
        .select('id')
        .where('stage_id', '=', stage.id)
        .executeTakeFirst(),
    ]);
    stageSnapshot = {
      number: stage.number,
      responded: stage.responded_on !== null,
      suspended: suspension !== undefined,
      acknowledged: stage.acknowledged_on !== null,
      extended: stage.extended,
      hasPoints: point !== undefined,
      panelHeld: stage.panel_on !== null,
      panelReported: stage.panel_report_on !== null,
    };
  }
  return {
    kind: record.kind as Kind,
    status: record.status as RecordStatus,
    procedure: record.procedure ?? record.kind,
    stage: stageSnapshot,
  };
}

/**
 * Every change to a record goes through here, in one transaction: lock the record, check the
 * person may see it and act, check the version they saw, check the transition against the rules,
 * apply the change, bump the version and append the history event. Any error rolls all of it back.
 */
export async function runCaseCommand<T = void>(
  db: Db,
  actor: Actor,
  input: CommandInput,
  apply: (ctx: CommandContext) => Promise<CommandOutcome<T>>,
): Promise<T> {
  try {
    return await db.transaction().execute(async (trx) => {
      const record = await trx
        .selectFrom('records')
        .selectAll()
        .where('id', '=', input.recordId)
        .where(visibleTo(actor))
        .forUpdate()
        .executeTakeFirst();
      if (!record) throw new RecordNotFoundError();
      if (!mayPerform(actor.role, input.event)) {
        throw new TransitionRefusedError('Your role does not allow this action on a record');
      }
      if (input.expectedVersion !== undefined && input.expectedVersion !== record.version) {
        const changes = await trx
          .selectFrom('events')
          .select(['actor_name', 'at', 'summary'])
          .where('record_id', '=', record.id)
          .orderBy('id', 'desc')
          .limit(Math.min(20, record.version - input.expectedVersion))
          .execute();
        throw new ConflictError(changes);
      }
      const stage =
        (await trx
          .selectFrom('stages')
          .selectAll()
          .where('record_id', '=', record.id)
          .orderBy('number', 'desc')
          .forUpdate()
          .executeTakeFirst()) ?? null;
      const refusal = checkTransition(input.event, await snapshotOf(trx, record, stage));
      if (refusal) throw new TransitionRefusedError(refusal);

      const rules = await loadOrganisationRules(trx, record.organisation_id);
      const outcome = await apply({
        trx,
        actor,
        record,
        stage,
        rules,
        today: input.today ?? todayInLondon(),
      });
      await trx
        .updateTable('records')
        .set({ ...outcome.recordChanges, version: record.version + 1, updated_at: new Date() })
        .where('id', '=', record.id)
        .execute();
      await appendHistory(trx, {
        organisationId: record.organisation_id,
        recordId: record.id,
        actor,
        type: input.event,
        summary: outcome.summary,
        before: outcome.before ?? null,
        after: outcome.after ?? null,
      });
      return outcome.result as T;
    });
  } catch (error) {
    if (error instanceof RecordNotFoundError) {
      await recordSecurityEvent(
        db,
        'access_refused',
        { organisationId: actor.organisationId, userId: actor.id },
        { recordId: input.recordId, event: input.event },
      );
    }
    throw error;
  }
}
