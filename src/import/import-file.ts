import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { FileCheck, type ImportSummary } from './validate-file.ts';
import {
  writeImportRows,
  WriteRefusedError,
  type WriteOptions,
  type WriteResult,
} from './writer.ts';

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
  /** The file, read once from its start. */
  chunks: AsyncIterable<string | Uint8Array>;
  /** Checks everything, then writes nothing. */
  dryRun: boolean;
}

const MAX_PROBLEMS = 100;

/** Rolls the transaction of a dry run back once everything has been checked. */
class DryRunDone extends Error {
  constructor(readonly result: WriteResult) {
    super('dry run');
  }
}

/**
 * Imports a file whole or not at all, reading it once. Each row is checked as it is read and
 * written, in batches, inside one transaction. Once any row is invalid nothing will be kept: the
 * rest of the file is still read and checked, so that every problem is reported (the first
 * hundred, and how many more), and the transaction is rolled back. A failure part-way, or the
 * process dying, leaves the database as it was. A dry run does all of this and rolls back: it
 * finds everything an import would, including rows that only the database can show to be wrong.
 */
export async function importFile(db: Db, options: ImportFileOptions): Promise<ImportOutcome> {
  const check = new FileCheck(MAX_PROBLEMS);
  try {
    const result = await db.transaction().execute(async (trx) => {
      const written = await writeImportRows(
        trx,
        { ...options, refused: () => check.failed },
        check.validRows(options.chunks),
      );
      if (options.dryRun) throw new DryRunDone(written);
      return written;
    });
    // Fresh statistics after a bulk load: PGlite never gathers them by itself, and without them
    // the report's queries choose plans many times slower.
    await sql`analyze`.execute(db);
    return ok(false, result);
  } catch (error) {
    if (error instanceof DryRunDone) return ok(true, error.result);
    if (error instanceof WriteRefusedError) {
      const problems: ImportProblem[] = [...check.errors, ...error.problems].sort(
        (a, b) => a.line - b.line,
      );
      return {
        ok: false,
        problems: problems.slice(0, MAX_PROBLEMS),
        moreProblems:
          check.errorCount + error.problems.length - Math.min(problems.length, MAX_PROBLEMS),
      };
    }
    throw error;
  }

  function ok(dryRun: boolean, result: WriteResult): ImportOutcome {
    return { ok: true, dryRun, rows: check.rows, summary: check.summary(), result };
  }
}
