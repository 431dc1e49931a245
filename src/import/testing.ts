import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Column } from './columns.ts';

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
