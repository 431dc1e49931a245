import type { NewMessage } from '../notify/outbox.ts';
import type { Journey } from './journey.ts';
import { addressLines, type Answers, type FeedbackKind } from './answers.ts';
import type { JourneyContext } from './steps.ts';

const KIND_WORDS: Record<FeedbackKind, string> = {
  complaint: 'complaint',
  compliment: 'compliment',
  comment: 'comment or suggestion',
};

/**
 * The message saying we have the form, by the way the person asked to be contacted. The Notify
 * templates (NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_EMAIL, _SMS, _LETTER) use the personalisation
 * fields ((name)), ((reference)), ((feedback_type)), ((organisation)) and ((next_steps)).
 */
export function acknowledgement(
  journey: Journey,
  answers: Answers,
  kind: FeedbackKind,
  record: { id: string; reference: string; organisationId: string },
  context: JourneyContext,
): NewMessage | null {
  const name = answers.name ?? '';
  const nextSteps = journey
    .confirmation(kind, record.reference, context)
    .sections.flatMap((s) => s.paragraphs)
    .join('\n\n');
  const personalisation = {
    name,
    reference: record.reference,
    feedback_type: KIND_WORDS[kind],
    organisation: context.organisationName,
    next_steps: nextSteps,
  };
  const base = {
    organisationId: record.organisationId,
    recordId: record.id,
    template: 'acknowledgement',
  };
  if (answers.contactBy === 'email' && answers.email)
    return { ...base, channel: 'email', recipient: answers.email, personalisation };
  if (answers.contactBy === 'phone' && answers.phone)
    return { ...base, channel: 'sms', recipient: answers.phone, personalisation };
  const lines = addressLines(answers);
  if (answers.contactBy === 'letter' && lines.length > 0) {
    const address = [name, ...lines];
    return {
      ...base,
      channel: 'letter',
      recipient: address.join(', '),
      personalisation: {
        ...personalisation,
        ...Object.fromEntries(address.map((line, i) => [`address_line_${i + 1}`, line])),
      },
    };
  }
  return null;
}
