import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Column } from './columns.ts';
import type { ImportError } from './import-rows.ts';
import { FileCheck, type ImportSummary } from './validate-file.ts';

/** Some cells of an import row, by column. */
export type Cells = Partial<Record<Column, string>>;

/** A valid row to vary in tests. */
export const complaint: Cells = {
  reference: 'CS-2023-0001',
  kind: 'complaint',
  procedure: 'statutory',
  received_on: '2023-04-03',
};

/** Test input: the given pieces as the stream of chunks a file would arrive in. */
export async function* streamOf(
  ...chunks: (string | Uint8Array)[]
): AsyncGenerator<string | Uint8Array> {
  yield* chunks;
}

/** One chunk of `size` repeated characters, `count` times over, so the whole is never in memory. */
export async function* repeatedChunks(
  character: string,
  size: number,
  count: number,
  onChunk: () => void,
): AsyncGenerator<string> {
  const chunk = character.repeat(size);
  for (let i = 0; i < count; i++) {
    onChunk();
    yield chunk;
  }
}

/** Everything a stream yields (Array.fromAsync is not in Node 20). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Heap in use once garbage is collected, in bytes: what the process really retains. */
export function retainedHeap(): number {
  // Tests run without --expose-gc; setting the flag now still lets a new context reach gc().
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

export type ImportValidation =
  | { ok: true; rows: number; summary: ImportSummary }
  | { ok: false; errors: ImportError[]; moreErrors: number };

export interface ValidateOptions {
  /** How many errors to keep; the rest are only counted. */
  maxErrors?: number;
}

/**
 * Checks a whole import file, streamed once, without a database: what an import would refuse
 * before it writes anything, for tests of the checks alone.
 */
export async function validateImport(
  chunks: AsyncIterable<string | Uint8Array>,
  { maxErrors = 100 }: ValidateOptions = {},
): Promise<ImportValidation> {
  const check = new FileCheck(maxErrors);
  // The rows themselves are not wanted here, only what checking them finds.
  for await (const checked of check.validRows(chunks)) void checked;
  if (check.failed) {
    return { ok: false, errors: check.errors, moreErrors: check.errorCount - check.errors.length };
  }
  return { ok: true, rows: check.rows, summary: check.summary() };
}
