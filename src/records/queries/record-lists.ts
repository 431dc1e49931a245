import { sql } from 'kysely';
import type { DbOrTrx } from '../../db/connect.ts';
import type { Actor } from '../../casework/access.ts';
import { visibleTo } from '../../casework/access.ts';
import type { Kind } from '../../import/codes.ts';
import { addDays, weekday } from '../../calendar/dates.ts';
import { monthEnd } from '../format.ts';

export const LIVE_STATUSES = ['triage', 'open', 'responded'] as const;

/** A page of a list, or everything (for a CSV download). */
export type Paging = { limit: number; offset: number } | 'all';

export interface ComplimentFilters {
  teamId?: string | undefined;
  from?: string | undefined;
  /** `YYYY-MM`: received in that month. */
  month?: string | undefined;
  consent?: 'yes' | 'no' | 'unknown' | undefined;
}

function pageOf(paging: Paging) {
  return paging === 'all' ? { limit: null, offset: 0 } : paging;
}

function monthRange(month: string) {
  return { start: `${month}-01`, end: monthEnd(month) };
}

/** The last day of the week (Sunday) that `today` is in. */
export function endOfWeek(today: string): string {
  return addDays(today, 7 - weekday(today));
}

export async function listCompliments(
  db: DbOrTrx,
  actor: Actor,
  filters: ComplimentFilters,
  paging: Paging,
) {
  const month = filters.month ? monthRange(filters.month) : null;
  const { limit, offset } = pageOf(paging);
  const rows = await db
    .selectFrom('records')
    .leftJoin('teams', 'teams.id', 'records.team_id')
    .select([
      'records.id',
      'records.reference',
      'records.received_on',
      'records.channel',
      'records.status',
      'records.compliment_from',
      'records.compliment_subject',
      'records.summary',
      'records.consent_to_share',
      'records.anonymised_text',
      'records.anonymised_reviewed_by',
      'records.passed_on_on',
      'teams.name as team_name',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .where(visibleTo(actor))
    .where('records.kind', '=', 'compliment')
    .$if(!!filters.teamId, (qb) => qb.where('records.team_id', '=', filters.teamId!))
    .$if(!!filters.from, (qb) => qb.where('records.compliment_from', '=', filters.from!))
    .$if(month !== null, (qb) =>
      qb
        .where('records.received_on', '>=', month!.start)
        .where('records.received_on', '<=', month!.end),
    )
    .$if(filters.consent === 'yes', (qb) => qb.where('records.consent_to_share', '=', true))
    .$if(filters.consent === 'no', (qb) => qb.where('records.consent_to_share', '=', false))
    .$if(filters.consent === 'unknown', (qb) => qb.where('records.consent_to_share', 'is', null))
    .orderBy('records.received_on', 'desc')
    .orderBy('records.reference', 'desc')
    .$if(limit !== null, (qb) => qb.limit(limit!).offset(offset))
    .execute();
  return { rows, total: rows[0]?.total ?? 0 };
}

export const ENQUIRY_KINDS = [
  'concern',
  'enquiry',
  'mp_enquiry',
  'councillor_enquiry',
  'comment',
  'other',
] as const satisfies readonly Kind[];
export type EnquiryKind = (typeof ENQUIRY_KINDS)[number];

export interface EnquiryFilters {
  kind?: EnquiryKind | undefined;
  status?: 'open' | 'closed' | undefined;
  teamId?: string | undefined;
  month?: string | undefined;
  due?: 'overdue' | 'this_week' | undefined;
}

/**
 * Concerns, enquiries, comments and other correspondence: each has at most its one response
 * stage, which carries the due date and the response.
 */
export async function listEnquiries(
  db: DbOrTrx,
  actor: Actor,
  filters: EnquiryFilters,
  paging: Paging,
  today: string,
) {
  const month = filters.month ? monthRange(filters.month) : null;
  const { limit, offset } = pageOf(paging);
  const rows = await db
    .selectFrom('records')
    .leftJoin('teams', 'teams.id', 'records.team_id')
    .leftJoin('users as manager', 'manager.id', 'records.responding_manager_id')
    .leftJoin('stages', (join) =>
      join.onRef('stages.record_id', '=', 'records.id').on('stages.number', '=', 1),
    )
    .where(visibleTo(actor))
    .where('records.kind', 'in', filters.kind ? [filters.kind] : [...ENQUIRY_KINDS])
    .select((eb) => [
      'records.id',
      'records.reference',
      'records.kind',
      'records.received_on',
      'records.channel',
      'records.status',
      'records.member_name',
      'records.closed_on',
      'teams.name as team_name',
      'manager.name as manager_name',
      'stages.due_on',
      'stages.responded_on',
      'stages.ended_on',
      'stages.outcome',
      eb
        .selectFrom('record_people')
        .innerJoin('people', 'people.id', 'record_people.person_id')
        .select('people.name')
        .whereRef('record_people.record_id', '=', 'records.id')
        .orderBy('people.name')
        .limit(1)
        .as('person_name'),
      sql<number>`count(*) over ()`.as('total'),
    ])
    .$if(filters.status === 'open', (qb) => qb.where('records.status', 'in', [...LIVE_STATUSES]))
    .$if(filters.status === 'closed', (qb) =>
      qb.where('records.status', 'not in', [...LIVE_STATUSES]),
    )
    .$if(!!filters.teamId, (qb) => qb.where('records.team_id', '=', filters.teamId!))
    .$if(month !== null, (qb) =>
      qb
        .where('records.received_on', '>=', month!.start)
        .where('records.received_on', '<=', month!.end),
    )
    .$if(filters.due !== undefined, (qb) =>
      qb.where('records.status', '=', 'open').where('stages.ended_on', 'is', null),
    )
    .$if(filters.due === 'overdue', (qb) => qb.where('stages.due_on', '<', today))
    .$if(filters.due === 'this_week', (qb) =>
      qb.where('stages.due_on', '>=', today).where('stages.due_on', '<=', endOfWeek(today)),
    )
    .orderBy(sql`case when records.status in ('triage', 'open', 'responded') then 0 else 1 end`)
    .orderBy('stages.due_on', (ob) => ob.asc().nullsLast())
    .orderBy('records.received_on', 'desc')
    .$if(limit !== null, (qb) => qb.limit(limit!).offset(offset))
    .execute();
  return { rows, total: rows[0]?.total ?? 0 };
}
