import type { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { todayInLondon } from '../../casework/clock.ts';
import { activeTeams, respondingManagers } from '../../casework/queries/lookups.ts';
import { allocate } from '../../casework/use-cases/people-and-stages.ts';
import { close, respond, withdraw } from '../../casework/use-cases/responses.ts';
import { OUTCOMES, OUTCOME_LABELS, type Outcome } from '../../import/codes.ts';
import { ENQUIRY_KINDS } from '../queries/record-lists.ts';
import { convertToComplaint, tellMemberLate } from '../use-cases/enquiries.ts';
import { actionRoutes } from '../web/action-route.ts';
import { itemsOf } from '../web/items.ts';
import { readForm } from '../web/read-form.ts';
import { optionalId, optionalText, requiredText } from '../web/fields.ts';

/** Outcomes that end a stage without a response (the use case accepts any outcome). */
const ENDED_WITHOUT_RESPONSE: readonly Outcome[] = [
  'non_responsive',
  'outside_remit',
  'legal_proceedings',
  'advice_given',
  'not_determined',
];

/**
 * The actions on a concern, enquiry, comment or other correspondence, each a page running one of
 * the casework use cases.
 */
export function enquiryActionRoutes(router: Router, db: Db): void {
  const teamItems = async (organisationId: string) =>
    (await activeTeams(db, organisationId)).map((t) => ({ value: t.id, text: t.name }));
  const kinds = ENQUIRY_KINDS;
  const back = (id: string) => `/enquiries/${id}`;
  const today = () => todayInLondon();

  actionRoutes(router, db, {
    path: '/enquiries/:id/respond',
    view: 'records/views/enquiries/respond.njk',
    title: 'Record the response',
    button: 'Save the response',
    permission: 'cases:respond',
    kinds,
    firstField: 'respondedOn',
    dates: () => ({ respondedOn: today() }),
    locals: async () => ({ outcomeItems: itemsOf(OUTCOMES, OUTCOME_LABELS) }),
    parse: (req) =>
      readForm(
        z.object({ outcome: z.enum(OUTCOMES, 'Choose the outcome') }),
        req.body,
        { respondedOn: { label: 'Date of the response', required: true } },
        ['respondedOn', 'outcome'],
      ),
    run: (actor, { record }, version, v) =>
      respond(db, actor, record.id, version, { respondedOn: v.respondedOn!, outcome: v.outcome }),
    done: ({ record }) => ({
      flash: `Response recorded and ${record.reference} closed`,
      redirect: back(record.id),
    }),
  });

  actionRoutes(router, db, {
    path: '/enquiries/:id/close',
    view: 'records/views/enquiries/close.njk',
    title: 'Close',
    button: 'Close',
    permission: 'cases:manage',
    kinds,
    firstField: 'closedOn',
    dates: () => ({ closedOn: today() }),
    locals: async ({ stage }) => ({
      outcomeItems:
        stage && !stage.responded_on ? itemsOf(ENDED_WITHOUT_RESPONSE, OUTCOME_LABELS) : null,
    }),
    parse: (req) =>
      readForm(
        z.object({
          outcome: z
            .enum(['', ...ENDED_WITHOUT_RESPONSE], 'Choose why it ends without a response')
            .optional()
            .transform((v) => v || null),
        }),
        req.body,
        { closedOn: { label: 'Date closed', required: true } },
        ['closedOn', 'outcome'],
      ),
    run: (actor, { record }, version, v) =>
      close(db, actor, record.id, version, { closedOn: v.closedOn!, outcome: v.outcome }),
    done: ({ record }) => ({ flash: `${record.reference} closed`, redirect: back(record.id) }),
  });

  actionRoutes(router, db, {
    path: '/enquiries/:id/allocate',
    view: 'records/views/enquiries/allocate.njk',
    title: 'Allocate',
    button: 'Save',
    permission: 'cases:manage',
    kinds,
    firstField: 'teamId',
    defaults: ({ record }) => ({
      teamId: record.team_id ?? '',
      respondingManagerId: record.responding_manager_id ?? '',
    }),
    locals: async ({ record }) => ({
      teamItems: [{ value: '', text: 'No team' }, ...(await teamItems(record.organisation_id))],
      managerItems: [
        { value: '', text: 'No responding manager' },
        ...(await respondingManagers(db, record.organisation_id)).map((m) => ({
          value: m.id,
          text: m.name,
        })),
      ],
    }),
    parse: (req) =>
      readForm(
        z.object({
          teamId: optionalId('Choose a team from the list'),
          respondingManagerId: optionalId('Choose a responding manager from the list'),
        }),
        req.body,
        {},
        ['teamId', 'respondingManagerId'],
      ),
    run: async (actor, { record }, version, v) => {
      const team = v.teamId
        ? (await activeTeams(db, record.organisation_id)).find((t) => t.id === v.teamId)
        : undefined;
      return allocate(db, actor, record.id, version, {
        teamId: v.teamId,
        serviceAreaId: team ? team.service_area_id : record.service_area_id,
        respondingManagerId: v.respondingManagerId,
      });
    },
    done: ({ record }) => ({ flash: `${record.reference} allocated`, redirect: back(record.id) }),
  });

  actionRoutes(router, db, {
    path: '/enquiries/:id/withdraw',
    view: 'records/views/enquiries/withdraw.njk',
    title: 'Withdraw',
    button: 'Withdraw',
    permission: 'cases:manage',
    kinds,
    firstField: 'withdrawnOn',
    dates: () => ({ withdrawnOn: today() }),
    parse: (req) =>
      readForm(
        z.object({ reason: optionalText(2_000, 'The reason').transform((v) => v ?? '') }),
        req.body,
        { withdrawnOn: { label: 'Date withdrawn', required: true } },
        ['withdrawnOn', 'reason'],
      ),
    run: (actor, { record }, version, v) =>
      withdraw(db, actor, record.id, version, { withdrawnOn: v.withdrawnOn!, reason: v.reason }),
    done: ({ record }) => ({ flash: `${record.reference} withdrawn`, redirect: back(record.id) }),
  });

  actionRoutes(router, db, {
    path: '/enquiries/:id/convert',
    view: 'records/views/enquiries/convert.njk',
    title: 'Convert to a formal complaint',
    button: 'Convert to a complaint',
    permission: 'cases:manage',
    kinds: ['concern', 'enquiry', 'comment'],
    firstField: 'requestedOn',
    dates: () => ({ requestedOn: today() }),
    parse: (req) =>
      readForm(
        z.object({
          reason: requiredText(2_000, 'Enter why it is becoming a formal complaint', 'The reason'),
        }),
        req.body,
        { requestedOn: { label: 'Date they asked for a formal complaint', required: true } },
        ['requestedOn', 'reason'],
      ),
    run: (actor, { record }, version, v) =>
      convertToComplaint(db, actor, record.id, version, {
        requestedOn: v.requestedOn!,
        reason: v.reason,
      }),
    done: ({ record }) => ({
      flash: `${record.reference} is now a formal complaint awaiting triage`,
      redirect: `/cases/${record.id}`,
    }),
  });

  actionRoutes(router, db, {
    path: '/enquiries/:id/late',
    view: 'records/views/enquiries/late.njk',
    title: 'Tell the member the reply will be late',
    button: 'Save',
    permission: 'cases:manage',
    kinds: ['mp_enquiry', 'councillor_enquiry'],
    firstField: 'toldOn',
    dates: () => ({ toldOn: today(), expectedOn: null }),
    parse: (req) =>
      readForm(
        z.object({ reason: requiredText(2_000, 'Enter why the reply will be late', 'The reason') }),
        req.body,
        {
          toldOn: { label: 'Date the member was told', required: true },
          expectedOn: { label: 'Date the reply is now expected' },
        },
        ['toldOn', 'expectedOn', 'reason'],
      ),
    run: (actor, { record }, version, v) =>
      tellMemberLate(db, actor, record.id, version, {
        toldOn: v.toldOn!,
        reason: v.reason,
        expectedOn: v.expectedOn ?? null,
      }),
    done: ({ record }) => ({
      flash: 'Recorded that the member was told the reply will be late',
      redirect: back(record.id),
    }),
  });
}
