import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../casework/access.ts';
import { runCaseCommand } from '../../casework/command.ts';
import { logRecord, type LogRecordInput } from '../../casework/use-cases/log-record.ts';
import { checkEventDate } from '../../casework/use-cases/date-rules.ts';
import { InvalidChangeError } from '../../casework/errors.ts';

type Version = number | undefined;

export interface ComplimentInput {
  receivedOn: string;
  channel: string | null;
  complimentFrom: string;
  complimentSubject: string | null;
  teamId: string | null;
  words: string;
  consentToShare: boolean | null;
}

/** Logs a compliment; consent, when known, is recorded as its own change so the history shows it. */
export async function logCompliment(
  db: Db,
  actor: Actor,
  input: ComplimentInput,
): Promise<{ id: string; reference: string }> {
  const record: LogRecordInput = {
    kind: 'compliment',
    receivedOn: input.receivedOn,
    channel: input.channel,
    summary: input.words,
    teamId: input.teamId,
    complimentFrom: input.complimentFrom,
    complimentSubject: input.complimentSubject,
  };
  const logged = await logRecord(db, actor, actor.organisationId, record);
  if (input.consentToShare !== null) {
    await recordConsent(db, actor, logged.id, undefined, { consentToShare: input.consentToShare });
  }
  return logged;
}

export function recordConsent(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { consentToShare: boolean },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'edit_details' },
    async ({ record }) => {
      if (record.kind !== 'compliment')
        throw new InvalidChangeError('Consent to share applies to compliments', 'consentToShare');
      return {
        summary: input.consentToShare
          ? 'Consent given to share the compliment'
          : 'No consent to share the compliment',
        recordChanges: { consent_to_share: input.consentToShare },
        before: { consentToShare: record.consent_to_share },
        after: { consentToShare: input.consentToShare },
      };
    },
  );
}

/**
 * The version fit to publish, with the names of children, families and staff taken out. Changing
 * it after review needs a fresh review, since what was checked is no longer what would be published.
 */
export function writeAnonymisedVersion(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { text: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'edit_details' },
    async ({ record }) => {
      const text = input.text.trim();
      if (record.kind !== 'compliment')
        throw new InvalidChangeError('Only a compliment has an anonymised version', 'text');
      if (!text) throw new InvalidChangeError('Enter the anonymised version', 'text');
      const needsReview = record.anonymised_reviewed_by !== null;
      return {
        summary: `Anonymised version ${record.anonymised_text ? 'changed' : 'written'}${needsReview ? '; it needs reviewing again' : ''}`,
        recordChanges: { anonymised_text: text, anonymised_reviewed_by: null },
        before: { anonymisedText: record.anonymised_text },
        after: { anonymisedText: text },
      };
    },
  );
}

/** An officer confirms the anonymised version names no child, family member or member of staff. */
export function reviewAnonymisedVersion(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'review_compliment' },
    async ({ record }) => {
      if (!record.anonymised_text)
        throw new InvalidChangeError('Write the anonymised version before reviewing it', 'text');
      if (record.anonymised_reviewed_by)
        throw new InvalidChangeError('The anonymised version has already been reviewed', 'text');
      return {
        summary: 'Anonymised version reviewed: fit to publish',
        recordChanges: { anonymised_reviewed_by: actor.id },
        after: { reviewedBy: actor.name },
      };
    },
  );
}

/** Passing a compliment on to the praised team's manager is the end of its handling. */
export function passOnCompliment(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { passedOnOn: string; toUserId: string; message: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'close' },
    async ({ trx, record, today }) => {
      if (record.kind !== 'compliment')
        throw new InvalidChangeError('Only a compliment is passed on', 'toUserId');
      checkEventDate(input.passedOnOn, 'passedOnOn', 'The date passed on', {
        today,
        notBefore: { date: record.received_on, what: 'the date received' },
      });
      const recipient = await trx
        .selectFrom('users')
        .select('name')
        .where('id', '=', input.toUserId)
        .where('organisation_id', '=', record.organisation_id)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!recipient) throw new InvalidChangeError('Choose who to pass it on to', 'toUserId');
      const message = input.message.trim();
      if (!message) throw new InvalidChangeError('Enter the message you sent', 'message');
      return {
        summary: `Passed on to ${recipient.name} on ${input.passedOnOn}: ${message}`,
        recordChanges: {
          status: 'closed',
          closed_on: input.passedOnOn,
          passed_on_on: input.passedOnOn,
        },
        after: { passedOnOn: input.passedOnOn, to: recipient.name, message },
      };
    },
  );
}
