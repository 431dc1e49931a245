import type { IsoDate } from '../calendar/types.ts';
import { addDays, addMonths } from '../calendar/dates.ts';

export interface Period {
  start: IsoDate;
  end: IsoDate;
  label: string;
}

const MONTHS = ['April', 'July', 'October', 'January'] as const;
const ENDS = ['June', 'September', 'December', 'March'] as const;

/** The financial year (1 April to 31 March) that `today` falls in: 2024-05-01 is in 2024/25. */
export function financialYear(today: IsoDate): Period {
  const year = Number(today.slice(0, 4));
  const start = Number(today.slice(5, 7)) >= 4 ? year : year - 1;
  return {
    start: `${start}-04-01`,
    end: `${start + 1}-03-31`,
    label: `${start}/${String((start + 1) % 100).padStart(2, '0')}`,
  };
}

/** The quarter of the financial year that `today` falls in: quarter 1 is April to June. */
export function financialQuarter(today: IsoDate): Period {
  const year = financialYear(today);
  const month = Number(today.slice(5, 7));
  const index = Math.floor(((month + 8) % 12) / 3);
  const start = addMonths(year.start, index * 3);
  return {
    start,
    end: addDays(addMonths(start, 3), -1),
    label: `Quarter ${index + 1} of ${year.label} (${MONTHS[index]} to ${ENDS[index]} ${addMonths(start, 2).slice(0, 4)})`,
  };
}
