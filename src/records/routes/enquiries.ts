import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { requirePermission } from '../../auth/guards.ts';
import { flash } from '../../auth/session-middleware.ts';
import { can } from '../../auth/roles.ts';
import { todayInLondon } from '../../casework/clock.ts';
import { activeTeams } from '../../casework/queries/lookups.ts';
import { loadOrganisationRules } from '../../casework/organisation-rules.ts';
import { logRecord } from '../../casework/use-cases/log-record.ts';
import { STATUS_LABELS, type RecordStatus } from '../../casework/domain/transitions.ts';
import {
  CHANNELS,
  CHANNEL_LABELS,
  CIRCUMSTANCES,
  CIRCUMSTANCE_LABELS,
  KIND_LABELS,
  OUTCOME_LABELS,
  ROLES,
  ROLE_LABELS,
  type Channel,
  type Circumstance,
  type Outcome,
  type Role,
} from '../../import/codes.ts';
import { dateInputItems } from '../../web/date-input.ts';
import { singleError } from '../../web/forms.ts';
import { LEARNING_CATEGORY_LABELS, LEARNING_STATUS_LABELS } from '../../learning/codes.ts';
import type { LearningCategory, LearningStatus } from '../../learning/codes.ts';
import {
  ENQUIRY_KINDS,
  listEnquiries,
  type EnquiryFilters,
  type EnquiryKind,
} from '../queries/record-lists.ts';
import { findVisibleByReference, loadRecord } from '../queries/record-page.ts';
import { enquiryActionRoutes } from './enquiry-actions.ts';
import { sendCsv, toCsv } from '../csv.ts';
import { dueTag } from '../due-tag.ts';
import { formatDate, formatMonth, recentMonths } from '../format.ts';
import { recordHref } from '../paths.ts';
import { actorOf, failureOf, notFound, type Failure } from '../web/action-route.ts';
import { availableActions } from '../web/available-actions.ts';
import { historyItems } from '../web/history-items.ts';
import { filterItems, itemsOf, paragraphs } from '../web/items.ts';
import { filterQuery, pageRequested, paginationFor } from '../web/pagination.ts';
import { readForm } from '../web/read-form.ts';
import { monthFilter, optionalId, optionalText, requiredText } from '../web/fields.ts';

/** The kind as it reads after "Log …". */
const KIND_WITH_ARTICLE: Record<EnquiryKind, string> = {
  concern: 'a concern',
  enquiry: 'a general enquiry',
  mp_enquiry: 'an MP enquiry',
  councillor_enquiry: 'a councillor enquiry',
  comment: 'a comment or suggestion',
  other: 'other correspondence',
};

const isMember = (kind: string) => kind === 'mp_enquiry' || kind === 'councillor_enquiry';
const memberLabel = (kind: string) => (kind === 'mp_enquiry' ? 'MP' : 'councillor');

const filterSchema = z.object({
  kind: z.enum(ENQUIRY_KINDS).optional().catch(undefined),
  status: z.enum(['open', 'closed']).optional().catch(undefined),
  teamId: z.uuid().optional().catch(undefined),
  month: monthFilter,
  due: z.enum(['overdue', 'this_week']).optional().catch(undefined),
});

function enquiryForm(kind: EnquiryKind) {
  return z
    .object({
      channel: z.enum(CHANNELS, 'Choose how it was received'),
      memberName: optionalText(200, 'The member’s name'),
      personName: optionalText(200, 'The name'),
      personRole: z
        .enum(['', ...ROLES], 'Choose their role from the list')
        .optional()
        .transform((v) => (v ? (v as Role) : null)),
      email: optionalText(320, 'The email address').pipe(
        z.email('Enter an email address in the correct format, like name@example.org').nullable(),
      ),
      phone: optionalText(50, 'The phone number'),
      relatedReference: optionalText(30, 'The reference'),
      teamId: optionalId('Choose a team from the list'),
      circumstance: z
        .enum(['', ...CIRCUMSTANCES], 'Choose the child’s circumstances from the list')
        .optional()
        .transform((v) => (v ? (v as Circumstance) : null)),
      summary: requiredText(20_000, 'Enter what it is about', 'What it is about'),
    })
    .refine((v) => !isMember(kind) || v.memberName !== null, {
      path: ['memberName'],
      message: `Enter the name of the ${memberLabel(kind)}`,
    });
}
const enquiryOrder = [
  'receivedOn',
  'channel',
  'memberName',
  'personName',
  'personRole',
  'email',
  'phone',
  'relatedReference',
  'teamId',
  'circumstance',
  'summary',
];

const CSV_HEADER = [
  'Reference',
  'Kind',
  'Date received',
  'How received',
  'Member',
  'Person',
  'Team',
  'Responding manager',
  'Due',
  'Responded',
  'Outcome',
  'Status',
];

const outcomeLabel = (outcome: string | null) =>
  outcome ? (OUTCOME_LABELS[outcome as Outcome] ?? outcome) : '';

export function enquiryRoutes(db: Db): Router {
  const router = Router();
  const view = requirePermission(db, 'cases:view');
  const manage = requirePermission(db, 'cases:manage');

  const teamItems = async (organisationId: string) =>
    (await activeTeams(db, organisationId)).map((t) => ({ value: t.id, text: t.name }));

  router.get('/enquiries', view, async (req, res) => {
    const filters: EnquiryFilters = filterSchema.parse(req.query);
    const { page, limit, offset } = pageRequested(req);
    const today = todayInLondon();
    const [{ rows, total }, rules] = await Promise.all([
      listEnquiries(db, actorOf(req), filters, { limit, offset }, today),
      loadOrganisationRules(db, req.user!.organisationId),
    ]);
    res.render('records/views/enquiries/list.njk', {
      title: 'Enquiries, concerns and comments',
      total,
      rows: rows.map((r) => ({
        ...r,
        kindLabel: KIND_LABELS[r.kind as EnquiryKind] ?? r.kind,
        receivedOn: formatDate(r.received_on),
        from: isMember(r.kind) ? (r.member_name ?? '') : (r.person_name ?? ''),
        statusLabel: STATUS_LABELS[r.status as RecordStatus] ?? r.status,
        due:
          r.status === 'open' && r.due_on && !r.ended_on
            ? dueTag(rules.calendar, today, r.due_on)
            : null,
        dueOn: formatDate(r.due_on),
      })),
      filters: {
        kind: filterItems(itemsOf(ENQUIRY_KINDS, KIND_LABELS), 'Any kind', filters.kind),
        status: filterItems(
          [
            { value: 'open', text: 'Open' },
            { value: 'closed', text: 'Closed' },
          ],
          'Open or closed',
          filters.status,
        ),
        team: filterItems(await teamItems(req.user!.organisationId), 'Any team', filters.teamId),
        month: filterItems(
          recentMonths(today, 24).map((m) => ({ value: m, text: formatMonth(m) })),
          'Any month',
          filters.month,
        ),
        due: filterItems(
          [
            { value: 'overdue', text: 'Overdue' },
            { value: 'this_week', text: 'Due this week' },
          ],
          'Any',
          filters.due,
        ),
      },
      logLinks: can(req.user!.role, 'cases:manage')
        ? ENQUIRY_KINDS.map((kind) => ({
            href: `/enquiries/new?kind=${kind}`,
            text: `Log ${KIND_WITH_ARTICLE[kind]}`,
          }))
        : [],
      pagination: paginationFor(req, page, total),
      downloadHref: `/enquiries/download${filterQuery(req)}`,
    });
  });

  router.get('/enquiries/download', view, async (req, res) => {
    const today = todayInLondon();
    const { rows } = await listEnquiries(
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
        KIND_LABELS[r.kind as EnquiryKind] ?? r.kind,
        r.received_on,
        r.channel ? (CHANNEL_LABELS[r.channel as Channel] ?? r.channel) : null,
        r.member_name,
        r.person_name,
        r.team_name,
        r.manager_name,
        r.due_on,
        r.responded_on,
        outcomeLabel(r.outcome),
        STATUS_LABELS[r.status as RecordStatus] ?? r.status,
      ]),
    );
    sendCsv(res, `enquiries-${today}.csv`, csv);
  });

  const kindOf = (req: Request): EnquiryKind | undefined => {
    const kind = z.enum(ENQUIRY_KINDS).safeParse(req.query.kind);
    return kind.success ? kind.data : undefined;
  };

  const renderNew = async (
    req: Request,
    res: Response,
    kind: EnquiryKind,
    values: Record<string, unknown>,
    failure?: Failure,
  ) => {
    const errors = failure?.errors ?? { list: [], fields: {} };
    res.status(failure?.status ?? 200).render('records/views/enquiries/new.njk', {
      title: `Log ${KIND_WITH_ARTICLE[kind]}`,
      kind,
      member: isMember(kind) ? memberLabel(kind) : null,
      values,
      errors,
      receivedOn: dateInputItems(
        failure ? req.body : undefined,
        'receivedOn',
        failure ? null : todayInLondon(),
        Boolean(errors.fields.receivedOn),
      ),
      channelItems: [{ value: '', text: 'Choose how' }, ...itemsOf(CHANNELS, CHANNEL_LABELS)],
      roleItems: [{ value: '', text: 'Not known' }, ...itemsOf(ROLES, ROLE_LABELS)],
      circumstanceItems: [
        { value: '', text: 'Not recorded' },
        ...itemsOf(CIRCUMSTANCES, CIRCUMSTANCE_LABELS),
      ],
      teamItems: [
        { value: '', text: 'Choose a team' },
        ...(await teamItems(req.user!.organisationId)),
      ],
    });
  };

  router.get('/enquiries/new', manage, async (req, res) => {
    const kind = kindOf(req);
    if (kind) return renderNew(req, res, kind, {});
    res
      .status(req.query.kind === undefined ? 200 : 400)
      .render('records/views/enquiries/choose-kind.njk', {
        title: 'What are you logging?',
        kindItems: ENQUIRY_KINDS.map((k) => ({ value: k, text: KIND_LABELS[k] })),
        errors:
          req.query.kind === undefined
            ? { list: [], fields: {} }
            : singleError('kind', 'Choose what you are logging'),
      });
  });

  router.post('/enquiries/new', manage, async (req, res) => {
    const kind = kindOf(req);
    if (!kind) return notFound(res);
    const parsed = readForm(
      enquiryForm(kind),
      req.body,
      { receivedOn: { label: 'Date received', required: true } },
      enquiryOrder,
    );
    if (!parsed.ok)
      return renderNew(req, res, kind, req.body, { status: 400, errors: parsed.errors });
    const v = parsed.value;
    const actor = actorOf(req);
    const related = v.relatedReference
      ? await findVisibleByReference(db, actor, v.relatedReference)
      : undefined;
    if (v.relatedReference && !related) {
      return renderNew(req, res, kind, req.body, {
        status: 400,
        errors: singleError(
          'relatedReference',
          `No record you can see has the reference ${v.relatedReference}`,
        ),
      });
    }
    try {
      const logged = await logRecord(db, actor, actor.organisationId, {
        kind,
        receivedOn: v.receivedOn!,
        channel: v.channel,
        summary: v.summary,
        memberName: isMember(kind) ? v.memberName : null,
        complainant:
          v.personName || v.email || v.phone
            ? { name: v.personName, email: v.email, phone: v.phone, role: v.personRole }
            : null,
        children: v.circumstance ? [{ circumstance: v.circumstance }] : [],
        teamId: v.teamId,
        relatedRecordId: related?.id ?? null,
      });
      await flash(db, req, `${KIND_LABELS[kind]} ${logged.reference} logged`);
      res.redirect(`/enquiries/${logged.id}`);
    } catch (error) {
      return renderNew(req, res, kind, req.body, failureOf(error, 'receivedOn'));
    }
  });

  router.get('/enquiries/:id', view, async (req, res) => {
    const actor = actorOf(req);
    const loaded = await loadRecord(db, actor, String(req.params.id));
    if (!loaded || !(ENQUIRY_KINDS as readonly string[]).includes(loaded.record.kind))
      return notFound(res);
    const { record, stage } = loaded;
    const rules = await loadOrganisationRules(db, record.organisation_id);
    const base = `/enquiries/${record.id}`;
    const open = stage && !stage.ended_on;
    res.render('records/views/enquiries/show.njk', {
      title: `${KIND_LABELS[record.kind as EnquiryKind]} ${record.reference}`,
      record,
      loaded,
      kindLabel: KIND_LABELS[record.kind as EnquiryKind],
      member: isMember(record.kind) ? memberLabel(record.kind) : null,
      statusLabel: STATUS_LABELS[record.status as RecordStatus] ?? record.status,
      receivedOn: formatDate(record.received_on),
      channel: record.channel ? (CHANNEL_LABELS[record.channel as Channel] ?? record.channel) : '',
      people: loaded.people.map((p) => ({
        ...p,
        role: p.role ? (ROLE_LABELS[p.role as Role] ?? p.role) : null,
      })),
      dueOn: formatDate(stage?.due_on),
      due:
        open && record.status === 'open' && stage.due_on
          ? dueTag(rules.calendar, todayInLondon(), stage.due_on)
          : null,
      respondedOn: formatDate(stage?.responded_on),
      outcome: outcomeLabel(stage?.outcome ?? null),
      closedOn: formatDate(record.closed_on),
      summary: paragraphs(record.summary),
      links: loaded.links.map((l) => ({ ...l, href: recordHref(l.kind, l.id) })),
      learning: loaded.learning.map((a) => ({
        ...a,
        category: LEARNING_CATEGORY_LABELS[a.category as LearningCategory] ?? a.category,
        status: LEARNING_STATUS_LABELS[a.status as LearningStatus] ?? a.status,
        dueOn: formatDate(a.due_on),
      })),
      meetings: loaded.meetings.map((m) => ({ ...m, heldOn: formatDate(m.held_on) })),
      actions: await availableActions(db, actor, loaded, [
        {
          event: 'respond',
          permission: 'cases:respond',
          href: `${base}/respond`,
          text: 'Record the response',
        },
        {
          event: 'tell_member_late',
          permission: 'cases:manage',
          href: `${base}/late`,
          text: `Tell the ${isMember(record.kind) ? memberLabel(record.kind) : 'member'} the reply will be late`,
        },
        {
          event: 'allocate',
          permission: 'cases:manage',
          href: `${base}/allocate`,
          text: 'Allocate',
        },
        {
          event: 'convert_to_complaint',
          permission: 'cases:manage',
          href: `${base}/convert`,
          text: 'Convert to a formal complaint',
        },
        {
          event: 'close',
          permission: 'cases:manage',
          href: `${base}/close`,
          text: stage ? 'Close without a response' : 'Close',
        },
        {
          event: 'withdraw',
          permission: 'cases:manage',
          href: `${base}/withdraw`,
          text: 'Withdraw',
        },
        {
          event: 'add_learning',
          permission: 'cases:respond',
          href: `/cases/${record.id}/learning/new`,
          text: 'Add a learning action',
        },
        {
          event: 'add_meeting',
          permission: 'cases:respond',
          href: `/cases/${record.id}/meetings/new`,
          text: 'Record a resolution meeting',
        },
      ]),
      historyItems: historyItems(loaded.history),
    });
  });

  enquiryActionRoutes(router, db);
  return router;
}
