import type { IsoDate } from '../calendar/types.ts';
import { addDays, addMonths } from '../calendar/dates.ts';

export { formatDate, formatDateTime, formatMonth } from '../web/format-dates.ts';

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
