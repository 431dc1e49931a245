import { sql } from 'kysely';
import type { DbOrTrx } from '../db/connect.ts';

/** Forms one address may send in an hour; kept in the database so every Heard process agrees. */
export const SUBMISSIONS_PER_HOUR = 10;

export async function tooManySubmissions(db: DbOrTrx, ip: string): Promise<boolean> {
  const { count } = await db
    .selectFrom('feedback_rate_events')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('ip', '=', ip)
    .where('at', '>', sql<Date>`now() - interval '1 hour'`)
    .executeTakeFirstOrThrow();
  return Number(count) >= SUBMISSIONS_PER_HOUR;
}

/** Counts a form sent (or a robot's attempt), and forgets this address's older ones. */
export async function countSubmission(db: DbOrTrx, ip: string): Promise<void> {
  await db
    .deleteFrom('feedback_rate_events')
    .where('ip', '=', ip)
    .where('at', '<', sql<Date>`now() - interval '1 hour'`)
    .execute();
  await db.insertInto('feedback_rate_events').values({ ip }).execute();
}
