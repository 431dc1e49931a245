import type { z } from 'zod';
import { formErrors, parseForm, type ParseResult } from '../../web/forms.ts';
import { readDateInput } from '../../web/date-input.ts';

export interface DateSpec {
  label: string;
  required?: boolean;
}

/**
 * Parses a form's fields with zod and its GOV.UK date inputs with `readDateInput`, reporting every
 * problem at once in the order the fields appear on the page.
 */
export function readForm<S extends z.ZodType>(
  schema: S,
  body: Record<string, unknown> | undefined,
  dates: Record<string, DateSpec>,
  order: readonly string[],
): ParseResult<z.output<S> & Record<string, string | null>> {
  const parsed = parseForm(schema, body);
  const issues: { path: PropertyKey[]; message: string }[] = parsed.ok
    ? []
    : parsed.errors.list.map((e) => ({ path: [e.href.slice(1)], message: e.text }));
  const values: Record<string, string | null> = {};
  for (const [name, spec] of Object.entries(dates)) {
    const date = readDateInput(body, name, spec.label, { required: spec.required ?? false });
    if (date.ok) values[name] = date.value;
    else issues.push({ path: [name], message: date.message });
  }
  if (issues.length > 0) {
    const position = (issue: { path: PropertyKey[] }) => {
      const index = order.indexOf(String(issue.path[0]));
      return index < 0 ? order.length : index;
    };
    return { ok: false, errors: formErrors(issues.sort((a, b) => position(a) - position(b))) };
  }
  const fields = (parsed as { value: z.output<S> }).value;
  return { ok: true, value: Object.assign({}, fields, values) };
}
