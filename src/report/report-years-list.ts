import { sql } from 'kysely';
import type { DbOrTrx } from '../db/connect.ts';
import type { IsoDate } from '../calendar/types.ts';
import { reportYear, type ReportYear } from './metrics/year.ts';
import { financialYearOf } from './report-data.ts';

/** The financial years an organisation has records in, newest first, with how many each has. */
export async function yearsWithRecords(
  db: DbOrTrx,
  organisationId: string,
): Promise<{ year: ReportYear; received: number }[]> {
  // A date three months earlier falls in the calendar year the financial year starts in.
  const yearStart = sql<number>`cast(extract(year from received_on - interval '3 months') as integer)`;
  const rows = await db
    .selectFrom('records')
    .select([yearStart.as('year_start'), (eb) => eb.fn.countAll<number>().as('received')])
    .where('organisation_id', '=', organisationId)
    .groupBy(yearStart)
    .orderBy(yearStart, 'desc')
    .execute();
  return rows.map((row) => ({ year: reportYear(row.year_start), received: Number(row.received) }));
}

export type YearParse = { ok: true; yearStart: number } | { ok: false; message: string };

/**
 * A year as people give it, the year the financial year starts: 2020 is 2020/21. A year that has
 * not started yet has no report.
 */
export function parseYearStart(text: string | undefined, today: IsoDate): YearParse {
  const example = 'such as 2020 for 2020/21';
  if (!text || !/^\d{4}$/.test(text) || Number(text) < 1000) {
    return { ok: false, message: `Give the year the financial year starts in, ${example}` };
  }
  const yearStart = Number(text);
  if (yearStart > financialYearOf(today)) {
    return { ok: false, message: `${reportYear(yearStart).label} has not started yet` };
  }
  return { ok: true, yearStart };
}
