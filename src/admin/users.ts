import type { Db, DbOrTrx } from '../db/connect.ts';
import { generatePassword, hashPassword } from '../auth/password.ts';
import type { Role } from '../auth/roles.ts';

export class DuplicateEmailError extends Error {
  constructor(email: string) {
    super(`A user with the email address ${email} already exists`);
  }
}

export interface NewUserInput {
  organisationId: string;
  email: string;
  name: string;
  role: Role;
  teamId?: string | null;
  password?: string;
}

/** Adds a user; returns the password to hand over once (generated unless one was given). */
export async function addUser(
  db: Db,
  input: NewUserInput,
): Promise<{ id: string; password: string }> {
  const email = input.email.trim().toLowerCase();
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    if (existing) throw new DuplicateEmailError(email);
    const row = await trx
      .insertInto('users')
      .values({
        organisation_id: input.organisationId,
        email,
        name: input.name.trim(),
        role: input.role,
        team_id: input.teamId ?? null,
        password_hash: passwordHash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, password };
  });
}

export async function updateUser(
  db: Db,
  organisationId: string,
  id: string,
  changes: { name: string; role: Role; teamId: string | null; active: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({
      name: changes.name,
      role: changes.role,
      team_id: changes.teamId,
      active: changes.active,
    })
    .where('id', '=', id)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!changes.active) await db.deleteFrom('sessions').where('user_id', '=', id).execute();
  return Number(result.numUpdatedRows) === 1;
}

/** A new password ends every session and any lockout: it is what an administrator does for a locked-out colleague. */
export async function resetPassword(
  db: Db,
  organisationId: string,
  id: string,
): Promise<string | undefined> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, failed_sign_ins: 0, locked_until: null })
      .where('id', '=', id)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    return password;
  });
}

export function listUsers(db: DbOrTrx, organisationId: string) {
  return db
    .selectFrom('users')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'users.role',
      'users.active',
      'users.locked_until',
      'users.last_signed_in_at',
      'users.team_id',
      'teams.name as team_name',
    ])
    .where('users.organisation_id', '=', organisationId)
    .orderBy('users.name')
    .execute();
}

export function findUser(db: DbOrTrx, organisationId: string, id: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role', 'team_id', 'active', 'locked_until'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}
