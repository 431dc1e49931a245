import { sql } from 'kysely';
import { z } from 'zod';
import type { DbOrTrx } from '../db/connect.ts';
import type { Actor } from '../casework/access.ts';
import { visibleTo } from '../casework/access.ts';
import type { Paging } from '../records/queries/record-lists.ts';
import type { LearningCategory, LearningStatus } from './codes.ts';

export interface LearningFilters {
  category?: LearningCategory | undefined;
  status?: LearningStatus | undefined;
  teamId?: string | undefined;
  overdue?: boolean | undefined;
}

function register(db: DbOrTrx, actor: Actor) {
  return db
    .selectFrom('learning_actions')
    .innerJoin('records', 'records.id', 'learning_actions.record_id')
    .leftJoin('teams', 'teams.id', 'learning_actions.team_id')
    .where(visibleTo(actor));
}

/** The "you said, we did" register: actions from the records the actor may see. */
export async function listLearningActions(
  db: DbOrTrx,
  actor: Actor,
  filters: LearningFilters,
  paging: Paging,
  today: string,
) {
  const page = paging === 'all' ? null : paging;
  const rows = await register(db, actor)
    .selectAll('learning_actions')
    .select([
      'records.reference',
      'records.kind',
      'teams.name as team_name',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .$if(!!filters.category, (qb) => qb.where('learning_actions.category', '=', filters.category!))
    .$if(!!filters.status, (qb) => qb.where('learning_actions.status', '=', filters.status!))
    .$if(!!filters.teamId, (qb) => qb.where('learning_actions.team_id', '=', filters.teamId!))
    .$if(filters.overdue === true, (qb) =>
      qb
        .where('learning_actions.status', '!=', 'completed')
        .where('learning_actions.due_on', '<', today),
    )
    .orderBy(sql`case when learning_actions.status = 'completed' then 1 else 0 end`)
    .orderBy('learning_actions.due_on', (ob) => ob.asc().nullsLast())
    .orderBy('learning_actions.created_at')
    .$if(page !== null, (qb) => qb.limit(page!.limit).offset(page!.offset))
    .execute();
  return { rows, total: rows[0]?.total ?? 0 };
}

/** One action, with the record it came from, if the actor may see that record. */
export async function loadLearningAction(db: DbOrTrx, actor: Actor, id: string) {
  if (!z.uuid().safeParse(id).success) return undefined;
  return register(db, actor)
    .selectAll('learning_actions')
    .select([
      'records.reference',
      'records.kind',
      'records.version',
      'records.organisation_id as record_organisation_id',
      'teams.name as team_name',
    ])
    .where('learning_actions.id', '=', id)
    .executeTakeFirst();
}
