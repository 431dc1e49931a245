import type { DbOrTrx } from '../db/connect.ts';

export class DuplicateNameError extends Error {}

export function listTeams(db: DbOrTrx, organisationId: string) {
  return db
    .selectFrom('teams')
    .leftJoin('service_areas', 'service_areas.id', 'teams.service_area_id')
    .select([
      'teams.id',
      'teams.name',
      'teams.active',
      'teams.service_area_id',
      'service_areas.name as service_area_name',
    ])
    .where('teams.organisation_id', '=', organisationId)
    .orderBy('teams.name')
    .execute();
}

export function listServiceAreas(db: DbOrTrx, organisationId: string) {
  return db
    .selectFrom('service_areas')
    .select(['id', 'name', 'active'])
    .where('organisation_id', '=', organisationId)
    .orderBy('name')
    .execute();
}

async function nameTaken(
  db: DbOrTrx,
  table: 'teams' | 'service_areas',
  organisationId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  let query = db
    .selectFrom(table)
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function saveTeam(
  db: DbOrTrx,
  organisationId: string,
  team: { id?: string; name: string; serviceAreaId: string | null; active: boolean },
): Promise<string> {
  if (await nameTaken(db, 'teams', organisationId, team.name, team.id)) {
    throw new DuplicateNameError(`There is already a team called ${team.name}`);
  }
  const values = { name: team.name, service_area_id: team.serviceAreaId, active: team.active };
  if (team.id) {
    await db
      .updateTable('teams')
      .set(values)
      .where('id', '=', team.id)
      .where('organisation_id', '=', organisationId)
      .execute();
    return team.id;
  }
  const row = await db
    .insertInto('teams')
    .values({ ...values, organisation_id: organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addServiceArea(
  db: DbOrTrx,
  organisationId: string,
  name: string,
): Promise<string> {
  if (await nameTaken(db, 'service_areas', organisationId, name)) {
    throw new DuplicateNameError(`There is already a service area called ${name}`);
  }
  const row = await db
    .insertInto('service_areas')
    .values({ organisation_id: organisationId, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
