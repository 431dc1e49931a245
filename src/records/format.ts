import type { IsoDate } from '../calendar/types.ts';
import { addDays, addMonths } from '../calendar/dates.ts';

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

const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** When something happened, in London time: `1 May 2024, 3:05 pm`. */
export function formatDateTime(at: Date): string {
  return london.format(at);
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

export function formatMoney(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '' : pounds.format(amount);
}

/** The months from `latest` back, newest first, as `YYYY-MM`, for month filters. */
export function recentMonths(latest: IsoDate, count: number): string[] {
  const year = Number(latest.slice(0, 4));
  const month = Number(latest.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + month - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** The last day of a `YYYY-MM` month. */
export function monthEnd(month: string): IsoDate {
  return addDays(addMonths(`${month}-01`, 1), -1);
}
