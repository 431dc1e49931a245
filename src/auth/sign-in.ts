import type { Db } from '../db/connect.ts';
import { verifyPassword } from './password.ts';
import { createSession } from './sessions-repository.ts';
import { recordSecurityEvent } from './security-events.ts';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export type SignInResult =
  { ok: true; token: string } | { ok: false; reason: 'invalid' | 'locked'; lockedUntil?: Date };

/**
 * One transaction: the user row is locked so that parallel guesses cannot each see a count
 * below the limit; the failure count, the lockout and the security event are written together.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; ip: string | null },
  now = new Date(),
): Promise<SignInResult> {
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .selectAll()
      .where('email', '=', input.email.trim().toLowerCase())
      .forUpdate()
      .executeTakeFirst();

    if (!user || !user.active) {
      // The same work as a real check, so response time does not tell which emails exist.
      await verifyPassword(input.password, DUMMY_HASH);
      await recordSecurityEvent(trx, 'sign_in_failed', { ip: input.ip }, { email: input.email });
      return { ok: false, reason: 'invalid' };
    }
    const who = { organisationId: user.organisation_id, userId: user.id, ip: input.ip };
    if (user.locked_until && user.locked_until > now) {
      await recordSecurityEvent(trx, 'sign_in_failed', who, { locked: true });
      return { ok: false, reason: 'locked', lockedUntil: user.locked_until };
    }
    if (!(await verifyPassword(input.password, user.password_hash))) {
      const failures = user.failed_sign_ins + 1;
      const lock = failures >= MAX_FAILED_SIGN_INS;
      const lockedUntil = lock ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
      await trx
        .updateTable('users')
        .set({ failed_sign_ins: lock ? 0 : failures, locked_until: lockedUntil })
        .where('id', '=', user.id)
        .execute();
      await recordSecurityEvent(trx, lock ? 'locked_out' : 'sign_in_failed', who, { failures });
      return lock
        ? { ok: false, reason: 'locked', lockedUntil: lockedUntil ?? undefined }
        : { ok: false, reason: 'invalid' };
    }
    await trx
      .updateTable('users')
      .set({ failed_sign_ins: 0, locked_until: null, last_signed_in_at: now })
      .where('id', '=', user.id)
      .execute();
    const token = await createSession(trx, user);
    await recordSecurityEvent(trx, 'sign_in', who);
    return { ok: true, token };
  });
}

const DUMMY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';
