import { z } from 'zod';
import type { Db } from '../../../db/connect.ts';
import {
  OMBUDSMAN_OUTCOMES,
  OMBUDSMAN_OUTCOME_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
} from '../../../import/codes.ts';
import { outcomeFromFindings, type Finding } from '../../domain/findings.ts';
import type { CaseState } from '../../queries/case-state.ts';
import {
  close,
  escalate,
  refuseEscalation,
  reopen,
  respond,
  withdraw,
} from '../../use-cases/responses.ts';
import {
  choice,
  notAsked,
  optionalMoney,
  optionalText,
  readForm,
  requiredText,
} from '../form-input.ts';
import { itemsOf } from '../items.ts';
import { outcomeLabel } from '../format.ts';
import { defineAction } from './action.ts';

const outcomeItems = itemsOf(OUTCOMES, OUTCOME_LABELS);
const ombudsmanOutcomeItems = itemsOf(OMBUDSMAN_OUTCOMES, OMBUDSMAN_OUTCOME_LABELS);

/**
 * What the response form asks. A stage 2 complaint with points takes its outcome from the
 * findings, so it is shown rather than asked; costs are asked at stages 2 and 3.
 */
async function responseForm(db: Db, c: CaseState) {
  const complaint = c.record.kind === 'complaint';
  const stageNumber = c.stage?.number ?? 1;
  let findings: { complete: boolean; outcome: string } | null = null;
  if (complaint && stageNumber === 2 && c.stage) {
    const points = await db
      .selectFrom('complaint_points')
      .select('finding')
      .where('stage_id', '=', c.stage.id)
      .execute();
    if (points.length > 0) {
      const found = points.map((p) => p.finding as Finding | null);
      findings = {
        complete: !found.includes(null),
        outcome: outcomeLabel('complaint', outcomeFromFindings(found)),
      };
    }
  }
  const ombudsman = c.record.kind === 'ombudsman';
  return {
    outcomeItems: ombudsman ? ombudsmanOutcomeItems : outcomeItems,
    findings,
    askOutcome: findings === null,
    investigatorCost: complaint && stageNumber === 2,
    panelCost: complaint && stageNumber === 3,
    respondedLegend: ombudsman
      ? 'When was the Ombudsman’s decision?'
      : complaint && stageNumber === 3
        ? 'When did the authority respond to the panel?'
        : complaint && stageNumber === 2
          ? 'When was the adjudication letter sent?'
          : 'When was the response sent?',
  };
}

export const respondAction = defineAction({
  slug: 'respond',
  event: 'respond',
  title: 'Record the response',
  fields: 'respond.njk',
  dateFields: ['respondedOn'],
  load: responseForm,
  read: (body, c, form) =>
    readForm(
      body,
      z.object({
        outcome: form.askOutcome
          ? choice(
              c.record.kind === 'ombudsman' ? OMBUDSMAN_OUTCOMES : OUTCOMES,
              'Choose the outcome',
            )
          : notAsked,
        investigatorCost: optionalMoney('The investigation cost'),
        panelCost: optionalMoney('The panel cost'),
      }),
      { required: { respondedOn: 'The response date' } },
    ),
  run: (db, actor, id, version, v) =>
    respond(db, actor, id, version, {
      respondedOn: v.respondedOn,
      outcome: v.outcome,
      costs: { investigator: v.investigatorCost, panel: v.panelCost },
    }),
  done: 'The response was recorded',
});

export const reopenAction = defineAction({
  slug: 'reopen',
  event: 'reopen',
  title: 'Reopen at this stage',
  fields: 'reopen.njk',
  read: (body) =>
    readForm(
      body,
      z.object({ reason: requiredText('Enter the further concerns raised', 'The concerns') }),
    ),
  run: (db, actor, id, version, v) => reopen(db, actor, id, version, v),
  done: 'The stage was reopened',
});

export const escalateAction = defineAction({
  slug: 'escalate',
  event: 'escalate',
  title: 'Escalate to the next stage',
  fields: 'escalate.njk',
  dateFields: ['requestedOn'],
  read: (body) =>
    readForm(body, z.object({}), { required: { requestedOn: 'The date of the request' } }),
  run: (db, actor, id, version, v) => escalate(db, actor, id, version, v),
  done: 'The complaint was escalated',
});

export const refuseEscalationAction = defineAction({
  slug: 'refuse-escalation',
  event: 'refuse_escalation',
  title: 'Refuse escalation',
  fields: 'refuse-escalation.njk',
  read: (body) =>
    readForm(
      body,
      z.object({
        reason: requiredText('Enter the reason for refusing the next stage', 'The reason'),
      }),
    ),
  run: (db, actor, id, version, v) => refuseEscalation(db, actor, id, version, v),
  done: 'The refusal was recorded',
});

export const withdrawAction = defineAction({
  slug: 'withdraw',
  event: 'withdraw',
  title: 'Withdraw',
  fields: 'withdraw.njk',
  dateFields: ['withdrawnOn'],
  read: (body) =>
    readForm(body, z.object({ reason: optionalText('The reason').transform((r) => r ?? '') }), {
      required: { withdrawnOn: 'The date withdrawn' },
    }),
  run: (db, actor, id, version, v) => withdraw(db, actor, id, version, v),
  done: 'The record was withdrawn',
});

export const closeAction = defineAction({
  slug: 'close',
  event: 'close',
  title: 'Close',
  fields: 'close.njk',
  dateFields: ['closedOn'],
  // A stage still open ends with the closure, so it needs an outcome other than a response.
  load: async (_db, c) => ({
    askOutcome: c.stage !== null && c.stage.responded_on === null,
    outcomeItems,
  }),
  read: (body, _c, form) =>
    readForm(
      body,
      z.object({
        outcome: form.askOutcome
          ? choice(OUTCOMES, 'Choose why the stage ends without a response')
          : notAsked,
      }),
      { required: { closedOn: 'The date closed' } },
    ),
  run: (db, actor, id, version, v) => close(db, actor, id, version, v),
  done: 'The record was closed',
});
