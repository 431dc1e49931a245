import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../casework/access.ts';
import { runCaseCommand } from '../../casework/command.ts';
import { checkEventDate } from '../../casework/use-cases/date-rules.ts';
import { InvalidChangeError } from '../../casework/errors.ts';
import { KIND_LABELS, type Kind } from '../../import/codes.ts';

type Version = number | undefined;

/**
 * A concern (or enquiry, or comment) the person wants taken further becomes a formal complaint
 * awaiting triage, keeping its reference and history. Its local-resolution stage ends here: what it
 * was is kept in the history, and the stage itself gives way, because the complaint's own stage 1
 * opens at triage and the reports must not count local resolution as a complaint stage. The
 * complaint is received on the day the person asked for it, which is when its clock starts.
 */
export function convertToComplaint(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { requestedOn: string; reason: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'convert_to_complaint' },
    async ({ trx, record, stage, today }) => {
      const s = stage!;
      checkEventDate(
        input.requestedOn,
        'requestedOn',
        'The date they asked for a formal complaint',
        {
          today,
          notBefore: { date: record.received_on, what: 'the date received' },
        },
      );
      const reason = input.reason.trim();
      if (!reason)
        throw new InvalidChangeError('Enter why it is becoming a formal complaint', 'reason');
      await trx.deleteFrom('stages').where('id', '=', s.id).execute();
      const was = KIND_LABELS[record.kind as Kind].toLowerCase();
      return {
        summary: `Converted from a ${was} (received ${record.received_on}) to a formal complaint asked for on ${input.requestedOn}: ${reason}`,
        recordChanges: {
          kind: 'complaint',
          status: 'triage',
          received_on: input.requestedOn,
          procedure: null,
        },
        before: {
          kind: record.kind,
          receivedOn: record.received_on,
          stage: { startedOn: s.started_on, dueOn: s.due_on, procedure: s.procedure },
        },
        after: { kind: 'complaint', receivedOn: input.requestedOn, reason },
      };
    },
  );
}

/** An MP or councillor is told when a reply will miss its date; the due date itself stands. */
export function tellMemberLate(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { toldOn: string; reason: string; expectedOn: string | null },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'tell_member_late' },
    async ({ record, stage, today }) => {
      checkEventDate(input.toldOn, 'toldOn', 'The date the member was told', {
        today,
        notBefore: { date: record.received_on, what: 'the date received' },
      });
      const reason = input.reason.trim();
      if (!reason) throw new InvalidChangeError('Enter why the reply will be late', 'reason');
      if (input.expectedOn && input.expectedOn < input.toldOn)
        throw new InvalidChangeError(
          'The date the reply is expected must be on or after the date the member was told',
          'expectedOn',
        );
      const member = record.member_name ? ` (${record.member_name})` : '';
      return {
        summary: `Told the member${member} on ${input.toldOn} that the reply will be late: ${reason}${input.expectedOn ? `; reply expected by ${input.expectedOn}` : ''}`,
        after: {
          toldOn: input.toldOn,
          reason,
          expectedOn: input.expectedOn,
          dueOn: stage?.due_on ?? null,
        },
      };
    },
  );
}
