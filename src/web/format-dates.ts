import type { IsoDate } from '../calendar/types.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2024-05-01` as the GOV.UK style writes dates: `1 May 2024`. Read from the string, never a Date. */
export function formatDate(date: IsoDate | null | undefined): string {
  if (!date) return '';
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

/** `2024-05` as `May 2024`. */
export function formatMonth(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** "5 March 2025 at 2:03pm", in England's time, as the GOV.UK style writes times. */
export function formatDateTime(at: Date | string): string {
  const parts = Object.fromEntries(
    dateTime.formatToParts(new Date(at)).map((p) => [p.type, p.value]),
  );
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${(parts.dayPeriod ?? '').toLowerCase()}`;
}
