import type { Db } from '../db/connect.ts';
import { addUser } from '../admin/users.ts';
import type { Role } from '../auth/roles.ts';
import { setUpDemo } from '../demo/set-up-demo.ts';

export interface FirstRunResult {
  organisationId: string;
  created: boolean;
  /** The accounts created, with passwords to print once; they are stored only as hashes. */
  users: { role: Role; name: string; email: string; password: string }[];
  /** Demo records loaded. */
  demoRecords?: number;
}

/**
 * An empty database gets an organisation. With `demo`, it also gets three years of demo records
 * and an account for every role; without it, a single administrator.
 */
export async function ensureOrganisation(
  db: Db,
  organisationName: string,
  options: { demo?: boolean } = {},
): Promise<FirstRunResult> {
  const existing = await db
    .selectFrom('organisations')
    .select('id')
    .orderBy('created_at')
    .executeTakeFirst();
  if (existing) return { organisationId: existing.id, created: false, users: [] };
  const organisation = await db
    .insertInto('organisations')
    .values({ name: organisationName })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (options.demo) {
    const { users, records } = await setUpDemo(db, organisation.id);
    return { organisationId: organisation.id, created: true, users, demoRecords: records };
  }
  const administrator = {
    role: 'administrator',
    name: 'Administrator',
    email: 'admin@example.org',
  } as const;
  const { password } = await addUser(db, { organisationId: organisation.id, ...administrator });
  return {
    organisationId: organisation.id,
    created: true,
    users: [{ ...administrator, password }],
  };
}
