import { z } from 'zod';
import { readDateInput } from '../../web/date-input.ts';
import type { FormErrors, ParseResult } from '../../web/forms.ts';

export type Body = Record<string, unknown>;

/** Where an error links to: a date input's first box, otherwise the field itself. */
function errorHref(field: string, dateFields: readonly string[] = []): string {
  return dateFields.includes(field) ? `#${field}-day` : `#${field}`;
}

export function fieldError(field: string, text: string, dateFields: readonly string[] = []) {
  return { list: [{ text, href: errorHref(field, dateFields) }], fields: { [field]: { text } } };
}

interface DateSpecs<R extends string, O extends string> {
  required?: Record<R, string>;
  optional?: Record<O, string>;
}

/**
 * Reads a form with zod for its plain fields and the GOV.UK date inputs beside them, giving one
 * error list in the order the fields appear on the page (`order`; by default dates first, as most
 * forms here start with a date).
 */
export function readForm<S extends z.ZodType, R extends string = never, O extends string = never>(
  body: unknown,
  schema: S,
  dates: DateSpecs<R, O> = {},
  order: readonly string[] = [],
): ParseResult<z.output<S> & Record<R, string> & Record<O, string | null>> {
  const fields = (body ?? {}) as Body;
  const found: { field: string; text: string; href: string }[] = [];
  const values: Record<string, string | null> = {};
  const specs: [string, string, boolean][] = [
    ...Object.entries<string>(dates.required ?? ({} as Record<R, string>)).map(
      ([name, label]): [string, string, boolean] => [name, label, true],
    ),
    ...Object.entries<string>(dates.optional ?? ({} as Record<O, string>)).map(
      ([name, label]): [string, string, boolean] => [name, label, false],
    ),
  ];
  for (const [name, label, required] of specs) {
    const date = readDateInput(fields, name, label, { required });
    if (date.ok) values[name] = date.value;
    else found.push({ field: name, text: date.message, href: `#${name}-day` });
  }
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      found.push({ field, text: issue.message, href: `#${field}` });
    }
  }
  if (found.length === 0) {
    return {
      ok: true,
      value: { ...(parsed.data as object), ...values } as z.output<S> &
        Record<R, string> &
        Record<O, string | null>,
    };
  }
  const position = (field: string) => {
    const index = order.indexOf(field);
    return index === -1 ? order.length : index;
  };
  found.sort((a, b) => position(a.field) - position(b.field));
  const errors: FormErrors = { list: [], fields: {} };
  for (const error of found) {
    if (errors.fields[error.field]) continue;
    errors.fields[error.field] = { text: error.text };
    errors.list.push({ text: error.text, href: error.href });
  }
  return { ok: false, errors };
}

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/** Optional free text: blank is null. */
export const optionalText = (label: string, max = 5000) =>
  z.preprocess(
    (v) => (trimmed(v) === '' || v === undefined ? null : trimmed(v)),
    z.string().max(max, `${label} must be ${max} characters or fewer`).nullable(),
  );

export const requiredText = (message: string, label: string, max = 5000) =>
  z.preprocess(
    (v) => trimmed(v) ?? '',
    z.string(message).min(1, message).max(max, `${label} must be ${max} characters or fewer`),
  );

/** One of a list of codes, from radios or a select. */
export const choice = <T extends string>(codes: readonly [T, ...T[]], message: string) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(codes, message));

export const optionalChoice = <T extends string>(codes: readonly [T, ...T[]], message: string) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), z.enum(codes, message).nullable());

/** A ticked checkbox sends its value; an unticked one sends nothing. */
export const checkbox = z.preprocess((v) => v !== undefined && v !== '', z.boolean());

/** Several checkboxes with the same name: none, one (a string) or many (an array). */
export const checkedValues = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string()),
);

export const optionalId = (message: string) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid(message).nullable());

/** An amount of money such as "1,250.50" or "£900"; blank is null. */
export const optionalMoney = (label: string) =>
  z.preprocess(
    (v) => {
      const text = typeof v === 'string' ? v.replace(/[£,\s]/g, '') : '';
      return text === '' ? null : text;
    },
    z
      .string()
      .regex(/^\d{1,9}(\.\d{1,2})?$/, `${label} must be an amount in pounds, like 1250.50`)
      .transform(Number)
      .nullable(),
  );

/** The version of the record the form was opened at. */
export const versionField = z.object({ version: z.coerce.number().int().positive() });

/** A field this form does not ask for in this case: whatever is sent, it reads as null. */
export const notAsked = z
  .unknown()
  .optional()
  .transform(() => null);
