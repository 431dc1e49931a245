import { z } from 'zod';
import type { ComplimentFrom, Role } from '../import/codes.ts';

export const FEEDBACK_KINDS = ['complaint', 'compliment', 'comment'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const WHO = [
  'young_person',
  'parent',
  'foster_carer',
  'professional',
  'relative',
  'other',
] as const;
export type Who = (typeof WHO)[number];

export const CONTACT_METHODS = ['email', 'phone', 'letter'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const CONSENT = ['yes', 'no', 'unable'] as const;
export const YES_NO = ['yes', 'no'] as const;

/** The team question's answer when the person does not know which team it is. */
export const UNKNOWN_TEAM = 'unknown';

/**
 * What a person has answered so far, as kept in the draft between pages. Each page checks its
 * own answers; this schema only guards what is read back from the database.
 */
export const answersSchema = z.object({
  kind: z.enum(FEEDBACK_KINDS).optional(),
  who: z.enum(WHO).optional(),
  childName: z.string().nullable().optional(),
  consent: z.enum(CONSENT).optional(),
  teamId: z.string().optional(),
  whatHappened: z.string().optional(),
  desiredOutcome: z.string().optional(),
  advocate: z.enum(YES_NO).optional(),
  name: z.string().optional(),
  contactBy: z.enum(CONTACT_METHODS).optional(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  addressLine1: z.string().nullable().optional(),
  addressLine2: z.string().nullable().optional(),
  town: z.string().nullable().optional(),
  postcode: z.string().nullable().optional(),
  adjustments: z.enum(YES_NO).optional(),
  adjustmentsDetail: z.string().nullable().optional(),
  attachmentsDone: z.boolean().optional(),
});
export type Answers = z.infer<typeof answersSchema>;

export function readAnswers(stored: unknown): Answers {
  const parsed = answersSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}

/** The role codes of src/import/codes.ts for each answer to "Who are you?". */
export const ROLE_CODES: Record<Who, Role> = {
  young_person: 'child',
  parent: 'parent',
  foster_carer: 'foster_carer',
  professional: 'professional',
  relative: 'relative',
  other: 'other',
};

export const COMPLIMENT_FROM_CODES: Record<Who, ComplimentFrom> = {
  young_person: 'young_person',
  parent: 'family',
  foster_carer: 'foster_carer',
  professional: 'professional',
  relative: 'family',
  other: 'other',
};

/** The address as the lines of a letter, postcode last. */
export function addressLines(answers: Answers): string[] {
  return [answers.addressLine1, answers.addressLine2, answers.town, answers.postcode].filter(
    (line): line is string => typeof line === 'string' && line.length > 0,
  );
}
