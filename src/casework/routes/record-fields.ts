import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import type { FormErrors, ParseResult } from '../../web/forms.ts';
import {
  CHANNELS,
  CHANNEL_LABELS,
  CIRCUMSTANCES,
  CIRCUMSTANCE_LABELS,
  ROLES,
  ROLE_LABELS,
  isOneOf,
} from '../../import/codes.ts';
import type { ChildInput, PersonInput } from '../use-cases/log-record.ts';
import { activeThemes } from '../queries/lookups.ts';
import {
  checkbox,
  checkedValues,
  choice,
  optionalChoice,
  optionalText,
  requiredText,
  type Body,
} from './form-input.ts';
import { itemsOf } from './items.ts';

// The fields a complaint is logged with and later corrected with: who contacted us, the children,
// what happened, themes and advocacy. Shared by "Log a complaint" and "Change details".

export const PREFERRED_CONTACT = ['email', 'phone', 'letter', 'text'] as const;
export const PREFERRED_CONTACT_LABELS: Record<(typeof PREFERRED_CONTACT)[number], string> = {
  email: 'Email',
  phone: 'Phone',
  letter: 'Letter',
  text: 'Text message',
};

const optionalEmail = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() ? v.trim() : null),
  z.email('Enter an email address in the correct format, like name@example.com').nullable(),
);

export const recordFieldsSchema = z.object({
  channel: choice(CHANNELS, 'Choose how they contacted us'),
  name: optionalText('Their name', 200),
  role: optionalChoice(ROLES, 'Choose who they are from the list'),
  email: optionalEmail,
  phone: optionalText('The phone number', 50),
  address: optionalText('The address', 1000),
  preferredContact: optionalChoice(PREFERRED_CONTACT, 'Choose how they prefer to be contacted'),
  adjustments: optionalText('Reasonable adjustments', 2000),
  summary: requiredText('Enter what happened', 'What happened', 20000),
  desiredOutcome: optionalText('The outcome they want', 5000),
  themes: checkedValues,
  advocateProvider: optionalText('The advocacy provider', 200),
  advocateOffered: checkbox,
  advocateAccepted: checkbox,
  restricted: checkbox,
});
export type RecordFields = z.output<typeof recordFieldsSchema>;

/** The order the fields appear in, so the error summary lists them the same way. */
export const recordFieldOrder = [
  'ombudsmanReference',
  'relatedReference',
  'receivedOn',
  'dueOn',
  'channel',
  'teamId',
  'name',
  'role',
  'email',
  'phone',
  'address',
  'preferredContact',
  'adjustments',
  'children',
  'summary',
  'desiredOutcome',
  'themes',
  'advocateProvider',
] as const;

export function complainantOf(v: RecordFields): PersonInput {
  return {
    name: v.name,
    role: v.role,
    email: v.email,
    phone: v.phone,
    address: v.address,
    preferredContact: v.preferredContact,
    adjustments: v.adjustments,
  };
}

export const advocateOf = (v: RecordFields) => ({
  provider: v.advocateProvider,
  offered: v.advocateOffered,
  accepted: v.advocateAccepted,
});

const MAX_CHILDREN = 20;
const childText = (body: Body, key: string, max: number) => {
  const value = body[key];
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null;
};

/**
 * Children are rows `child-N-name`, `child-N-caseSystemId`, `child-N-circumstance` (and
 * `child-N-id` for one already on the record). A row left blank is no child, or removes one.
 */
export function readChildren(body: Body): ParseResult<(ChildInput & { id: string | null })[]> {
  const children: (ChildInput & { id: string | null })[] = [];
  const errors: FormErrors = { list: [], fields: {} };
  for (let i = 0; i < MAX_CHILDREN; i++) {
    const prefix = `child-${i}-`;
    if (!Object.keys(body).some((key) => key.startsWith(prefix))) break;
    const name = childText(body, `${prefix}name`, 200);
    const caseSystemId = childText(body, `${prefix}caseSystemId`, 100);
    const circumstance = childText(body, `${prefix}circumstance`, 100);
    const id = childText(body, `${prefix}id`, 36);
    if (circumstance && !isOneOf(CIRCUMSTANCES, circumstance)) {
      const text = 'Choose the child’s circumstances from the list';
      errors.fields[`${prefix}circumstance`] = { text };
      errors.list.push({ text, href: `#${prefix}circumstance` });
    }
    if (name || caseSystemId || circumstance)
      children.push({ id, name, caseSystemId, circumstance });
  }
  return errors.list.length ? { ok: false, errors } : { ok: true, value: children };
}

/** Two parts of one form read separately, as one result with both parts' errors in order. */
export function both<A, B>(a: ParseResult<A>, b: ParseResult<B>): ParseResult<[A, B]> {
  if (a.ok && b.ok) return { ok: true, value: [a.value, b.value] };
  const failed = [a, b].flatMap((p) => (p.ok ? [] : [p.errors]));
  return {
    ok: false,
    errors: {
      list: failed.flatMap((e) => e.list),
      fields: Object.assign({}, ...failed.map((e) => e.fields)),
    },
  };
}

/** The choices the shared fields offer. */
export async function recordFieldChoices(db: Db, organisationId: string) {
  const themes = await activeThemes(db, organisationId);
  return {
    channelItems: itemsOf(CHANNELS, CHANNEL_LABELS),
    roleItems: [{ value: '', text: 'Not known' }, ...itemsOf(ROLES, ROLE_LABELS)],
    circumstanceItems: [
      { value: '', text: 'Not known' },
      ...itemsOf(CIRCUMSTANCES, CIRCUMSTANCE_LABELS),
    ],
    preferredContactItems: itemsOf(PREFERRED_CONTACT, PREFERRED_CONTACT_LABELS),
    themeItems: themes.map((t) => ({ value: t.id, text: t.name })),
  };
}
