import type { Db } from '../db/connect.ts';
import type { Actor } from '../casework/access.ts';
import { runCaseCommand } from '../casework/command.ts';
import { checkEventDate } from '../casework/use-cases/date-rules.ts';
import { InvalidChangeError } from '../casework/errors.ts';

/** A resolution meeting (mediation or other alternative dispute resolution) held on a case. */
export function recordMeeting(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: number | undefined,
  input: { heldOn: string; attendees: string; result: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'add_meeting' },
    async ({ trx, record, today }) => {
      checkEventDate(input.heldOn, 'heldOn', 'The date of the meeting', {
        today,
        notBefore: { date: record.received_on, what: 'the date received' },
      });
      const attendees = input.attendees.trim();
      const result = input.result.trim();
      if (!attendees) throw new InvalidChangeError('Enter who attended', 'attendees');
      if (!result) throw new InvalidChangeError('Enter the result of the meeting', 'result');
      const meeting = await trx
        .insertInto('resolution_meetings')
        .values({
          organisation_id: record.organisation_id,
          record_id: record.id,
          held_on: input.heldOn,
          attendees,
          result,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return {
        summary: `Resolution meeting held on ${input.heldOn} with ${attendees}: ${result}`,
        after: { meetingId: meeting.id, heldOn: input.heldOn, attendees, result },
        result: meeting.id,
      };
    },
  );
}
