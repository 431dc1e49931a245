import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { requirePermission } from '../../auth/guards.ts';
import { flash } from '../../auth/session-middleware.ts';
import { can } from '../../auth/roles.ts';
import { todayInLondon } from '../../casework/clock.ts';
import { activeTeams } from '../../casework/queries/lookups.ts';
import { isValidIsoDate } from '../../calendar/dates.ts';
import {
  CHANNELS,
  CHANNEL_LABELS,
  COMPLIMENT_FROM,
  COMPLIMENT_FROM_LABELS,
  type Channel,
  type ComplimentFrom,
} from '../../import/codes.ts';
import { dateInputItems } from '../../web/date-input.ts';
import type { FormErrors } from '../../web/forms.ts';
import { financialYear } from '../../tracker/periods.ts';
import { listCompliments, type ComplimentFilters } from '../queries/record-lists.ts';
import { loadRecord, publishableCompliments } from '../queries/record-page.ts';
import { logCompliment } from '../use-cases/compliments.ts';
import { sendCsv, toCsv } from '../csv.ts';
import { formatDate, formatMonth, recentMonths } from '../format.ts';
import { actorOf, failureOf, notFound, type Failure } from '../web/action-route.ts';
import { complimentActionRoutes } from './compliment-actions.ts';
import { availableActions } from '../web/available-actions.ts';
import { historyItems } from '../web/history-items.ts';
import { filterItems, itemsOf, paragraphs } from '../web/items.ts';
import { filterQuery, pageRequested, paginationFor } from '../web/pagination.ts';
import { readForm } from '../web/read-form.ts';
import { monthFilter, optionalId, optionalText, requiredText } from '../web/fields.ts';

const fromLabel = (code: string | null) =>
  code ? (COMPLIMENT_FROM_LABELS[code as ComplimentFrom] ?? code) : 'Not recorded';

const consentLabel = (consent: boolean | null) =>
  consent === null ? 'Not asked yet' : consent ? 'Yes' : 'No';

/** Where a compliment stands on the way to being published. */
function publication(row: {
  anonymised_text: string | null;
  anonymised_reviewed_by: string | null;
  consent_to_share: boolean | null;
}) {
  if (!row.anonymised_text) return { text: 'Not anonymised', classes: 'govuk-tag--grey' };
  if (!row.anonymised_reviewed_by) return { text: 'Needs review', classes: 'govuk-tag--yellow' };
  if (row.consent_to_share !== true) return { text: 'No consent', classes: 'govuk-tag--grey' };
  return { text: 'Ready to publish', classes: 'govuk-tag--green' };
}

const filterSchema = z.object({
  teamId: z.uuid().optional().catch(undefined),
  from: z.enum(COMPLIMENT_FROM).optional().catch(undefined),
  month: monthFilter,
  consent: z.enum(['yes', 'no', 'unknown']).optional().catch(undefined),
});

const complimentForm = z
  .object({
    channel: z.enum(CHANNELS, 'Choose how the compliment was received'),
    complimentFrom: z.enum(COMPLIMENT_FROM, 'Choose who the compliment is from'),
    teamId: optionalId('Choose a team from the list'),
    complimentSubject: optionalText(200, 'Who it praises'),
    words: requiredText(20_000, 'Enter what they said', 'What they said'),
    consent: z.enum(['yes', 'no', 'unknown'], 'Choose whether they agreed to it being shared'),
  })
  .refine((v) => v.teamId !== null || v.complimentSubject !== null, {
    path: ['complimentSubject'],
    message: 'Choose the team or enter who the compliment praises',
  });
const complimentOrder = [
  'receivedOn',
  'channel',
  'complimentFrom',
  'teamId',
  'complimentSubject',
  'words',
  'consent',
];

const CSV_HEADER = [
  'Reference',
  'Date received',
  'How received',
  'From',
  'Praises',
  'Team',
  'What they said',
  'Consent to share',
  'Anonymised version',
  'Reviewed',
  'Passed on',
];

export function complimentRoutes(db: Db): Router {
  const router = Router();
  const view = requirePermission(db, 'cases:view');
  const manage = requirePermission(db, 'cases:manage');

  const teamItems = async (req: Request) =>
    (await activeTeams(db, req.user!.organisationId)).map((t) => ({ value: t.id, text: t.name }));

  router.get('/compliments', view, async (req, res) => {
    const filters: ComplimentFilters = filterSchema.parse(req.query);
    const { page, limit, offset } = pageRequested(req);
    const { rows, total } = await listCompliments(db, actorOf(req), filters, { limit, offset });
    res.render('records/views/compliments/list.njk', {
      title: 'Compliments',
      total,
      rows: rows.map((r) => ({
        ...r,
        receivedOn: formatDate(r.received_on),
        from: fromLabel(r.compliment_from),
        consent: consentLabel(r.consent_to_share),
        publication: publication(r),
        passedOn: formatDate(r.passed_on_on),
      })),
      filters: {
        team: filterItems(await teamItems(req), 'Any team', filters.teamId),
        from: filterItems(itemsOf(COMPLIMENT_FROM, COMPLIMENT_FROM_LABELS), 'Anyone', filters.from),
        month: filterItems(
          recentMonths(todayInLondon(), 24).map((m) => ({ value: m, text: formatMonth(m) })),
          'Any month',
          filters.month,
        ),
        consent: filterItems(
          [
            { value: 'yes', text: 'Consent given' },
            { value: 'no', text: 'No consent' },
            { value: 'unknown', text: 'Not asked yet' },
          ],
          'Any',
          filters.consent,
        ),
      },
      canLog: can(req.user!.role, 'cases:manage'),
      pagination: paginationFor(req, page, total),
      downloadHref: `/compliments/download${filterQuery(req)}`,
    });
  });

  router.get('/compliments/download', view, async (req, res) => {
    const { rows } = await listCompliments(db, actorOf(req), filterSchema.parse(req.query), 'all');
    const csv = toCsv(
      CSV_HEADER,
      rows.map((r) => [
        r.reference,
        r.received_on,
        r.channel ? (CHANNEL_LABELS[r.channel as Channel] ?? r.channel) : null,
        fromLabel(r.compliment_from),
        r.compliment_subject,
        r.team_name,
        r.summary,
        consentLabel(r.consent_to_share),
        r.anonymised_text,
        r.anonymised_reviewed_by !== null,
        r.passed_on_on,
      ]),
    );
    sendCsv(res, `compliments-${todayInLondon()}.csv`, csv);
  });

  const renderNew = async (
    req: Request,
    res: Response,
    values: Record<string, unknown>,
    failure?: Failure,
  ) => {
    const errors: FormErrors = failure?.errors ?? { list: [], fields: {} };
    res.status(failure?.status ?? 200).render('records/views/compliments/new.njk', {
      title: 'Log a compliment',
      values,
      errors,
      receivedOn: dateInputItems(
        failure ? req.body : undefined,
        'receivedOn',
        failure ? null : todayInLondon(),
        Boolean(errors.fields.receivedOn),
      ),
      channelItems: itemsOf(CHANNELS, CHANNEL_LABELS),
      fromItems: itemsOf(COMPLIMENT_FROM, COMPLIMENT_FROM_LABELS),
      teamItems: [{ value: '', text: 'Choose a team' }, ...(await teamItems(req))],
    });
  };

  router.get('/compliments/new', manage, (req, res) => renderNew(req, res, {}));

  router.post('/compliments/new', manage, async (req, res) => {
    const parsed = readForm(
      complimentForm,
      req.body,
      { receivedOn: { label: 'Date received', required: true } },
      complimentOrder,
    );
    if (!parsed.ok) return renderNew(req, res, req.body, { status: 400, errors: parsed.errors });
    const v = parsed.value;
    try {
      const logged = await logCompliment(db, actorOf(req), {
        receivedOn: v.receivedOn!,
        channel: v.channel,
        complimentFrom: v.complimentFrom,
        complimentSubject: v.complimentSubject,
        teamId: v.teamId,
        words: v.words,
        consentToShare: v.consent === 'unknown' ? null : v.consent === 'yes',
      });
      await flash(db, req, `Compliment ${logged.reference} logged`);
      res.redirect(`/compliments/${logged.id}`);
    } catch (error) {
      return renderNew(req, res, req.body, failureOf(error, 'receivedOn'));
    }
  });

  router.get('/compliments/publication', view, async (req, res) => {
    const today = todayInLondon();
    const from = typeof req.query.from === 'string' ? req.query.from : financialYear(today).start;
    const to = typeof req.query.to === 'string' ? req.query.to : today;
    const errors: FormErrors = { list: [], fields: {} };
    for (const [field, value, label] of [
      ['from', from, 'From'],
      ['to', to, 'To'],
    ] as const) {
      if (!isValidIsoDate(value)) {
        errors.fields[field] = { text: `${label} must be a real date, like 2024-04-01` };
        errors.list.push({ text: errors.fields[field].text, href: `#${field}` });
      }
    }
    if (!errors.list.length && from > to) {
      errors.fields.to = { text: 'To must be on or after from' };
      errors.list.push({ text: errors.fields.to.text, href: '#to' });
    }
    const rows = errors.list.length ? [] : await publishableCompliments(db, actorOf(req), from, to);
    res.status(errors.list.length ? 400 : 200).render('records/views/compliments/publication.njk', {
      title: 'Compliments for publication',
      errors,
      from,
      to,
      period: errors.list.length ? '' : `${formatDate(from)} to ${formatDate(to)}`,
      compliments: rows.map((r) => ({
        said: `${fromLabel(r.compliment_from)} said of ${r.compliment_subject ?? r.team_name ?? 'our service'}`,
        team: r.team_name,
        paragraphs: paragraphs(r.anonymised_text),
      })),
    });
  });

  router.get('/compliments/:id', view, async (req, res) => {
    const actor = actorOf(req);
    const loaded = await loadRecord(db, actor, String(req.params.id));
    if (!loaded || loaded.record.kind !== 'compliment') return notFound(res);
    const { record } = loaded;
    const base = `/compliments/${record.id}`;
    res.render('records/views/compliments/show.njk', {
      title: `Compliment ${record.reference}`,
      record,
      receivedOn: formatDate(record.received_on),
      channel: record.channel ? (CHANNEL_LABELS[record.channel as Channel] ?? record.channel) : '',
      from: fromLabel(record.compliment_from),
      consent: consentLabel(record.consent_to_share),
      words: paragraphs(record.summary),
      anonymised: paragraphs(record.anonymised_text),
      publication: publication(record),
      passedOn: formatDate(record.passed_on_on),
      actions: await availableActions(db, actor, loaded, [
        {
          event: 'edit_details',
          permission: 'cases:manage',
          href: `${base}/anonymise`,
          text: record.anonymised_text
            ? 'Change the anonymised version'
            : 'Write the anonymised version',
        },
        ...(record.anonymised_text && !record.anonymised_reviewed_by
          ? [
              {
                event: 'review_compliment' as const,
                permission: 'cases:manage' as const,
                href: `${base}/review`,
                text: 'Review the anonymised version',
              },
            ]
          : []),
        {
          event: 'edit_details',
          permission: 'cases:manage',
          href: `${base}/consent`,
          text: 'Record consent to share',
        },
        {
          event: 'close',
          permission: 'cases:manage',
          href: `${base}/pass-on`,
          text: 'Pass on to the team’s manager',
        },
      ]),
      historyItems: historyItems(loaded.history),
    });
  });

  complimentActionRoutes(router, db);
  return router;
}
