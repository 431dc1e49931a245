import { z } from 'zod';
import type { DbOrTrx } from '../../db/connect.ts';
import type { Actor } from '../../casework/access.ts';
import { visibleTo } from '../../casework/access.ts';
import { recordHistory } from '../../casework/history.ts';

const isId = (id: string) => z.uuid().safeParse(id).success;

/** One record as its page shows it, or undefined when it does not exist or is not theirs to see. */
export async function loadRecord(db: DbOrTrx, actor: Actor, id: string) {
  if (!isId(id)) return undefined;
  const record = await db
    .selectFrom('records')
    .leftJoin('teams', 'teams.id', 'records.team_id')
    .leftJoin('users as manager', 'manager.id', 'records.responding_manager_id')
    .leftJoin('users as reviewer', 'reviewer.id', 'records.anonymised_reviewed_by')
    .selectAll('records')
    .select([
      'teams.name as team_name',
      'manager.name as manager_name',
      'reviewer.name as reviewer_name',
    ])
    .where('records.id', '=', id)
    .where(visibleTo(actor))
    .executeTakeFirst();
  if (!record) return undefined;
  const [people, stage, links, history, learning, meetings] = await Promise.all([
    db
      .selectFrom('record_people')
      .innerJoin('people', 'people.id', 'record_people.person_id')
      .select(['people.name', 'people.email', 'people.phone', 'record_people.role'])
      .where('record_people.record_id', '=', id)
      .orderBy('people.name')
      .execute(),
    db
      .selectFrom('stages')
      .selectAll()
      .where('record_id', '=', id)
      .orderBy('number', 'desc')
      .executeTakeFirst(),
    db
      .selectFrom('record_links')
      .innerJoin('records', 'records.id', 'record_links.related_record_id')
      .select(['records.id', 'records.reference', 'records.kind'])
      .where('record_links.record_id', '=', id)
      .where(visibleTo(actor))
      .orderBy('records.reference')
      .execute(),
    recordHistory(db, actor.organisationId, id),
    db
      .selectFrom('learning_actions')
      .leftJoin('teams', 'teams.id', 'learning_actions.team_id')
      .selectAll('learning_actions')
      .select('teams.name as team_name')
      .where('learning_actions.record_id', '=', id)
      .orderBy('learning_actions.created_at')
      .execute(),
    db
      .selectFrom('resolution_meetings')
      .selectAll()
      .where('record_id', '=', id)
      .orderBy('held_on')
      .execute(),
  ]);
  return { record, people, stage: stage ?? null, links, history, learning, meetings };
}

export type LoadedRecord = NonNullable<Awaited<ReturnType<typeof loadRecord>>>;

/** A record the actor may see, found by the reference people quote (CS-2024-0123). */
export function findVisibleByReference(db: DbOrTrx, actor: Actor, reference: string) {
  return db
    .selectFrom('records')
    .select(['records.id', 'records.kind'])
    .where('records.reference', '=', reference.trim().toUpperCase())
    .where(visibleTo(actor))
    .executeTakeFirst();
}

/** Compliments that may be published: anonymised, reviewed by an officer, and shared with consent. */
export function publishableCompliments(db: DbOrTrx, actor: Actor, from: string, to: string) {
  return db
    .selectFrom('records')
    .leftJoin('teams', 'teams.id', 'records.team_id')
    .select([
      'records.id',
      'records.received_on',
      'records.compliment_from',
      'records.compliment_subject',
      'records.anonymised_text',
      'teams.name as team_name',
    ])
    .where(visibleTo(actor))
    .where('records.kind', '=', 'compliment')
    .where('records.consent_to_share', '=', true)
    .where('records.anonymised_reviewed_by', 'is not', null)
    .where('records.anonymised_text', 'is not', null)
    .where('records.received_on', '>=', from)
    .where('records.received_on', '<=', to)
    .orderBy('records.received_on')
    .orderBy('records.reference')
    .execute();
}

/**
 * Managers a record can be passed on to, the managers of its team first: the people whose staff a
 * compliment praises.
 */
export async function managersFirst(db: DbOrTrx, organisationId: string, teamId: string | null) {
  const managers = await db
    .selectFrom('users')
    .select(['id', 'name', 'team_id'])
    .where('organisation_id', '=', organisationId)
    .where('active', '=', true)
    .where('role', 'in', ['responding_manager', 'senior_manager', 'complaints_manager'])
    .orderBy('name')
    .execute();
  return managers
    .map((m) => ({ id: m.id, name: m.name, managesTeam: teamId !== null && m.team_id === teamId }))
    .sort((a, b) => Number(b.managesTeam) - Number(a.managesTeam));
}
