import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Database } from '../../db/schema.ts';
import type { IsoDate } from '../../calendar/types.ts';
import { addDays, weekday } from '../../calendar/dates.ts';
import { visibleTo, type Actor } from '../access.ts';

export const SORT_KEYS = ['reference', 'received', 'complainant', 'team', 'status', 'due'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

export interface CaseListFilters {
  kind?: string;
  procedure?: string;
  stage?: number;
  status?: string;
  teamId?: string;
  managerId?: string;
  dueThisWeek?: boolean;
  overdue?: boolean;
  /** A reference (or part of one) or part of the complainant's name. */
  search?: string;
  /** Only what is allocated to the person or what they are appointed to. */
  mine?: boolean;
}

export interface CaseListQuery {
  filters: CaseListFilters;
  sort: SortKey;
  order: SortOrder;
  today: IsoDate;
}

type RecordsEb = ExpressionBuilder<Database, 'records'>;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function complainantName(eb: RecordsEb) {
  return eb
    .selectFrom('record_people')
    .innerJoin('people', 'people.id', 'record_people.person_id')
    .select('people.name')
    .whereRef('record_people.record_id', '=', 'records.id')
    .where('record_people.is_complainant', '=', true)
    .orderBy('people.name')
    .limit(1);
}

/**
 * The records the actor may see, joined to their latest stage (the one in progress or last
 * responded to), with every filter applied. Lists, counts and the CSV share it, so they agree.
 */
function filteredCases(db: Db, actor: Actor, { filters, today }: CaseListQuery) {
  let query = db
    .selectFrom('records')
    .where(visibleTo(actor))
    .leftJoin('stages as s', (join) =>
      join.onRef('s.record_id', '=', 'records.id').on((eb) =>
        eb(
          's.number',
          '=',
          eb
            .selectFrom('stages as latest')
            .select((e) => e.fn.max('latest.number').as('n'))
            .whereRef('latest.record_id', '=', 'records.id'),
        ),
      ),
    )
    .leftJoin('teams', 'teams.id', 'records.team_id')
    .leftJoin('users as manager', 'manager.id', 'records.responding_manager_id');
  if (filters.kind) query = query.where('records.kind', '=', filters.kind);
  if (filters.procedure) query = query.where('records.procedure', '=', filters.procedure);
  if (filters.stage) query = query.where('s.number', '=', filters.stage);
  if (filters.status) query = query.where('records.status', '=', filters.status);
  if (filters.teamId) query = query.where('records.team_id', '=', filters.teamId);
  if (filters.managerId)
    query = query.where('records.responding_manager_id', '=', filters.managerId);
  if (filters.overdue || filters.dueThisWeek) {
    query = query
      .where('records.status', '=', 'open')
      .where('s.responded_on', 'is', null)
      .where('s.ended_on', 'is', null);
  }
  if (filters.overdue) query = query.where('s.due_on', '<', today);
  if (filters.dueThisWeek) {
    const sunday = addDays(today, 7 - weekday(today));
    query = query.where('s.due_on', '>=', today).where('s.due_on', '<=', sunday);
  }
  const search = filters.search?.trim();
  if (search) {
    const pattern = likePattern(search);
    query = query.where((eb) =>
      eb.or([
        eb('records.reference', 'ilike', pattern),
        eb('records.ombudsman_reference', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('record_people')
            .innerJoin('people', 'people.id', 'record_people.person_id')
            .select(sql`1`.as('one'))
            .whereRef('record_people.record_id', '=', 'records.id')
            .where('people.name', 'ilike', pattern),
        ),
      ]),
    );
  }
  if (filters.mine) {
    query = query.where((eb) =>
      eb.or([
        eb('records.responding_manager_id', '=', actor.id),
        eb.exists(
          eb
            .selectFrom('stage_appointments')
            .innerJoin('stages', 'stages.id', 'stage_appointments.stage_id')
            .select(sql`1`.as('one'))
            .whereRef('stages.record_id', '=', 'records.id')
            .where('stage_appointments.user_id', '=', actor.id),
        ),
      ]),
    );
  }
  return query;
}

export async function countCases(db: Db, actor: Actor, query: CaseListQuery): Promise<number> {
  const row = await filteredCases(db, actor, query)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function listCases(
  db: Db,
  actor: Actor,
  query: CaseListQuery,
  page?: { offset: number; limit: number },
) {
  const direction = query.order;
  let rows = filteredCases(db, actor, query).select((eb) => [
    'records.id',
    'records.reference',
    'records.kind',
    'records.procedure',
    'records.status',
    'records.received_on',
    'records.restricted',
    'teams.name as team_name',
    'manager.name as manager_name',
    's.number as stage_number',
    's.procedure as stage_procedure',
    's.due_on',
    's.responded_on',
    's.ended_on',
    's.panel_on',
    's.panel_report_on',
    complainantName(eb).as('complainant'),
  ]);
  switch (query.sort) {
    case 'reference':
      rows = rows.orderBy('records.reference', direction);
      break;
    case 'received':
      rows = rows.orderBy('records.received_on', direction);
      break;
    case 'complainant':
      rows = rows.orderBy('complainant', (ob) => ob[direction]().nullsLast());
      break;
    case 'team':
      rows = rows.orderBy('teams.name', (ob) => ob[direction]().nullsLast());
      break;
    case 'status':
      rows = rows
        .orderBy('records.status', direction)
        .orderBy('s.number', (ob) => ob[direction]().nullsFirst());
      break;
    case 'due':
      rows = rows.orderBy('s.due_on', (ob) => ob[direction]().nullsLast());
      break;
  }
  rows = rows.orderBy('records.reference', 'desc');
  if (page) rows = rows.offset(page.offset).limit(page.limit);
  return rows.execute();
}

export type CaseListRow = Awaited<ReturnType<typeof listCases>>[number];
