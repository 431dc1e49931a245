import type { DbOrTrx } from '../db/connect.ts';
import type { Actor } from './access.ts';

export interface HistoryEntry {
  organisationId: string;
  recordId: string | null;
  actor: Pick<Actor, 'id' | 'name'> | null;
  type: string;
  summary: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Appends to a record's history, which is also its timeline; the table refuses updates and deletes. */
export async function appendHistory(db: DbOrTrx, entry: HistoryEntry): Promise<void> {
  await db
    .insertInto('events')
    .values({
      organisation_id: entry.organisationId,
      record_id: entry.recordId,
      actor_id: entry.actor?.id ?? null,
      actor_name: entry.actor?.name ?? 'Heard',
      type: entry.type,
      summary: entry.summary,
      before: entry.before ? JSON.stringify(entry.before) : null,
      after: entry.after ? JSON.stringify(entry.after) : null,
    })
    .execute();
}

export function recordHistory(db: DbOrTrx, organisationId: string, recordId: string) {
  return db
    .selectFrom('events')
    .select(['id', 'actor_name', 'at', 'type', 'summary', 'before', 'after'])
    .where('organisation_id', '=', organisationId)
    .where('record_id', '=', recordId)
    .orderBy('id', 'desc')
    .execute();
}
