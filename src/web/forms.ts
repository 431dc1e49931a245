import type { z } from 'zod';

export interface FormErrors {
  list: { text: string; href: string }[];
  fields: Record<string, { text: string }>;
}

/** Turns failed validation into what the GOV.UK error summary and field errors need. */
export function formErrors(
  issues: readonly { path: PropertyKey[]; message: string }[],
): FormErrors {
  const errors: FormErrors = { list: [], fields: {} };
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors.fields[field]) continue;
    errors.fields[field] = { text: issue.message };
    errors.list.push({ text: issue.message, href: `#${field}` });
  }
  return errors;
}

export function singleError(field: string, message: string): FormErrors {
  return formErrors([{ path: [field], message }]);
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

export function parseForm<S extends z.ZodType>(schema: S, body: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: formErrors(result.error.issues) };
}
