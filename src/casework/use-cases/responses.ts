import type { Db } from '../../db/connect.ts';
import type { Actor } from '../access.ts';
import { runCaseCommand } from '../command.ts';
import { openStage } from '../stages-repository.ts';
import { checkEventDate } from './date-rules.ts';
import { InvalidChangeError } from '../errors.ts';
import { stageDefinition } from '../domain/stage-clock.ts';
import { outcomeFromFindings, type Finding } from '../domain/findings.ts';
import {
  OMBUDSMAN_OUTCOMES,
  OMBUDSMAN_OUTCOME_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  type Outcome,
} from '../../import/codes.ts';

type Version = number | undefined;

function outcomeLabel(kind: string, outcome: string): string {
  if (kind === 'ombudsman')
    return OMBUDSMAN_OUTCOME_LABELS[outcome as keyof typeof OMBUDSMAN_OUTCOME_LABELS] ?? outcome;
  return OUTCOME_LABELS[outcome as Outcome] ?? outcome;
}

/**
 * Records the response (for stage 2 the adjudication, for stage 3 the authority's response, for an
 * Ombudsman case its decision). A stage 2 outcome follows from the findings on its points. A
 * record with no further stage closes; a complaint that could go further waits for the complainant.
 */
export function respond(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: {
    respondedOn: string;
    outcome?: string | null;
    costs?: { investigator?: number | null; panel?: number | null };
  },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'respond' },
    async ({ trx, record, stage, rules, today }) => {
      const s = stage!;
      checkEventDate(input.respondedOn, 'respondedOn', 'The response date', {
        today,
        notBefore: {
          date: s.panel_report_on ?? s.started_on,
          what: s.panel_report_on ? 'the panel report' : 'the start of the stage',
        },
      });
      let outcome = input.outcome ?? null;
      if (record.kind === 'complaint' && s.number === 2) {
        const points = await trx
          .selectFrom('complaint_points')
          .select('finding')
          .where('stage_id', '=', s.id)
          .execute();
        if (points.length > 0) {
          if (points.some((p) => p.finding === null))
            throw new InvalidChangeError(
              'Record a finding for every point before the adjudication',
              'outcome',
            );
          outcome = outcomeFromFindings(points.map((p) => p.finding as Finding));
        }
      }
      const allowed: readonly string[] =
        record.kind === 'ombudsman' ? OMBUDSMAN_OUTCOMES : OUTCOMES;
      if (
        record.kind !== 'compliment' &&
        record.kind !== 'other' &&
        (!outcome || !allowed.includes(outcome))
      ) {
        throw new InvalidChangeError('Choose the outcome', 'outcome');
      }
      const hasNext =
        record.kind === 'complaint' &&
        stageDefinition(rules.procedures, s.procedure, s.number + 1) !== undefined;
      await trx
        .updateTable('stages')
        .set({
          responded_on: input.respondedOn,
          ended_on: input.respondedOn,
          outcome,
          ...(input.costs?.investigator != null
            ? { investigator_cost: input.costs.investigator }
            : {}),
          ...(input.costs?.panel != null ? { panel_cost: input.costs.panel } : {}),
        })
        .where('id', '=', s.id)
        .execute();
      const late = s.due_on !== null && input.respondedOn > s.due_on;
      return {
        summary: `${record.kind === 'complaint' ? `Stage ${s.number} response` : record.kind === 'ombudsman' ? 'Ombudsman decision' : 'Response'} recorded on ${input.respondedOn}${outcome ? `: ${outcomeLabel(record.kind, outcome)}` : ''}${late ? ' (late)' : ''}`,
        recordChanges: hasNext
          ? { status: 'responded' }
          : { status: 'closed', closed_on: input.respondedOn },
        after: { respondedOn: input.respondedOn, outcome },
      };
    },
  );
}

/** Further concerns at the same stage: the response is reopened and counted. */
export function reopen(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { reason: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'reopen' },
    async ({ trx, stage }) => {
      const s = stage!;
      if (!input.reason.trim())
        throw new InvalidChangeError('Enter the further concerns raised', 'reason');
      await trx
        .updateTable('stages')
        .set({
          responded_on: null,
          ended_on: null,
          outcome: null,
          reopened_count: s.reopened_count + 1,
        })
        .where('id', '=', s.id)
        .execute();
      return {
        summary: `Stage ${s.number} reopened: ${input.reason}`,
        recordChanges: { status: 'open', closed_on: null },
        before: { respondedOn: s.responded_on, outcome: s.outcome },
        after: { reopened: s.reopened_count + 1 },
      };
    },
  );
}

export function escalate(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { requestedOn: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'escalate' },
    async ({ trx, record, stage, rules, today }) => {
      const s = stage!;
      checkEventDate(input.requestedOn, 'requestedOn', 'The date of the request', {
        today,
        notBefore: { date: s.responded_on!, what: `the stage ${s.number} response` },
      });
      const next = await openStage(
        trx,
        rules,
        record,
        s.procedure,
        s.number + 1,
        input.requestedOn,
      );
      return {
        summary: `Escalated to stage ${s.number + 1} at the complainant's request of ${input.requestedOn}${next.due_on ? `; due ${next.due_on}` : ''}`,
        recordChanges: { status: 'open' },
        after: { stage: s.number + 1, requestedOn: input.requestedOn, dueOn: next.due_on },
      };
    },
  );
}

/** A request for the next stage is refused only with a recorded reason. */
export function refuseEscalation(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { reason: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'refuse_escalation' },
    async ({ trx, stage }) => {
      if (!input.reason.trim())
        throw new InvalidChangeError('Enter the reason for refusing the next stage', 'reason');
      await trx
        .updateTable('stages')
        .set({ escalation_refused_reason: input.reason })
        .where('id', '=', stage!.id)
        .execute();
      return {
        summary: `Request for stage ${stage!.number + 1} refused: ${input.reason}`,
        after: { reason: input.reason },
      };
    },
  );
}

export function withdraw(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { withdrawnOn: string; reason: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'withdraw' },
    async ({ trx, record, stage, today }) => {
      checkEventDate(input.withdrawnOn, 'withdrawnOn', 'The date withdrawn', {
        today,
        notBefore: { date: record.received_on, what: 'the date received' },
      });
      if (stage && !stage.responded_on) {
        if (input.withdrawnOn < stage.started_on)
          throw new InvalidChangeError(
            `The date withdrawn must be on or after the start of stage ${stage.number} (${stage.started_on})`,
            'withdrawnOn',
          );
        await trx
          .updateTable('stages')
          .set({ ended_on: input.withdrawnOn, outcome: 'withdrawn' })
          .where('id', '=', stage.id)
          .execute();
      }
      return {
        summary: `Withdrawn on ${input.withdrawnOn}${input.reason.trim() ? `: ${input.reason}` : ''}`,
        recordChanges: {
          status: 'withdrawn',
          withdrawn_on: input.withdrawnOn,
          closed_on: input.withdrawnOn,
        },
        after: { withdrawnOn: input.withdrawnOn },
      };
    },
  );
}

/**
 * Closes a record. A stage still open needs an outcome that ends it without a response, such as
 * the complainant not responding.
 */
export function close(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { closedOn: string; outcome?: string | null },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'close' },
    async ({ trx, record, stage, today }) => {
      checkEventDate(input.closedOn, 'closedOn', 'The date closed', {
        today,
        notBefore: {
          date: stage?.responded_on ?? stage?.started_on ?? record.received_on,
          what: 'the last stage date',
        },
      });
      if (stage && !stage.responded_on) {
        if (!input.outcome || !(OUTCOMES as readonly string[]).includes(input.outcome)) {
          throw new InvalidChangeError('Choose why the stage ends without a response', 'outcome');
        }
        await trx
          .updateTable('stages')
          .set({ ended_on: input.closedOn, outcome: input.outcome })
          .where('id', '=', stage.id)
          .execute();
      }
      return {
        summary: `Closed on ${input.closedOn}`,
        recordChanges: { status: 'closed', closed_on: input.closedOn },
        after: { closedOn: input.closedOn },
      };
    },
  );
}
