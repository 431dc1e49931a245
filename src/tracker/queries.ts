import { sql } from 'kysely';
import type { DbOrTrx } from '../db/connect.ts';
import type { Actor } from '../casework/access.ts';
import { visibleTo } from '../casework/access.ts';

export interface TrackerFilters {
  teamId?: string | undefined;
  managerId?: string | undefined;
}

/**
 * Open stages, awaiting-triage records and overdue remedies and learning actions, each only from
 * records the actor may see (a responding manager sees their own).
 */
export async function trackerRows(
  db: DbOrTrx,
  actor: Actor,
  today: string,
  filters: TrackerFilters,
) {
  const [stages, triage, remedies, learning] = await Promise.all([
    db
      .selectFrom('records')
      .innerJoin('stages', 'stages.record_id', 'records.id')
      .leftJoin('teams', 'teams.id', 'records.team_id')
      .leftJoin('users as manager', 'manager.id', 'records.responding_manager_id')
      .select((eb) => [
        'records.id',
        'records.reference',
        'records.kind',
        'records.received_on',
        'records.member_name',
        'teams.name as team_name',
        'manager.name as manager_name',
        'stages.number',
        'stages.procedure',
        'stages.started_on',
        'stages.due_on',
        'stages.panel_on',
        'stages.panel_report_on',
        eb
          .exists(
            eb
              .selectFrom('stage_suspensions')
              .select(sql`1`.as('one'))
              .whereRef('stage_suspensions.stage_id', '=', 'stages.id')
              .where('stage_suspensions.to_on', 'is', null),
          )
          .as('suspended'),
      ])
      .where(visibleTo(actor))
      .where('records.status', '=', 'open')
      .where('stages.responded_on', 'is', null)
      .where('stages.ended_on', 'is', null)
      .$if(!!filters.teamId, (qb) => qb.where('records.team_id', '=', filters.teamId!))
      .$if(!!filters.managerId, (qb) =>
        qb.where('records.responding_manager_id', '=', filters.managerId!),
      )
      .orderBy('stages.due_on')
      .orderBy('records.reference')
      .execute(),
    db
      .selectFrom('records')
      .leftJoin('teams', 'teams.id', 'records.team_id')
      .leftJoin('users as manager', 'manager.id', 'records.responding_manager_id')
      .select([
        'records.id',
        'records.reference',
        'records.kind',
        'records.received_on',
        'records.channel',
        'records.source',
        'teams.name as team_name',
        'manager.name as manager_name',
      ])
      .where(visibleTo(actor))
      .where('records.status', '=', 'triage')
      .$if(!!filters.teamId, (qb) => qb.where('records.team_id', '=', filters.teamId!))
      .$if(!!filters.managerId, (qb) =>
        qb.where('records.responding_manager_id', '=', filters.managerId!),
      )
      .orderBy('records.received_on')
      .orderBy('records.reference')
      .execute(),
    db
      .selectFrom('remedies')
      .innerJoin('records', 'records.id', 'remedies.record_id')
      .leftJoin('teams', 'teams.id', 'records.team_id')
      .leftJoin('users as manager', 'manager.id', 'records.responding_manager_id')
      .select([
        'remedies.id as remedy_id',
        'remedies.kind as remedy_kind',
        'remedies.stage_number',
        'remedies.amount',
        'remedies.description',
        'remedies.due_on',
        'records.id',
        'records.kind',
        'records.reference',
        'teams.name as team_name',
        'manager.name as manager_name',
      ])
      .where(visibleTo(actor))
      .where('remedies.done_on', 'is', null)
      .where('remedies.due_on', '<', today)
      .$if(!!filters.teamId, (qb) => qb.where('records.team_id', '=', filters.teamId!))
      .$if(!!filters.managerId, (qb) =>
        qb.where('records.responding_manager_id', '=', filters.managerId!),
      )
      .orderBy('remedies.due_on')
      .execute(),
    db
      .selectFrom('learning_actions')
      .innerJoin('records', 'records.id', 'learning_actions.record_id')
      .leftJoin('teams', 'teams.id', 'learning_actions.team_id')
      .select([
        'learning_actions.id as action_id',
        'learning_actions.action',
        'learning_actions.owner',
        'learning_actions.status',
        'learning_actions.due_on',
        'records.id',
        'records.kind',
        'records.reference',
        'teams.name as team_name',
      ])
      .where(visibleTo(actor))
      .where('learning_actions.status', '!=', 'completed')
      .where('learning_actions.due_on', '<', today)
      .$if(!!filters.teamId, (qb) => qb.where('learning_actions.team_id', '=', filters.teamId!))
      .$if(!!filters.managerId, (qb) =>
        qb.where('records.responding_manager_id', '=', filters.managerId!),
      )
      .orderBy('learning_actions.due_on')
      .execute(),
  ]);
  return { stages, triage, remedies, learning };
}

export type TrackerRows = Awaited<ReturnType<typeof trackerRows>>;
