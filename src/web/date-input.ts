import { isValidIsoDate } from '../calendar/dates.ts';

export type DateField = { ok: true; value: string | null } | { ok: false; message: string };

/**
 * Reads a GOV.UK date input (`name-day`, `name-month`, `name-year`) and words its errors as the
 * design system does: "Date received must include a month", "… must be a real date".
 */
export function readDateInput(
  body: Record<string, unknown> | undefined,
  name: string,
  label: string,
  options: { required?: boolean } = {},
): DateField {
  const part = (p: string) => {
    const v = body?.[`${name}-${p}`];
    return typeof v === 'string' ? v.trim() : '';
  };
  const day = part('day');
  const month = part('month');
  const year = part('year');
  if (!day && !month && !year) {
    return options.required
      ? { ok: false, message: `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}` }
      : { ok: true, value: null };
  }
  const missing = [!day && 'a day', !month && 'a month', !year && 'a year'].filter(Boolean);
  if (missing.length)
    return { ok: false, message: `${label} must include ${missing.join(' and ')}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { ok: false, message: `${label} must be a real date` };
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isValidIsoDate(iso)) return { ok: false, message: `${label} must be a real date` };
  return { ok: true, value: iso };
}

/** The values a GOV.UK date input macro needs to show a date again (after an error, or to edit). */
export function dateInputItems(
  body: Record<string, unknown> | undefined,
  name: string,
  iso?: string | null,
  hasError = false,
) {
  const fromIso = iso
    ? {
        day: String(Number(iso.slice(8, 10))),
        month: String(Number(iso.slice(5, 7))),
        year: iso.slice(0, 4),
      }
    : undefined;
  const value = (p: 'day' | 'month' | 'year') => {
    const typed = body?.[`${name}-${p}`];
    return typeof typed === 'string' ? typed : (fromIso?.[p] ?? '');
  };
  const classes = (width: number) =>
    `govuk-input--width-${width}${hasError ? ' govuk-input--error' : ''}`;
  return [
    { name: 'day', label: 'Day', value: value('day'), classes: classes(2) },
    { name: 'month', label: 'Month', value: value('month'), classes: classes(2) },
    { name: 'year', label: 'Year', value: value('year'), classes: classes(4) },
  ];
}
