import type { Db } from '../../db/connect.ts';
import type { RecordRow, StageRow } from '../schema.ts';
import type { CaseSnapshot } from '../domain/transitions.ts';
import { visibleTo, type Actor } from '../access.ts';
import { snapshotOf } from '../command.ts';

export interface CaseState {
  record: RecordRow;
  /** The latest stage: the one in progress or last responded to; null before triage. */
  stage: StageRow | null;
  snapshot: CaseSnapshot;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record the actor may see, with what the transition rules need; undefined when not visible. */
export async function loadCaseState(
  db: Db,
  actor: Actor,
  recordId: string,
): Promise<CaseState | undefined> {
  if (!UUID.test(recordId)) return undefined;
  const record = await db
    .selectFrom('records')
    .selectAll()
    .where('id', '=', recordId)
    .where(visibleTo(actor))
    .executeTakeFirst();
  if (!record) return undefined;
  const stage =
    (await db
      .selectFrom('stages')
      .selectAll()
      .where('record_id', '=', record.id)
      .orderBy('number', 'desc')
      .executeTakeFirst()) ?? null;
  return { record, stage, snapshot: await snapshotOf(db, record, stage) };
}

/** A record visible to the actor, found by its reference (for linking one record to another). */
export function findVisibleByReference(db: Db, actor: Actor, reference: string) {
  return db
    .selectFrom('records')
    .select(['id', 'reference', 'kind'])
    .where((eb) => eb(eb.fn('upper', ['reference']), '=', reference.trim().toUpperCase()))
    .where(visibleTo(actor))
    .executeTakeFirst();
}
