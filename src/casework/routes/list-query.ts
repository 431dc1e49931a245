import { z } from 'zod';
import { KINDS, PROCEDURES } from '../../import/codes.ts';
import { RECORD_STATUSES } from '../domain/transitions.ts';
import type { IsoDate } from '../../calendar/types.ts';
import {
  SORT_KEYS,
  type CaseListFilters,
  type CaseListQuery,
  type SortKey,
  type SortOrder,
} from '../queries/case-list.ts';

// The case list's address holds its whole state (filters, search, sort, page), so every view of
// it can be linked to, bookmarked and used without JavaScript. Values it does not know are ignored.

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const listQuery = z.object({
  q: optional(z.string().trim().max(200)),
  kind: optional(z.enum(KINDS)),
  procedure: optional(z.enum(PROCEDURES)),
  stage: optional(z.enum(['1', '2', '3'])),
  status: optional(z.enum(RECORD_STATUSES)),
  team: optional(z.uuid()),
  manager: optional(z.uuid()),
  deadline: optional(z.enum(['week', 'overdue'])),
  sort: z.enum(SORT_KEYS).catch('received'),
  order: z.enum(['asc', 'desc']).catch('desc'),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type ListParams = z.output<typeof listQuery>;

export function parseListQuery(query: unknown): ListParams {
  const flat = Object.fromEntries(
    Object.entries((query ?? {}) as Record<string, unknown>).map(([k, v]) => [
      k,
      Array.isArray(v) ? v[0] : v === '' ? undefined : v,
    ]),
  );
  return listQuery.parse(flat);
}

/** What the list query needs: the filters, the sort, and today for the deadline filters. */
export function caseListQuery(
  params: ListParams,
  options: { mine: boolean; today: IsoDate },
): CaseListQuery {
  return {
    filters: filtersOf(params, options.mine),
    sort: params.sort,
    order: params.order,
    today: options.today,
  };
}

function filtersOf(params: ListParams, mine: boolean): CaseListFilters {
  return {
    mine,
    search: params.q,
    kind: params.kind,
    procedure: params.procedure,
    stage: params.stage ? Number(params.stage) : undefined,
    status: params.status,
    teamId: params.team,
    managerId: params.manager,
    dueThisWeek: params.deadline === 'week',
    overdue: params.deadline === 'overdue',
  };
}

/** The list's address with some parameters changed; the page goes back to 1 unless given. */
export function listHref(
  base: string,
  params: ListParams,
  change: Record<string, string | number | undefined>,
): string {
  const merged: Record<string, string | number | undefined> = {
    ...params,
    page: undefined,
    ...change,
  };
  if (merged.sort === 'received' && merged.order === 'desc') {
    delete merged.sort;
    delete merged.order;
  }
  if (merged.page === 1) delete merged.page;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${base}?${text}` : base;
}

/** A column heading's link: the first click sorts ascending (dates newest first), the next reverses. */
export function sortLink(base: string, params: ListParams, key: SortKey) {
  const current = params.sort === key;
  const first: SortOrder = key === 'received' ? 'desc' : 'asc';
  const order: SortOrder = current ? (params.order === 'asc' ? 'desc' : 'asc') : first;
  return {
    href: listHref(base, params, { sort: key, order }),
    ariaSort: current ? (params.order === 'asc' ? 'ascending' : 'descending') : 'none',
  };
}
