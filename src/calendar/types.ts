/** A calendar date as `YYYY-MM-DD`. Dates in Heard are days, never instants. */
export type IsoDate = string;

/** An inclusive run of days, such as a suspension of the clock. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export type Nation = 'england-and-wales' | 'scotland' | 'northern-ireland';

/** Working-day arithmetic for one organisation: its nation's bank holidays plus its closure days. */
export interface Calendar {
  isWorkingDay(date: IsoDate): boolean;
  /** The Nth working day after start (start is day 0; a weekend start behaves like the Friday before). */
  addWorkingDays(start: IsoDate, n: number, suspensions?: readonly Period[]): IsoDate;
  /** Working days d with start < d ≤ end, not counting days inside a suspension. */
  workingDaysBetween(start: IsoDate, end: IsoDate, suspensions?: readonly Period[]): number;
}
