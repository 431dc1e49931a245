import type { Db } from '../db/connect.ts';
import { logRecordWithin, type LogRecordInput } from '../casework/use-cases/log-record.ts';
import { todayInLondon } from '../casework/clock.ts';
import { queueMessage } from '../notify/outbox.ts';
import {
  addressLines,
  COMPLIMENT_FROM_CODES,
  readAnswers,
  ROLE_CODES,
  UNKNOWN_TEAM,
  type Answers,
  type FeedbackKind,
} from './answers.ts';
import { acknowledgement } from './acknowledgement.ts';
import { applicableSteps, firstIncomplete, pathOf, type Journey } from './journey.ts';
import type { JourneyContext } from './steps.ts';
import { countSubmission } from './rate-limit.ts';

export type SubmitResult =
  | { status: 'sent'; reference: string; recordId: string; messageId: string | null }
  | { status: 'already_sent'; reference: string }
  | { status: 'incomplete'; path: string }
  | { status: 'no_draft' };

/**
 * Only the answers to questions that still apply: someone who chose a complaint, answered "what
 * would you like to happen", then changed to a compliment, did not send that answer.
 */
export function liveAnswers(journey: Journey, answers: Answers, context: JourneyContext): Answers {
  const live: Answers = { kind: answers.kind };
  for (const step of applicableSteps(journey, answers, context))
    Object.assign(live, step.values(answers));
  return live;
}

const CONSENT_GIVEN = { yes: true, no: false, unable: null } as const;

export function recordInput(
  journey: Journey,
  answers: Answers,
  context: JourneyContext,
  receivedOn: string,
): LogRecordInput {
  const a = liveAnswers(journey, answers, context);
  const kind = a.kind as FeedbackKind;
  const who = journey.id === 'young_people' ? 'young_person' : (a.who ?? 'other');
  const address = addressLines(a);
  const children =
    who === 'young_person'
      ? [{ name: a.name ?? null, consentGiven: true }]
      : a.childName
        ? [{ name: a.childName, consentGiven: a.consent ? CONSENT_GIVEN[a.consent] : null }]
        : [];
  return {
    kind,
    receivedOn,
    channel: 'online',
    source: 'online',
    summary: a.whatHappened ?? null,
    desiredOutcome: a.desiredOutcome ?? null,
    complainant: {
      name: a.name ?? null,
      email: a.email ?? null,
      phone: a.phone ?? null,
      address: address.length > 0 ? address.join('\n') : null,
      preferredContact: a.contactBy ?? null,
      adjustments: a.adjustments === 'yes' ? (a.adjustmentsDetail ?? null) : null,
      role: ROLE_CODES[who],
    },
    children,
    teamId: a.teamId && a.teamId !== UNKNOWN_TEAM ? a.teamId : null,
    advocate: a.advocate
      ? {
          provider: context.settings.advocacyProvider,
          offered: true,
          accepted: a.advocate === 'yes',
        }
      : null,
    complimentFrom: kind === 'compliment' ? COMPLIMENT_FROM_CODES[who] : null,
  };
}

/**
 * Sends a draft: a record in the triage queue (or an open compliment or comment), the files
 * moved to it, and the acknowledgement queued in the outbox, all in one transaction. The draft
 * is locked first and remembers its record, so sending it twice, even at once, gives the same
 * reference and one record.
 */
export async function submitFeedback(
  db: Db,
  draftId: string,
  journey: Journey,
  context: JourneyContext,
  ip: string,
): Promise<SubmitResult> {
  return db.transaction().execute(async (trx): Promise<SubmitResult> => {
    const draft = await trx
      .selectFrom('feedback_drafts')
      .select(['organisation_id', 'answers', 'record_id', 'reference'])
      .where('id', '=', draftId)
      .forUpdate()
      .executeTakeFirst();
    if (!draft) return { status: 'no_draft' };
    if (draft.record_id && draft.reference)
      return { status: 'already_sent', reference: draft.reference };
    const answers = readAnswers(draft.answers);
    const missing = firstIncomplete(journey, answers, context);
    if (missing) return { status: 'incomplete', path: pathOf(journey, missing.slug) };

    const organisationId = draft.organisation_id;
    const record = await logRecordWithin(
      trx,
      null,
      organisationId,
      recordInput(journey, answers, context, todayInLondon()),
    );
    await trx
      .updateTable('feedback_attachments')
      .set({ record_id: record.id })
      .where('draft_id', '=', draftId)
      .execute();
    const kind = answers.kind as FeedbackKind;
    const message = acknowledgement(
      journey,
      liveAnswers(journey, answers, context),
      kind,
      { ...record, organisationId },
      context,
    );
    const messageId = message ? await queueMessage(trx, message) : null;
    // The draft keeps only what the confirmation page shows; the answers now live in the record.
    await trx
      .updateTable('feedback_drafts')
      .set({ record_id: record.id, reference: record.reference, answers: JSON.stringify({ kind }) })
      .where('id', '=', draftId)
      .execute();
    await countSubmission(trx, ip);
    return { status: 'sent', reference: record.reference, recordId: record.id, messageId };
  });
}
