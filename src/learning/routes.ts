import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { requirePermission } from '../auth/guards.ts';
import { flash } from '../auth/session-middleware.ts';
import { can } from '../auth/roles.ts';
import { todayInLondon } from '../casework/clock.ts';
import { RecordNotFoundError } from '../casework/errors.ts';
import { activeTeams } from '../casework/queries/lookups.ts';
import { KINDS } from '../import/codes.ts';
import { dateInputItems } from '../web/date-input.ts';
import {
  actionRoutes,
  actorOf,
  failureOf,
  notFound,
  type Failure,
} from '../records/web/action-route.ts';
import { readForm } from '../records/web/read-form.ts';
import { optionalId, optionalText, requiredText } from '../records/web/fields.ts';
import { filterItems, itemsOf } from '../records/web/items.ts';
import { filterQuery, pageRequested, paginationFor } from '../records/web/pagination.ts';
import { afterCaseworkHref, recordHref } from '../records/paths.ts';
import { formatDate } from '../records/format.ts';
import { sendCsv, toCsv } from '../records/csv.ts';
import {
  LEARNING_CATEGORIES,
  LEARNING_CATEGORY_LABELS,
  LEARNING_STATUSES,
  LEARNING_STATUS_LABELS,
  type LearningCategory,
  type LearningStatus,
} from './codes.ts';
import { addLearningAction, updateLearningAction } from './learning-actions.ts';
import { listLearningActions, loadLearningAction, type LearningFilters } from './queries.ts';

const progressFields = {
  status: z.enum(LEARNING_STATUSES, 'Choose the status'),
  evidence: optionalText(5_000, 'The evidence'),
  owner: optionalText(200, 'The owner'),
};
const progressDates = {
  dueOn: { label: 'Due date' },
  completedOn: { label: 'Date done' },
};

const newActionForm = z.object({
  learning: requiredText(5_000, 'Enter what was learnt', 'What was learnt'),
  action: requiredText(5_000, 'Enter the action', 'The action'),
  category: z.enum(LEARNING_CATEGORIES, 'Choose the category'),
  teamId: optionalId('Choose a team from the list'),
  publish: z
    .literal('yes')
    .optional()
    .transform((v) => v === 'yes'),
  ...progressFields,
});

const filterSchema = z.object({
  category: z.enum(LEARNING_CATEGORIES).optional().catch(undefined),
  status: z.enum(LEARNING_STATUSES).optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
  overdue: z
    .literal('yes')
    .optional()
    .catch(undefined)
    .transform((v) => (v === 'yes' ? true : undefined)),
});

const CSV_HEADER = [
  'Record',
  'What was learnt',
  'Action',
  'Category',
  'Owner',
  'Team',
  'Due',
  'Status',
  'Evidence of completion',
  'Date done',
  'In the annual report',
];

const statusLabel = (status: string) => LEARNING_STATUS_LABELS[status as LearningStatus] ?? status;
const categoryLabel = (category: string) =>
  LEARNING_CATEGORY_LABELS[category as LearningCategory] ?? category;

export function learningRoutes(db: Db): Router {
  const router = Router();
  const view = requirePermission(db, 'cases:view');
  const respond = requirePermission(db, 'cases:respond');

  const teamItems = async (organisationId: string) =>
    (await activeTeams(db, organisationId)).map((t) => ({ value: t.id, text: t.name }));

  actionRoutes(router, db, {
    path: '/cases/:id/learning/new',
    view: 'learning/views/new.njk',
    title: 'Add a learning action',
    button: 'Save the learning action',
    permission: 'cases:respond',
    kinds: KINDS,
    firstField: 'learning',
    dates: () => ({ dueOn: null, completedOn: null }),
    defaults: ({ record }) => ({ teamId: record.team_id ?? '', status: 'open' }),
    locals: async ({ record }) => ({
      categoryItems: itemsOf(LEARNING_CATEGORIES, LEARNING_CATEGORY_LABELS),
      statusItems: itemsOf(LEARNING_STATUSES, LEARNING_STATUS_LABELS),
      teamItems: [{ value: '', text: 'No team' }, ...(await teamItems(record.organisation_id))],
    }),
    parse: (req) =>
      readForm(newActionForm, req.body, progressDates, [
        'learning',
        'action',
        'category',
        'owner',
        'teamId',
        'dueOn',
        'status',
        'evidence',
        'completedOn',
      ]),
    run: (actor, { record }, version, v) =>
      addLearningAction(db, actor, record.id, version, {
        learning: v.learning,
        action: v.action,
        category: v.category,
        owner: v.owner,
        teamId: v.teamId,
        dueOn: v.dueOn ?? null,
        status: v.status,
        evidence: v.evidence,
        completedOn: v.completedOn ?? null,
        publish: v.publish,
      }),
    done: ({ record }) => ({
      flash: `Learning action added to ${record.reference}`,
      redirect: afterCaseworkHref(record.kind, record.id),
    }),
  });

  router.get('/learning', view, async (req, res) => {
    const filters: LearningFilters = filterSchema.parse(req.query);
    const { page, limit, offset } = pageRequested(req);
    const today = todayInLondon();
    const { rows, total } = await listLearningActions(
      db,
      actorOf(req),
      filters,
      { limit, offset },
      today,
    );
    res.render('learning/views/register.njk', {
      title: 'Learning actions: you said, we did',
      total,
      rows: rows.map((r) => ({
        ...r,
        category: categoryLabel(r.category),
        statusText: statusLabel(r.status),
        dueOn: formatDate(r.due_on),
        overdue: r.status !== 'completed' && r.due_on !== null && r.due_on < today,
        recordHref: recordHref(r.kind, r.record_id!),
      })),
      filters: {
        category: filterItems(
          itemsOf(LEARNING_CATEGORIES, LEARNING_CATEGORY_LABELS),
          'Any category',
          filters.category,
        ),
        status: filterItems(
          itemsOf(LEARNING_STATUSES, LEARNING_STATUS_LABELS),
          'Any status',
          filters.status,
        ),
        team: filterItems(await teamItems(req.user!.organisationId), 'Any team', filters.teamId),
        overdue: filters.overdue === true,
      },
      pagination: paginationFor(req, page, total),
      downloadHref: `/learning/download${filterQuery(req)}`,
    });
  });

  router.get('/learning/download', view, async (req, res) => {
    const today = todayInLondon();
    const { rows } = await listLearningActions(
      db,
      actorOf(req),
      filterSchema.parse(req.query),
      'all',
      today,
    );
    const csv = toCsv(
      CSV_HEADER,
      rows.map((r) => [
        r.reference,
        r.learning,
        r.action,
        categoryLabel(r.category),
        r.owner,
        r.team_name,
        r.due_on,
        statusLabel(r.status),
        r.evidence,
        r.completed_on,
        r.publish,
      ]),
    );
    sendCsv(res, `learning-actions-${today}.csv`, csv);
  });

  const renderAction = async (
    req: Request,
    res: Response,
    action: NonNullable<Awaited<ReturnType<typeof loadLearningAction>>>,
    failure?: Failure,
  ) => {
    const body = failure ? (req.body as Record<string, unknown>) : undefined;
    const fields = failure?.errors.fields ?? {};
    res.status(failure?.status ?? 200).render('learning/views/update.njk', {
      title: 'Update the learning action',
      action: {
        ...action,
        category: categoryLabel(action.category),
        statusText: statusLabel(action.status),
        recordHref: recordHref(action.kind, action.record_id!),
      },
      canUpdate: can(req.user!.role, 'cases:respond'),
      values: body ?? { status: action.status, evidence: action.evidence, owner: action.owner },
      dates: {
        dueOn: dateInputItems(body, 'dueOn', action.due_on, Boolean(fields.dueOn)),
        completedOn: dateInputItems(
          body,
          'completedOn',
          action.completed_on,
          Boolean(fields.completedOn),
        ),
      },
      statusItems: itemsOf(LEARNING_STATUSES, LEARNING_STATUS_LABELS),
      version:
        failure && !failure.conflict && Number(req.body?.version) > 0
          ? Number(req.body.version)
          : action.version,
      errors: failure?.errors ?? { list: [], fields: {} },
      conflict: failure?.conflict ?? null,
    });
  };

  router.get('/learning/:id', view, async (req, res) => {
    const action = await loadLearningAction(db, actorOf(req), String(req.params.id));
    if (!action) return notFound(res);
    return renderAction(req, res, action);
  });

  router.post('/learning/:id', respond, async (req, res) => {
    const actor = actorOf(req);
    const action = await loadLearningAction(db, actor, String(req.params.id));
    if (!action) return notFound(res);
    const parsed = readForm(z.object(progressFields), req.body, progressDates, [
      'owner',
      'dueOn',
      'status',
      'evidence',
      'completedOn',
    ]);
    if (!parsed.ok) return renderAction(req, res, action, { status: 400, errors: parsed.errors });
    const version = Number(req.body?.version);
    try {
      await updateLearningAction(
        db,
        actor,
        action.id,
        Number.isInteger(version) && version > 0 ? version : undefined,
        {
          status: parsed.value.status,
          evidence: parsed.value.evidence,
          owner: parsed.value.owner,
          dueOn: parsed.value.dueOn ?? null,
          completedOn: parsed.value.completedOn ?? null,
        },
      );
    } catch (error) {
      if (error instanceof RecordNotFoundError) return notFound(res);
      const failure = failureOf(error, 'status');
      const fresh = (await loadLearningAction(db, actor, action.id)) ?? action;
      return renderAction(req, res, fresh, failure);
    }
    await flash(db, req, 'Learning action updated');
    res.redirect(`/learning/${action.id}`);
  });

  return router;
}
