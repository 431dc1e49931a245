import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connect.ts';

/**
 * Without SESSION_SECRET a secret is made once and kept in the database, so form tokens survive
 * a restart and every process serving the same database agrees on it.
 */
export async function instanceSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const candidate = randomBytes(32).toString('base64url');
  await db
    .insertInto('instance_settings')
    .values({ key: 'session_secret', value: candidate })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('instance_settings')
    .select('value')
    .where('key', '=', 'session_secret')
    .executeTakeFirstOrThrow();
  return row.value;
}
