import type { Db } from '../db/connect.ts';
import { addUser } from '../admin/users.ts';
import type { Actor } from '../casework/access.ts';
import type { Role } from '../auth/roles.ts';

/** An organisation with one actor per role, for use-case tests. */
export async function seedOrganisation(db: Db, name = 'Testshire County Council') {
  const organisation = await db
    .insertInto('organisations')
    .values({ name })
    .returning('id')
    .executeTakeFirstOrThrow();
  const team = await db
    .insertInto('teams')
    .values({ organisation_id: organisation.id, name: 'Children in Care (North)' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const actors = {} as Record<Role, Actor>;
  const roles: Role[] = [
    'administrator',
    'complaints_manager',
    'complaints_officer',
    'responding_manager',
    'investigator',
    'senior_manager',
    'report_viewer',
  ];
  for (const role of roles) {
    const email = `${role}.${organisation.id.slice(0, 8)}@example.org`;
    const { id } = await addUser(db, {
      organisationId: organisation.id,
      email,
      name: `Test ${role}`,
      role,
      password: 'not-used-here',
      teamId: role === 'responding_manager' ? team.id : null,
    });
    actors[role] = {
      id,
      name: `Test ${role}`,
      organisationId: organisation.id,
      role,
      teamId: role === 'responding_manager' ? team.id : null,
    };
  }
  return { organisationId: organisation.id, teamId: team.id, actors };
}
