import type { Db } from '../../db/connect.ts';
import { visibleTo, type Actor } from '../access.ts';

/** Names behind a record's ids, its people, children, themes and who may see it. */
export async function loadCaseDetails(
  db: Db,
  record: {
    id: string;
    team_id: string | null;
    service_area_id: string | null;
    responding_manager_id: string | null;
  },
) {
  const [team, serviceArea, manager, people, children, themes, access] = await Promise.all([
    record.team_id
      ? db.selectFrom('teams').select('name').where('id', '=', record.team_id).executeTakeFirst()
      : undefined,
    record.service_area_id
      ? db
          .selectFrom('service_areas')
          .select('name')
          .where('id', '=', record.service_area_id)
          .executeTakeFirst()
      : undefined,
    record.responding_manager_id
      ? db
          .selectFrom('users')
          .select('name')
          .where('id', '=', record.responding_manager_id)
          .executeTakeFirst()
      : undefined,
    db
      .selectFrom('record_people')
      .innerJoin('people', 'people.id', 'record_people.person_id')
      .select([
        'people.id',
        'people.name',
        'people.email',
        'people.phone',
        'people.address',
        'people.preferred_contact',
        'people.adjustments',
        'record_people.role',
        'record_people.is_complainant',
      ])
      .where('record_people.record_id', '=', record.id)
      .orderBy('record_people.is_complainant', 'desc')
      .orderBy('people.created_at')
      .execute(),
    db
      .selectFrom('record_children')
      .innerJoin('children', 'children.id', 'record_children.child_id')
      .select([
        'children.id',
        'children.name',
        'children.case_system_id',
        'record_children.circumstance',
        'record_children.consent_given',
      ])
      .where('record_children.record_id', '=', record.id)
      .orderBy('children.created_at')
      .execute(),
    db
      .selectFrom('record_themes')
      .innerJoin('themes', 'themes.id', 'record_themes.theme_id')
      .select(['themes.id', 'themes.name'])
      .where('record_themes.record_id', '=', record.id)
      .orderBy('themes.name')
      .execute(),
    db
      .selectFrom('record_access')
      .innerJoin('users', 'users.id', 'record_access.user_id')
      .select(['users.id', 'users.name'])
      .where('record_access.record_id', '=', record.id)
      .orderBy('users.name')
      .execute(),
  ]);
  return {
    teamName: team?.name ?? null,
    serviceAreaName: serviceArea?.name ?? null,
    managerName: manager?.name ?? null,
    people,
    children,
    themes,
    access,
  };
}

/** Related records, only those this person may see: a link must not reveal a restricted record. */
export function loadLinks(db: Db, actor: Actor, recordId: string) {
  return db
    .selectFrom('records')
    .innerJoin('record_links', 'record_links.related_record_id', 'records.id')
    .select(['records.id', 'records.reference', 'records.kind', 'records.status'])
    .where('record_links.record_id', '=', recordId)
    .where(visibleTo(actor))
    .orderBy('records.reference')
    .execute();
}

/** Every stage of a record with its suspensions, appointments and points, oldest first. */
export async function loadStages(db: Db, recordId: string) {
  const stages = await db
    .selectFrom('stages')
    .selectAll()
    .where('record_id', '=', recordId)
    .orderBy('number')
    .execute();
  const ids = stages.map((s) => s.id);
  if (ids.length === 0) return [];
  const [suspensions, appointments, points] = await Promise.all([
    db
      .selectFrom('stage_suspensions')
      .selectAll()
      .where('stage_id', 'in', ids)
      .orderBy('from_on')
      .execute(),
    db
      .selectFrom('stage_appointments')
      .selectAll()
      .where('stage_id', 'in', ids)
      .orderBy('appointed_on')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('complaint_points')
      .selectAll()
      .where('stage_id', 'in', ids)
      .orderBy('number')
      .execute(),
  ]);
  return stages.map((stage) => ({
    ...stage,
    suspensions: suspensions.filter((s) => s.stage_id === stage.id),
    appointments: appointments.filter((a) => a.stage_id === stage.id),
    points: points.filter((p) => p.stage_id === stage.id),
  }));
}

export type StageWithParts = Awaited<ReturnType<typeof loadStages>>[number];

/** Remedies, learning actions and resolution meetings recorded against a record. */
export async function loadOutcomes(db: Db, recordId: string) {
  const [remedies, learning, meetings] = await Promise.all([
    db
      .selectFrom('remedies')
      .selectAll()
      .where('record_id', '=', recordId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('learning_actions')
      .leftJoin('teams', 'teams.id', 'learning_actions.team_id')
      .selectAll('learning_actions')
      .select('teams.name as team_name')
      .where('learning_actions.record_id', '=', recordId)
      .orderBy('learning_actions.created_at')
      .execute(),
    db
      .selectFrom('resolution_meetings')
      .selectAll()
      .where('record_id', '=', recordId)
      .orderBy('held_on')
      .execute(),
  ]);
  return { remedies, learning, meetings };
}
