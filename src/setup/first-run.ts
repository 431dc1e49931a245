import type { Db } from '../db/connect.ts';
import { addUser } from '../admin/users.ts';

export interface FirstRunResult {
  organisationId: string;
  created: boolean;
  administrator?: { email: string; password: string };
}

/**
 * An empty database gets an organisation and an administrator whose password is returned once, to
 * be printed to the console; it is stored only as a hash.
 */
export async function ensureOrganisation(
  db: Db,
  organisationName: string,
): Promise<FirstRunResult> {
  const existing = await db
    .selectFrom('organisations')
    .select('id')
    .orderBy('created_at')
    .executeTakeFirst();
  if (existing) return { organisationId: existing.id, created: false };
  const organisation = await db
    .insertInto('organisations')
    .values({ name: organisationName })
    .returning('id')
    .executeTakeFirstOrThrow();
  const email = 'admin@example.org';
  const { password } = await addUser(db, {
    organisationId: organisation.id,
    email,
    name: 'Administrator',
    role: 'administrator',
  });
  return { organisationId: organisation.id, created: true, administrator: { email, password } };
}
