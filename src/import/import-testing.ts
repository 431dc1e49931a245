import type { Db } from '../db/connect.ts';
import { COLUMNS } from './columns.ts';
import { toCsvLine } from './csv-parser.ts';
import { exportCsv, type ExportOptions } from './export-records.ts';
import { importFile, type ImportFileOptions, type ImportOutcome } from './import-file.ts';
import { collect, streamOf, type Cells } from './testing.ts';

/** A date after every date in the test files, so that answered stages are closed. */
export const TEST_TODAY = '2026-11-22';

/** An import file of these rows, with every column (or only the given ones). */
export function csvOf(rows: readonly Cells[], columns: readonly string[] = COLUMNS): string {
  const lines = [columns, ...rows.map((row) => columns.map((c) => row[c as keyof Cells] ?? ''))];
  return lines.map((fields) => toCsvLine(fields) + '\r\n').join('');
}

/** Imports a file held in a string, as the command line would. */
export function importText(
  db: Db,
  organisationId: string,
  text: string | AsyncIterable<string | Uint8Array>,
  options: Partial<ImportFileOptions> = {},
): Promise<ImportOutcome> {
  return importFile(db, {
    organisationId,
    actor: null,
    restrictedAccess: [],
    source: 'import',
    from: 'test.csv',
    today: TEST_TODAY,
    dryRun: false,
    chunks: typeof text === 'string' ? streamOf(text) : text,
    ...options,
  });
}

/** The whole export as one string. */
export async function exportText(
  db: Db,
  organisationId: string,
  options: ExportOptions = {},
): Promise<string> {
  return (await collect(exportCsv(db, organisationId, options))).join('');
}

const TABLES = [
  'records',
  'stages',
  'people',
  'record_people',
  'children',
  'record_children',
  'themes',
  'record_themes',
  'teams',
  'service_areas',
  'remedies',
  'record_links',
  'events',
  'reference_counters',
] as const;

/** How many rows each table the import writes to has: to show that nothing was written. */
export async function tableCounts(db: Db): Promise<Record<(typeof TABLES)[number], number>> {
  const counts = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }
  return counts;
}
