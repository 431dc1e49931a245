import type { DbOrTrx } from '../../db/connect.ts';

/** Teams, people and themes that forms offer as choices: active ones of the organisation only. */
export function activeTeams(db: DbOrTrx, organisationId: string) {
  return db
    .selectFrom('teams')
    .select(['id', 'name', 'service_area_id'])
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .orderBy('name')
    .execute();
}

export function activeServiceAreas(db: DbOrTrx, organisationId: string) {
  return db
    .selectFrom('service_areas')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .orderBy('name')
    .execute();
}

/** The people a case can be allocated to: responding and senior managers. */
export function respondingManagers(db: DbOrTrx, organisationId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .where('role', 'in', ['responding_manager', 'senior_manager'])
    .orderBy('name')
    .execute();
}

/** Every active user, for appointments and for naming who may see a restricted record. */
export function activeStaff(db: DbOrTrx, organisationId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .where('role', '!=', 'report_viewer')
    .orderBy('name')
    .execute();
}

export function activeThemes(db: DbOrTrx, organisationId: string) {
  return db
    .selectFrom('themes')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .orderBy('name')
    .execute();
}
