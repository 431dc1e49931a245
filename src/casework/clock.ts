import type { IsoDate } from '../calendar/types.ts';

/**
 * Today in England, as a date. Deadlines are dates, so "today" must be the council's day, not
 * the server's: at 00:30 in British Summer Time the UTC date is still yesterday.
 */
export function todayInLondon(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
