import { Router, type Request, type Response } from 'express';
import type { Db } from '../../db/connect.ts';
import { can } from '../../auth/roles.ts';
import { requirePermission } from '../../auth/guards.ts';
import { KINDS, KIND_LABELS, PROCEDURES, PROCEDURE_LABELS } from '../../import/codes.ts';
import { RECORD_STATUSES, STATUS_LABELS } from '../domain/transitions.ts';
import { todayInLondon } from '../clock.ts';
import { loadOrganisationRules, type OrganisationRules } from '../organisation-rules.ts';
import { countCases, listCases, SORT_KEYS, type CaseListRow } from '../queries/case-list.ts';
import { activeTeams, respondingManagers } from '../queries/lookups.ts';
import { actorOf } from './http.ts';
import { toCsv } from './csv.ts';
import { itemsOf, selectItems } from './items.ts';
import {
  caseListQuery,
  listHref,
  parseListQuery,
  sortLink,
  type ListParams,
} from './list-query.ts';
import { stageDeadline } from './stage-view.ts';
import { formatDate, kindLabel, labelOf, procedureLabel, statusTag } from './format.ts';

const PAGE_SIZE = 25;
/** A download is for a spreadsheet, not an export of everything: imports and exports do that. */
const CSV_LIMIT = 10000;

const COLUMNS: Record<(typeof SORT_KEYS)[number], string> = {
  reference: 'Reference',
  received: 'Received',
  complainant: 'Complainant',
  team: 'Team',
  status: 'Status',
  due: 'Due',
};

function rowView(rules: OrganisationRules, today: string, row: CaseListRow) {
  const running =
    row.stage_number !== null && row.stage_procedure !== null
      ? stageDeadline(rules, today, row.status, {
          procedure: row.stage_procedure,
          number: row.stage_number,
          due_on: row.due_on,
          responded_on: row.responded_on,
          ended_on: row.ended_on,
          panel_on: row.panel_on,
          panel_report_on: row.panel_report_on,
        })
      : null;
  return {
    id: row.id,
    reference: row.reference,
    kind: [kindLabel(row.kind), procedureLabel(row.kind, row.procedure)].filter(Boolean).join(', '),
    received: formatDate(row.received_on),
    complainant: row.complainant ?? '',
    team: row.team_name ?? '',
    manager: row.manager_name ?? '',
    stage: row.stage_number ? `Stage ${row.stage_number}` : '',
    status: statusTag(row.status),
    restricted: row.restricted,
    due: running?.due ?? '',
    dueOn: running?.dueOn ?? '',
    deadline: running?.tag ?? null,
  };
}

/** The selected filters as removable tags, each linking to the list without it. */
function selectedFilters(
  base: string,
  params: ListParams,
  names: { teams: Map<string, string>; managers: Map<string, string> },
) {
  const chosen: [keyof ListParams, string, string | undefined][] = [
    ['q', 'Search', params.q],
    ['kind', 'Kind', params.kind && KIND_LABELS[params.kind]],
    ['procedure', 'Procedure', params.procedure && PROCEDURE_LABELS[params.procedure]],
    ['stage', 'Stage', params.stage && `Stage ${params.stage}`],
    ['status', 'Status', params.status && STATUS_LABELS[params.status]],
    ['team', 'Team', params.team && names.teams.get(params.team)],
    ['manager', 'Responding manager', params.manager && names.managers.get(params.manager)],
    [
      'deadline',
      'Deadline',
      params.deadline && (params.deadline === 'week' ? 'Due this week' : 'Overdue'),
    ],
  ];
  const categories = chosen
    .filter(([, , text]) => text)
    .map(([key, heading, text]) => ({
      heading: { text: heading },
      items: [{ href: listHref(base, params, { [key]: undefined }), text }],
    }));
  if (categories.length === 0) return undefined;
  return {
    heading: { text: 'Selected filters' },
    clearLink: {
      text: 'Clear filters',
      href: listHref(base, params, Object.fromEntries(chosen.map(([key]) => [key, undefined]))),
    },
    categories,
  };
}
function pagination(base: string, params: ListParams, total: number) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;
  const page = Math.min(params.page, pages);
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter(
    (n) => n >= 1 && n <= pages,
  );
  const items: object[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) items.push({ ellipsis: true });
    items.push({ number: n, href: listHref(base, params, { page: n }), current: n === page });
  });
  return {
    previous: page > 1 ? { href: listHref(base, params, { page: page - 1 }) } : undefined,
    next: page < pages ? { href: listHref(base, params, { page: page + 1 }) } : undefined,
    items,
  };
}

export function caseListRoutes(db: Db): Router {
  const router = Router();

  async function list(req: Request, res: Response, mine: boolean) {
    const actor = actorOf(req);
    const base = mine ? '/cases/mine' : '/cases';
    const params = parseListQuery(req.query);
    const today = todayInLondon();
    const query = caseListQuery(params, { mine, today });
    const [total, rules, teams, managers] = await Promise.all([
      countCases(db, actor, query),
      loadOrganisationRules(db, actor.organisationId),
      activeTeams(db, actor.organisationId),
      respondingManagers(db, actor.organisationId),
    ]);
    const page = Math.min(params.page, Math.max(1, Math.ceil(total / PAGE_SIZE)));
    const rows = await listCases(db, actor, query, {
      offset: (page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
    });
    const names = {
      teams: new Map(teams.map((t) => [t.id, t.name])),
      managers: new Map(managers.map((m) => [m.id, m.name])),
    };
    const csvHref = listHref('/cases.csv', params, {
      page: undefined,
      ...(mine ? { mine: 'yes' } : {}),
    });
    res.render('casework/views/case-list.njk', {
      title: mine ? 'My cases' : 'Cases',
      base,
      params,
      total,
      rows: rows.map((row) => rowView(rules, today, row)),
      columns: SORT_KEYS.map((key) => ({
        key,
        text: COLUMNS[key],
        ...sortLink(base, params, key),
      })),
      selectedFilters: selectedFilters(base, params, names),
      pagination: pagination(base, { ...params, page }, total),
      csvHref,
      canLog: can(actor.role, 'cases:manage'),
      mine,
      kindItems: [{ value: '', text: 'Any kind' }, ...itemsOf(KINDS, KIND_LABELS)],
      procedureItems: [
        { value: '', text: 'Any procedure' },
        ...itemsOf(PROCEDURES, PROCEDURE_LABELS),
      ],
      stageItems: [
        { value: '', text: 'Any stage' },
        ...['1', '2', '3'].map((n) => ({ value: n, text: `Stage ${n}` })),
      ],
      statusItems: [{ value: '', text: 'Any status' }, ...itemsOf(RECORD_STATUSES, STATUS_LABELS)],
      teamItems: selectItems(teams, 'Any team'),
      managerItems: selectItems(managers, 'Anyone'),
      deadlineItems: [
        { value: '', text: 'Any' },
        { value: 'week', text: 'Due this week' },
        { value: 'overdue', text: 'Overdue' },
      ],
    });
  }

  router.get('/cases', requirePermission(db, 'cases:view'), (req, res) => list(req, res, false));
  router.get('/cases/mine', requirePermission(db, 'cases:view'), (req, res) =>
    list(req, res, true),
  );

  router.get('/cases.csv', requirePermission(db, 'cases:view'), async (req, res) => {
    const actor = actorOf(req);
    const params = parseListQuery(req.query);
    const today = todayInLondon();
    const mine = req.query.mine === 'yes';
    const query = caseListQuery(params, { mine, today });
    const [rules, rows] = await Promise.all([
      loadOrganisationRules(db, actor.organisationId),
      listCases(db, actor, query, { offset: 0, limit: CSV_LIMIT }),
    ]);
    const lines = rows.map((row) => {
      const v = rowView(rules, today, row);
      return [
        v.reference,
        labelOf(KIND_LABELS, row.kind),
        procedureLabel(row.kind, row.procedure),
        row.received_on,
        v.complainant,
        v.team,
        v.manager,
        v.stage,
        v.status.text,
        v.dueOn,
        v.deadline?.text ?? '',
      ];
    });
    res
      .type('text/csv; charset=utf-8')
      .attachment(`cases-${today}.csv`)
      .send(
        toCsv([
          [
            'Reference',
            'Kind',
            'Procedure',
            'Received',
            'Complainant',
            'Team',
            'Responding manager',
            'Stage',
            'Status',
            'Due',
            'Deadline',
          ],
          ...lines,
        ]),
      );
  });
  return router;
}
