import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Role } from '../auth/roles.ts';
import type { CaseEvent } from './domain/transitions.ts';

export interface Actor {
  id: string;
  name: string;
  organisationId: string;
  role: Role;
  teamId: string | null;
}

const complaintsTeam: readonly Role[] = [
  'administrator',
  'complaints_manager',
  'complaints_officer',
];

/**
 * What each role may do to a record it can see. The complaints team does everything; the others
 * do the part of the work that is theirs.
 */
export const ROLE_EVENTS: Record<Role, readonly CaseEvent[] | 'all'> = {
  administrator: 'all',
  complaints_manager: 'all',
  complaints_officer: 'all',
  responding_manager: ['record_manager_contact', 'respond', 'add_learning', 'add_meeting'],
  investigator: ['record_finding', 'add_learning'],
  senior_manager: ['respond', 'add_learning', 'add_remedy'],
  report_viewer: [],
};

export function mayPerform(role: Role, event: CaseEvent): boolean {
  const allowed = ROLE_EVENTS[role];
  return allowed === 'all' || allowed.includes(event);
}

export function isComplaintsTeam(role: Role): boolean {
  return complaintsTeam.includes(role);
}

/**
 * The records an actor may see, as a condition on `records`, used by every list and every single
 * lookup so the two can never disagree. Restricted records are for the users named on them.
 */
export function visibleTo(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'records'>): Expression<SqlBool> => {
    const named = eb.exists(
      eb
        .selectFrom('record_access')
        .select(sql`1`.as('one'))
        .whereRef('record_access.record_id', '=', 'records.id')
        .where('record_access.user_id', '=', actor.id),
    );
    const restrictionAllows = eb.or([eb('records.restricted', '=', false), named]);
    const own = eb('records.organisation_id', '=', actor.organisationId);
    switch (actor.role) {
      case 'administrator':
      case 'complaints_manager':
      case 'complaints_officer':
      case 'senior_manager':
        return eb.and([own, restrictionAllows]);
      case 'responding_manager': {
        const allocated = [eb('records.responding_manager_id', '=', actor.id)];
        if (actor.teamId) allocated.push(eb('records.team_id', '=', actor.teamId));
        return eb.and([own, restrictionAllows, eb.or(allocated)]);
      }
      case 'investigator':
        return eb.and([
          own,
          restrictionAllows,
          eb.exists(
            eb
              .selectFrom('stage_appointments')
              .innerJoin('stages', 'stages.id', 'stage_appointments.stage_id')
              .select(sql`1`.as('one'))
              .whereRef('stages.record_id', '=', 'records.id')
              .where('stages.number', '>=', 2)
              .where('stage_appointments.user_id', '=', actor.id),
          ),
        ]);
      case 'report_viewer':
        return sql<SqlBool>`false`;
    }
  };
}
