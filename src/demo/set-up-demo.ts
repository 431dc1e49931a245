import type { Db } from '../db/connect.ts';
import { createDemoUsers, type DemoUser } from './demo-users.ts';
import { loadDemoData } from './load-demo.ts';

/** The team whose cases the demo responding manager sees. */
const RESPONDING_TEAM = 'Children in Care (North)';

/**
 * A new organisation set up to try Heard: an account for every role and three years of demo
 * records, with the responding manager in a team that has cases and the investigator appointed to
 * the stage 2 investigations.
 */
export async function setUpDemo(
  db: Db,
  organisationId: string,
): Promise<{ users: DemoUser[]; records: number }> {
  const users = await createDemoUsers(db, organisationId);
  const withRole = (...roles: DemoUser['role'][]) => users.filter((u) => roles.includes(u.role));
  const [investigator] = withRole('investigator');
  const { records } = await loadDemoData(db, {
    organisationId,
    restrictedAccess: withRole('administrator', 'complaints_manager').map((u) => u.id),
    investigator,
  });
  const team = await db
    .selectFrom('teams')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('name', '=', RESPONDING_TEAM)
    .executeTakeFirst();
  await db
    .updateTable('users')
    .set({ team_id: team?.id ?? null })
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'responding_manager')
    .execute();
  return { users, records };
}
