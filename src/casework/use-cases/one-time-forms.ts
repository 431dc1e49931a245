import type { Db } from '../../db/connect.ts';

// A form that creates something carries a one-time token, so submitting it twice (a double click,
// a resend after a slow response) creates one record and sends the second submit to the first
// result. The token is claimed before the work and completed with where it led.

const PENDING = '';

export type Submission =
  { state: 'unused' } | { state: 'pending' } | { state: 'done'; redirectTo: string };

export async function findSubmission(
  db: Db,
  organisationId: string,
  token: string,
): Promise<Submission> {
  const row = await db
    .selectFrom('form_submissions')
    .select('redirect_to')
    .where('token', '=', token)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!row) return { state: 'unused' };
  return row.redirect_to === PENDING
    ? { state: 'pending' }
    : { state: 'done', redirectTo: row.redirect_to };
}

/** True when this request holds the token; false when another submit of the same form does. */
export async function claimSubmission(
  db: Db,
  organisationId: string,
  token: string,
): Promise<boolean> {
  const row = await db
    .insertInto('form_submissions')
    .values({ token, organisation_id: organisationId, redirect_to: PENDING })
    .onConflict((oc) => oc.column('token').doNothing())
    .returning('token')
    .executeTakeFirst();
  return row !== undefined;
}

export async function completeSubmission(db: Db, token: string, redirectTo: string): Promise<void> {
  await db
    .updateTable('form_submissions')
    .set({ redirect_to: redirectTo })
    .where('token', '=', token)
    .execute();
}

/** The work failed (the form had an error): the token is free for the corrected submit. */
export async function releaseSubmission(db: Db, token: string): Promise<void> {
  await db
    .deleteFrom('form_submissions')
    .where('token', '=', token)
    .where('redirect_to', '=', PENDING)
    .execute();
}

/** Waits briefly for the other submit of the same form to finish, for its result. */
export async function awaitSubmission(
  db: Db,
  organisationId: string,
  token: string,
  timeoutMs = 10000,
): Promise<Submission> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await findSubmission(db, organisationId, token);
    if (found.state !== 'pending' || Date.now() > until) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
