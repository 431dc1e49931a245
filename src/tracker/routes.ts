import { Router, type Request } from 'express';
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { requirePermission } from '../auth/guards.ts';
import { isComplaintsTeam } from '../casework/access.ts';
import { todayInLondon } from '../casework/clock.ts';
import { loadOrganisationRules } from '../casework/organisation-rules.ts';
import { activeTeams, respondingManagers } from '../casework/queries/lookups.ts';
import { actorOf } from '../records/web/action-route.ts';
import { filterItems } from '../records/web/items.ts';
import { filterQuery } from '../records/web/pagination.ts';
import { formatDate } from '../records/format.ts';
import { sendCsv, toCsv } from '../records/csv.ts';
import { trackerRows, type TrackerFilters } from './queries.ts';
import { buildTracker, type Tracker } from './tracker.ts';
import { loadDashboard } from './dashboard.ts';
import { dashboardCharts, openLabel } from './dashboard-charts.ts';

const filterSchema = z.object({
  teamId: z.uuid().optional().catch(undefined),
  managerId: z.uuid().optional().catch(undefined),
});

/** The tracker's figures with dates written out for people. */
function present(tracker: Tracker) {
  const dated = <T extends { dueOn: string | null }>(item: T) => ({
    ...item,
    due: formatDate(item.dueOn),
  });
  return {
    ...tracker,
    awaitingTriage: tracker.awaitingTriage.map((i) => ({
      ...dated(i),
      received: formatDate(i.receivedOn),
    })),
    overdue: tracker.overdue.map(dated),
    dueThisWeek: tracker.dueThisWeek.map(dated),
    groups: tracker.groups.map((g) => ({
      ...g,
      managers: g.managers.map((m) => ({ ...m, items: m.items.map(dated) })),
    })),
    remediesOverdue: tracker.remediesOverdue.map(dated),
    learningOverdue: tracker.learningOverdue.map(dated),
  };
}

export function trackerRoutes(db: Db): Router {
  const router = Router();
  const allowed = requirePermission(db, 'tracker:view');

  const load = async (req: Request) => {
    const filters: TrackerFilters = filterSchema.parse(req.query);
    const today = todayInLondon();
    const actor = actorOf(req);
    const [rules, rows] = await Promise.all([
      loadOrganisationRules(db, actor.organisationId),
      trackerRows(db, actor, today, filters),
    ]);
    return { filters, today, tracker: buildTracker(rules, today, rows) };
  };

  /** Who the tracker is for, in words, when it is filtered to a team or a manager. */
  const scopeOf = async (req: Request, filters: TrackerFilters) => {
    const [teams, managers] = await Promise.all([
      activeTeams(db, req.user!.organisationId),
      respondingManagers(db, req.user!.organisationId),
    ]);
    const names = [
      managers.find((m) => m.id === filters.managerId)?.name,
      teams.find((t) => t.id === filters.teamId)?.name,
    ].filter(Boolean);
    return { teams, managers, scope: names.join(', ') };
  };

  router.get('/tracker', allowed, async (req, res) => {
    const { filters, today, tracker } = await load(req);
    const { teams, managers, scope } = await scopeOf(req, filters);
    const query = filterQuery(req);
    res.render('tracker/views/tracker.njk', {
      title: 'Complaints tracker',
      today: formatDate(today),
      scope,
      tracker: present(tracker),
      canFilter: isComplaintsTeam(req.user!.role),
      filters: {
        team: filterItems(
          teams.map((t) => ({ value: t.id, text: t.name })),
          'All teams',
          filters.teamId,
        ),
        manager: filterItems(
          managers.map((m) => ({ value: m.id, text: m.name })),
          'All responding managers',
          filters.managerId,
        ),
      },
      printHref: `/tracker/print${query}`,
      downloadHref: `/tracker/download${query}`,
    });
  });

  router.get('/tracker/print', allowed, async (req, res) => {
    const { filters, today, tracker } = await load(req);
    const { scope } = await scopeOf(req, filters);
    res.render('tracker/views/print.njk', {
      title: `Complaints tracker${scope ? ` for ${scope}` : ''}`,
      today: formatDate(today),
      tracker: present(tracker),
      backHref: `/tracker${filterQuery(req)}`,
    });
  });

  router.get('/tracker/download', allowed, async (req, res) => {
    const { today, tracker } = await load(req);
    const item = (section: string) => (i: Tracker['overdue'][number]) => [
      section,
      i.reference,
      i.what,
      i.team,
      i.manager,
      i.receivedOn,
      i.deadlineWhat,
      i.dueOn,
      i.suspended ? 'Clock paused' : (i.tag?.text ?? ''),
    ];
    const csv = toCsv(
      [
        'Section',
        'Reference',
        'What',
        'Team',
        'Responding manager',
        'Received',
        'Deadline',
        'Due',
        'Status',
      ],
      [
        ...tracker.awaitingTriage.map(item('Awaiting triage')),
        ...tracker.groups.flatMap((g) => g.managers.flatMap((m) => m.items.map(item('Open')))),
        ...tracker.remediesOverdue.map((r) => [
          'Remedy overdue',
          r.reference,
          r.remedy,
          r.team,
          r.manager,
          null,
          r.description,
          r.dueOn,
          r.tag.text,
        ]),
        ...tracker.learningOverdue.map((l) => [
          'Learning action overdue',
          l.reference,
          l.action,
          l.team,
          l.owner,
          null,
          l.status,
          l.dueOn,
          l.tag.text,
        ]),
      ],
    );
    sendCsv(res, `tracker-${today}.csv`, csv);
  });

  router.get('/dashboard', allowed, async (req, res) => {
    const actor = actorOf(req);
    const today = todayInLondon();
    const rules = await loadOrganisationRules(db, actor.organisationId);
    const dashboard = await loadDashboard(db, actor, rules, today);
    const charts = await dashboardCharts(
      dashboard.open,
      dashboard.timeliness.year,
      dashboard.year.label,
    );
    const totals = (rows: typeof dashboard.timeliness.year) => {
      const responses = rows.reduce((n, r) => n + r.responses, 0);
      const onTime = rows.reduce((n, r) => n + r.onTime, 0);
      return {
        responses,
        onTime,
        percent: responses ? Math.round((onTime / responses) * 100) : null,
      };
    };
    res.render('tracker/views/dashboard.njk', {
      title: 'Dashboard',
      today: formatDate(today),
      dashboard,
      openRows: dashboard.open.map((row) => ({ ...row, label: openLabel(row) })),
      openTotal: dashboard.open.reduce((n, r) => n + r.count, 0),
      yearTotals: totals(dashboard.timeliness.year),
      overdue: dashboard.overdue.map((i) => ({ ...i, due: formatDate(i.dueOn) })),
      charts,
    });
  });

  return router;
}
