import type { Db } from '../db/connect.ts';
import type { Nation } from './types.ts';
import { InvalidChangeError } from '../casework/errors.ts';

export function listClosureDays(db: Db, organisationId: string) {
  return db
    .selectFrom('closure_days')
    .select(['day', 'description'])
    .where('organisation_id', '=', organisationId)
    .orderBy('day')
    .execute();
}

/** A closure day is the council's own, not a bank holiday: stages opened after it count around it. */
export async function addClosureDay(
  db: Db,
  organisationId: string,
  day: string,
  description: string,
): Promise<void> {
  const existing = await db
    .selectFrom('closure_days')
    .select('day')
    .where('organisation_id', '=', organisationId)
    .where('day', '=', day)
    .executeTakeFirst();
  if (existing) throw new InvalidChangeError(`${day} is already a closure day`, 'day');
  await db
    .insertInto('closure_days')
    .values({ organisation_id: organisationId, day, description })
    .execute();
}

export async function removeClosureDay(db: Db, organisationId: string, day: string): Promise<void> {
  await db
    .deleteFrom('closure_days')
    .where('organisation_id', '=', organisationId)
    .where('day', '=', day)
    .execute();
}

export async function setNation(db: Db, organisationId: string, nation: Nation): Promise<void> {
  await db.updateTable('organisations').set({ nation }).where('id', '=', organisationId).execute();
}
