import type { IsoDate } from '../../calendar/types.ts';

/** An inclusive run of days that figures are counted over, usually a financial year. */
export interface YearRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface ReportYear extends YearRange {
  /** `2020/21` */
  readonly label: string;
}

/** The financial year starting 1 April of `yearStart`: 2020 is 2020/21. */
export function reportYear(yearStart: number): ReportYear {
  if (!Number.isInteger(yearStart) || yearStart < 1000 || yearStart > 9998) {
    throw new RangeError(`Not a year: ${yearStart}`);
  }
  const next = String((yearStart + 1) % 100).padStart(2, '0');
  return {
    label: `${yearStart}/${next}`,
    start: `${yearStart}-04-01`,
    end: `${yearStart + 1}-03-31`,
  };
}

export function inRange(date: IsoDate, range: YearRange): boolean {
  return range.start <= date && date <= range.end;
}

/** One set of figures for each financial year, given by its starting year, for tables over years. */
export function perYear<T extends object>(
  years: readonly number[],
  figures: (year: ReportYear) => T,
): (T & { readonly year: ReportYear })[] {
  return years.map((start) => {
    const year = reportYear(start);
    return { ...figures(year), year };
  });
}
