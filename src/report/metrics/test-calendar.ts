import type { Calendar, IsoDate, Period } from '../../calendar/types.ts';

// A deliberately plain calendar for the metrics tests, independent of src/calendar: Monday to
// Friday minus the given holidays, counted one day at a time in UTC.

export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, (day ?? NaN) + days))
    .toISOString()
    .slice(0, 10);
}

function dayOfWeek(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function suspended(date: IsoDate, suspensions: readonly Period[]): boolean {
  return suspensions.some(({ from, to }) => from <= date && date <= to);
}

export function createTestCalendar(holidays: readonly IsoDate[]): Calendar {
  const closed = new Set(holidays);
  const isWorkingDay = (date: IsoDate) => {
    const weekday = dayOfWeek(date);
    return weekday !== 0 && weekday !== 6 && !closed.has(date);
  };
  const counts = (date: IsoDate, suspensions: readonly Period[]) =>
    isWorkingDay(date) && !suspended(date, suspensions);
  return {
    isWorkingDay,
    addWorkingDays(start, n, suspensions = []) {
      let date = start;
      for (let counted = 0; counted < n;) {
        date = addDays(date, 1);
        if (counts(date, suspensions)) counted += 1;
      }
      return date;
    },
    workingDaysBetween(start, end, suspensions = []) {
      let n = 0;
      for (let date = addDays(start, 1); date <= end; date = addDays(date, 1)) {
        if (counts(date, suspensions)) n += 1;
      }
      return n;
    },
  };
}

/** England and Wales bank holidays for the years the reference reports cover. */
export const ENGLAND_AND_WALES_HOLIDAYS: readonly IsoDate[] = [
  ...['2014-01-01', '2014-04-18', '2014-04-21', '2014-05-05', '2014-05-26', '2014-08-25'],
  ...['2014-12-25', '2014-12-26'],
  ...['2015-01-01', '2015-04-03', '2015-04-06', '2015-05-04', '2015-05-25', '2015-08-31'],
  ...['2015-12-25', '2015-12-28'],
  ...['2016-01-01', '2016-03-25', '2016-03-28', '2016-05-02', '2016-05-30', '2016-08-29'],
  ...['2016-12-26', '2016-12-27'],
  ...['2017-01-02', '2017-04-14', '2017-04-17', '2017-05-01', '2017-05-29', '2017-08-28'],
  ...['2017-12-25', '2017-12-26'],
  ...['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27'],
  ...['2018-12-25', '2018-12-26'],
  ...['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26'],
  ...['2019-12-25', '2019-12-26'],
  ...['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31'],
  ...['2020-12-25', '2020-12-28'],
  ...['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30'],
  ...['2021-12-27', '2021-12-28'],
  ...['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03'],
  ...['2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
  ...['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29'],
  ...['2023-08-28', '2023-12-25', '2023-12-26'],
  ...['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26'],
  ...['2024-12-25', '2024-12-26'],
];

export const testCalendar = createTestCalendar(ENGLAND_AND_WALES_HOLIDAYS);
