import type { Db } from '../../db/connect.ts';
import type { Actor } from '../access.ts';
import { runCaseCommand } from '../command.ts';
import { openStage, refreshStageDeadline } from '../stages-repository.ts';
import { checkEventDate } from './date-rules.ts';
import { InvalidChangeError } from '../errors.ts';
import {
  NOT_ACCEPTED_REASON_LABELS,
  PROCEDURE_LABELS,
  KIND_LABELS,
  type NotAcceptedReason,
  type Procedure,
} from '../../import/codes.ts';

export type TriageDecision =
  | {
      decision: 'accept';
      procedure: Procedure;
      startAtStage?: 1 | 2;
      historicReason?: string | null;
      stage2RequestedOn?: string | null;
    }
  | { decision: 'convert'; kind: 'concern' | 'enquiry' | 'comment' }
  | { decision: 'not_accept'; reason: NotAcceptedReason; letterSentOn: string };

/**
 * Triage decides what a new complaint is: accepted under a procedure (opening stage 1, or stage 2
 * for a historic complaint, with the reason), treated as a concern or enquiry (the record changes
 * kind and keeps its history), or not accepted with a reason and the date the letter went.
 */
export function triage(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: number | undefined,
  input: TriageDecision,
  today?: string,
) {
  const event =
    input.decision === 'accept'
      ? 'triage_accept'
      : input.decision === 'convert'
        ? 'triage_convert'
        : 'triage_not_accept';
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event, today },
    async ({ trx, record, rules, today }) => {
      if (input.decision === 'not_accept') {
        checkEventDate(input.letterSentOn, 'letterSentOn', 'The date the letter was sent', {
          today,
          notBefore: { date: record.received_on, what: 'the date received' },
        });
        return {
          summary: `Not accepted: ${NOT_ACCEPTED_REASON_LABELS[input.reason]}; letter sent ${input.letterSentOn}`,
          recordChanges: {
            status: 'not_accepted',
            not_accepted_reason: input.reason,
            not_accepted_letter_on: input.letterSentOn,
            closed_on: input.letterSentOn,
          },
          after: { notAcceptedReason: input.reason, letterSentOn: input.letterSentOn },
        };
      }
      if (input.decision === 'convert') {
        await openStage(trx, rules, record, input.kind, 1, record.received_on);
        return {
          summary: `Treated as a ${KIND_LABELS[input.kind].toLowerCase()} instead of a complaint`,
          recordChanges: { kind: input.kind, status: 'open' },
          before: { kind: 'complaint' },
          after: { kind: input.kind },
        };
      }
      const startAt = input.startAtStage ?? 1;
      if (startAt === 2) {
        if (!input.historicReason?.trim()) {
          throw new InvalidChangeError(
            'Enter why this complaint starts at stage 2',
            'historicReason',
          );
        }
        const requestedOn = input.stage2RequestedOn ?? record.received_on;
        checkEventDate(requestedOn, 'stage2RequestedOn', 'The date stage 2 was requested', {
          today,
          notBefore: { date: record.received_on, what: 'the date received' },
        });
        await openStage(trx, rules, record, input.procedure, 2, requestedOn);
      } else {
        await openStage(trx, rules, record, input.procedure, 1, record.received_on);
      }
      return {
        summary: `Accepted under the ${PROCEDURE_LABELS[input.procedure].toLowerCase()} procedure${startAt === 2 ? `, starting at stage 2: ${input.historicReason}` : ''}`,
        recordChanges: {
          procedure: input.procedure,
          status: 'open',
          historic_reason: startAt === 2 ? (input.historicReason ?? null) : null,
        },
        after: { procedure: input.procedure, startAtStage: startAt },
      };
    },
  );
}

/** A complaint moves between the statutory and corporate procedures only with a recorded reason. */
export function changeProcedure(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: number | undefined,
  input: { procedure: Procedure; reason: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'change_procedure' },
    async ({ trx, record, stage, rules }) => {
      if (!input.reason.trim())
        throw new InvalidChangeError('Enter the reason for changing procedure', 'reason');
      if (record.procedure === input.procedure) {
        throw new InvalidChangeError(
          `This complaint is already under the ${PROCEDURE_LABELS[input.procedure].toLowerCase()} procedure`,
          'procedure',
        );
      }
      if (stage) {
        await trx
          .updateTable('stages')
          .set({ procedure: input.procedure })
          .where('id', '=', stage.id)
          .execute();
        if (!stage.responded_on)
          await refreshStageDeadline(trx, rules, { ...stage, procedure: input.procedure });
      }
      return {
        summary: `Moved to the ${PROCEDURE_LABELS[input.procedure].toLowerCase()} procedure: ${input.reason}`,
        recordChanges: { procedure: input.procedure, procedure_change_reason: input.reason },
        before: { procedure: record.procedure },
        after: { procedure: input.procedure, reason: input.reason },
      };
    },
  );
}
