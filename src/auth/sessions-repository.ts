import { createHash, randomBytes } from 'node:crypto';
import type { DbOrTrx } from '../db/connect.ts';
import { isRole } from './roles.ts';
import type { SignedInUser } from '../web/request-context.ts';

export const SESSION_HOURS = 12;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: DbOrTrx,
  user: { id: string; organisation_id: string },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: user.id,
      organisation_id: user.organisation_id,
      expires_at: new Date(Date.now() + SESSION_HOURS * 3600_000),
    })
    .execute();
  return token;
}

export async function findSessionUser(
  db: DbOrTrx,
  token: string,
): Promise<{ sessionId: string; user: SignedInUser; flash: string[] } | undefined> {
  const sessionId = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select([
      'users.id',
      'users.organisation_id',
      'users.email',
      'users.name',
      'users.role',
      'users.team_id',
      'organisations.name as organisation_name',
      'sessions.flash',
    ])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expires_at', '>', new Date())
    .where('users.active', '=', true)
    .executeTakeFirst();
  if (!row || !isRole(row.role)) return undefined;
  return {
    sessionId,
    flash: Array.isArray(row.flash) ? row.flash.map(String) : [],
    user: {
      id: row.id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      email: row.email,
      name: row.name,
      role: row.role,
      teamId: row.team_id,
    },
  };
}

export async function deleteSession(db: DbOrTrx, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function setFlash(db: DbOrTrx, sessionId: string, messages: string[]): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ flash: JSON.stringify(messages) as unknown as unknown[] })
    .where('id', '=', sessionId)
    .execute();
}
