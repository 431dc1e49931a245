import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { readImportRows } from './import-rows.ts';
import { validateImport, type ImportSummary } from './validate-file.ts';
import {
  writeImportRows,
  WriteRefusedError,
  type ImportedRow,
  type WriteOptions,
  type WriteResult,
} from './writer.ts';

type Chunks = AsyncIterable<string | Uint8Array>;

/** Why a file cannot be imported: `row` as a spreadsheet numbers it when the check knows it. */
export interface ImportProblem {
  row?: number;
  line: number;
  column?: string;
  message: string;
}

export type ImportOutcome =
  | { ok: false; problems: ImportProblem[]; moreProblems: number }
  | { ok: true; dryRun: boolean; rows: number; summary: ImportSummary; result: WriteResult };

export interface ImportFileOptions extends WriteOptions {
  /** Opens the file from its start; called once for each pass. */
  open: () => Chunks;
  /** Checks everything, then writes nothing. */
  dryRun: boolean;
  onPass?: (pass: 'checking' | 'importing') => void;
}

const MAX_PROBLEMS = 100;

/** Rolls the transaction of a dry run back once everything has been checked. */
class DryRunDone extends Error {
  constructor(readonly result: WriteResult) {
    super('dry run');
  }
}

/**
 * Imports a file whole or not at all. The first pass streams the file through validation and, if
 * any row is invalid, reports every problem (the first hundred, and how many more) and writes
 * nothing. The second pass streams it again and writes every row in one transaction, so a failure
 * part-way leaves the database as it was. A dry run does both passes and rolls the second back: it
 * finds everything an import would, including rows that only the database can show to be wrong.
 */
export async function importFile(db: Db, options: ImportFileOptions): Promise<ImportOutcome> {
  options.onPass?.('checking');
  const validation = await validateImport(options.open(), { maxErrors: MAX_PROBLEMS });
  if (!validation.ok) {
    return { ok: false, problems: validation.errors, moreProblems: validation.moreErrors };
  }
  options.onPass?.('importing');
  try {
    const result = await db.transaction().execute(async (trx) => {
      const written = await writeImportRows(trx, options, validRows(options.open()));
      if (options.dryRun) throw new DryRunDone(written);
      return written;
    });
    // Fresh statistics after a bulk load: PGlite never gathers them by itself, and without them
    // the report's queries choose plans many times slower.
    await sql`analyze`.execute(db);
    return { ok: true, dryRun: false, rows: validation.rows, summary: validation.summary, result };
  } catch (error) {
    if (error instanceof DryRunDone) {
      const { rows, summary } = validation;
      return { ok: true, dryRun: true, rows, summary, result: error.result };
    }
    if (error instanceof WriteRefusedError) {
      return {
        ok: false,
        problems: error.problems.slice(0, MAX_PROBLEMS),
        moreProblems: Math.max(0, error.problems.length - MAX_PROBLEMS),
      };
    }
    throw error;
  }
}

/** The rows of the second pass; the file was valid a moment ago, so any error means it changed. */
async function* validRows(chunks: Chunks): AsyncGenerator<ImportedRow> {
  for await (const item of readImportRows(chunks)) {
    if (!item.ok) {
      throw new Error(
        `The file changed while it was being imported (line ${item.error.line}: ${item.error.message}). Nothing was imported.`,
      );
    }
    yield { line: item.line, row: item.row };
  }
}
