import { describe, expect, it } from 'vitest';
import { COLUMNS } from './columns.ts';
import { toCsvLine } from './csv-parser.ts';
import { readImportRows } from './import-rows.ts';
import { collect, streamOf } from './testing.ts';

const header = 'reference,kind,procedure,received_on\r\n';

describe('readImportRows', () => {
  it('yields each valid row with its line, and each error in its place', async () => {
    const csv =
      header +
      'CS-1,complaint,statutory,2023-04-03\r\nCS-2,x,,2023-04-03\r\nCM-1,compliment,,2023-04-04';
    const items = await collect(readImportRows(streamOf(csv)));
    expect(items).toMatchObject([
      { ok: true, line: 2, row: { reference: 'CS-1', s1_received_on: '2023-04-03' } },
      { ok: false, error: { line: 3, row: 3, column: 'kind' } },
      { ok: true, line: 4, row: { reference: 'CM-1', kind: 'compliment' } },
    ]);
  });

  it('yields nothing after a bad header', async () => {
    const items = await collect(readImportRows(streamOf('reference,colour\r\nCS-1,red\r\n')));
    expect(items.map((item) => item.ok)).toEqual([false, false, false]);
  });

  it('reads the file as it is consumed, never more than a row ahead', async () => {
    let rowsProduced = 0;
    async function* rows() {
      yield toCsvLine([...COLUMNS]) + '\n';
      for (let i = 0; i < 1000; i++) {
        rowsProduced++;
        yield `CS-${i},concern,,2023-04-03${','.repeat(COLUMNS.length - 4)}\n`;
      }
    }
    let rowsConsumed = 0;
    for await (const item of readImportRows(rows())) {
      expect(item.ok).toBe(true);
      rowsConsumed++;
      expect(rowsProduced - rowsConsumed).toBeLessThanOrEqual(1);
    }
    expect(rowsConsumed).toBe(1000);
  });
});
