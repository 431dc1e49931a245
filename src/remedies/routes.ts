import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { todayInLondon } from '../casework/clock.ts';
import { RecordNotFoundError } from '../casework/errors.ts';
import { KINDS, REMEDY_STAGES, REMEDY_STAGE_LABELS, type RemedyStage } from '../import/codes.ts';
import { actionRoutes } from '../records/web/action-route.ts';
import { readForm } from '../records/web/read-form.ts';
import { optionalText, pounds, requiredText } from '../records/web/fields.ts';
import { itemsOf, paragraphs } from '../records/web/items.ts';
import { afterCaseworkHref } from '../records/paths.ts';
import { formatDate, formatMoney } from '../records/format.ts';
import {
  FINANCIAL_TYPES,
  FINANCIAL_TYPE_LABELS,
  REMEDY_KINDS,
  REMEDY_KIND_LABELS,
  type FinancialType,
  type RemedyKind,
} from './codes.ts';
import { addRemedy, markRemedyDone } from './remedies.ts';
import { recordMeeting } from './meetings.ts';

const remedyForm = z.object({
  kind: z.enum(REMEDY_KINDS, 'Choose the kind of remedy'),
  amount: pounds,
  financialType: z
    .enum(['', ...FINANCIAL_TYPES], 'Choose what the payment is for')
    .optional()
    .transform((v) => (v ? (v as FinancialType) : null)),
  stage: z.enum(REMEDY_STAGES, 'Choose the stage the remedy was agreed at'),
  description: optionalText(5_000, 'The description'),
});

/** The stages a remedy on this record can be for: the complaint's stages so far, or the Ombudsman. */
function stagesFor(kind: string, latest: number | null): RemedyStage[] {
  if (kind === 'ombudsman') return ['ombudsman'];
  return REMEDY_STAGES.filter((s) => s !== 'ombudsman' && Number(s) <= Math.max(1, latest ?? 1));
}

export function remedyRoutes(db: Db): Router {
  const router = Router();
  const today = () => todayInLondon();

  actionRoutes(router, db, {
    path: '/cases/:id/remedies/new',
    view: 'remedies/views/new.njk',
    title: 'Add a remedy',
    button: 'Save the remedy',
    permission: 'cases:respond',
    kinds: ['complaint', 'ombudsman'],
    firstField: 'kind',
    dates: () => ({ agreedOn: today(), dueOn: null, doneOn: null }),
    defaults: ({ record, stage }) => ({
      stage: record.kind === 'ombudsman' ? 'ombudsman' : String(stage?.number ?? 1),
    }),
    locals: async ({ record, stage }) => ({
      kindItems: itemsOf(REMEDY_KINDS, REMEDY_KIND_LABELS),
      financialTypeItems: itemsOf(FINANCIAL_TYPES, FINANCIAL_TYPE_LABELS),
      stageItems: itemsOf(stagesFor(record.kind, stage?.number ?? null), REMEDY_STAGE_LABELS),
    }),
    parse: (req) =>
      readForm(
        remedyForm,
        req.body,
        {
          agreedOn: { label: 'Date agreed', required: true },
          dueOn: { label: 'Due date' },
          doneOn: { label: 'Date done' },
        },
        ['kind', 'amount', 'financialType', 'stage', 'description', 'agreedOn', 'dueOn', 'doneOn'],
      ),
    run: (actor, { record }, version, v) =>
      addRemedy(db, actor, record.id, version, {
        kind: v.kind,
        stage: v.stage,
        description: v.description,
        amount: v.amount,
        financialType: v.financialType,
        agreedOn: v.agreedOn!,
        dueOn: v.dueOn ?? null,
        doneOn: v.doneOn ?? null,
      }),
    done: ({ record }, v) => ({
      flash: `${REMEDY_KIND_LABELS[v.kind]} added to ${record.reference}`,
      redirect: afterCaseworkHref(record.kind, record.id),
    }),
  });

  actionRoutes(router, db, {
    path: '/cases/:id/remedies/:remedyId/done',
    view: 'remedies/views/done.njk',
    title: 'Mark the remedy done',
    button: 'Save',
    permission: 'cases:respond',
    kinds: ['complaint', 'ombudsman'],
    firstField: 'doneOn',
    dates: () => ({ doneOn: today() }),
    locals: async ({ record }, req) => {
      const id = z.uuid().safeParse(req.params.remedyId);
      const remedy = id.success
        ? await db
            .selectFrom('remedies')
            .selectAll()
            .where('id', '=', id.data)
            .where('record_id', '=', record.id)
            .executeTakeFirst()
        : undefined;
      if (!remedy) throw new RecordNotFoundError();
      return {
        remedy: {
          kind: REMEDY_KIND_LABELS[remedy.kind as RemedyKind] ?? remedy.kind,
          stage: REMEDY_STAGE_LABELS[remedy.stage_number as RemedyStage] ?? remedy.stage_number,
          amount: formatMoney(remedy.amount),
          financialType: remedy.financial_type
            ? FINANCIAL_TYPE_LABELS[remedy.financial_type as FinancialType]
            : null,
          description: paragraphs(remedy.description),
          agreedOn: formatDate(remedy.agreed_on),
          dueOn: formatDate(remedy.due_on),
          doneOn: formatDate(remedy.done_on),
        },
      };
    },
    parse: (req) =>
      readForm(z.object({}), req.body, { doneOn: { label: 'Date done', required: true } }, [
        'doneOn',
      ]),
    run: (actor, { record }, version, v, req) =>
      markRemedyDone(db, actor, record.id, version, {
        remedyId: String(req.params.remedyId),
        doneOn: v.doneOn!,
      }),
    done: ({ record }) => ({
      flash: 'Remedy marked done',
      redirect: afterCaseworkHref(record.kind, record.id),
    }),
  });

  actionRoutes(router, db, {
    path: '/cases/:id/meetings/new',
    view: 'remedies/views/meeting.njk',
    title: 'Record a resolution meeting',
    button: 'Save the meeting',
    permission: 'cases:respond',
    kinds: KINDS.filter((k) => k !== 'compliment'),
    firstField: 'heldOn',
    dates: () => ({ heldOn: today() }),
    parse: (req) =>
      readForm(
        z.object({
          attendees: requiredText(2_000, 'Enter who attended', 'Who attended'),
          result: requiredText(5_000, 'Enter the result of the meeting', 'The result'),
        }),
        req.body,
        { heldOn: { label: 'Date of the meeting', required: true } },
        ['heldOn', 'attendees', 'result'],
      ),
    run: (actor, { record }, version, v) =>
      recordMeeting(db, actor, record.id, version, {
        heldOn: v.heldOn!,
        attendees: v.attendees,
        result: v.result,
      }),
    done: ({ record }) => ({
      flash: `Resolution meeting recorded on ${record.reference}`,
      redirect: afterCaseworkHref(record.kind, record.id),
    }),
  });

  return router;
}
