import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from './columns.ts';
import { toCsvLine } from './csv-parser.ts';
import { NOT_AN_IMPORT_FILE } from './header.ts';
import { complaint, repeatedChunks, retainedHeap, streamOf, type Cells } from './testing.ts';
import { validateImport } from './testing.ts';

const SAMPLE = new URL('./fixtures/import-sample.csv', import.meta.url);

function importLine(row: Record<string, string | undefined>, columns: readonly string[] = COLUMNS) {
  return toCsvLine(columns.map((column) => row[column] ?? '')) + '\r\n';
}

function importFile(rows: Cells[], columns: readonly string[] = COLUMNS): string {
  return toCsvLine(columns) + '\r\n' + rows.map((row) => importLine(row, columns)).join('');
}

async function errorsIn(...chunks: (string | Uint8Array)[]) {
  const result = await validateImport(streamOf(...chunks));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('validateImport', () => {
  it('accepts the example file and summarises it', async () => {
    expect(await validateImport(createReadStream(SAMPLE))).toEqual({
      ok: true,
      rows: 8,
      summary: {
        byKind: { complaint: 4, compliment: 1, concern: 1, mp_enquiry: 1, ombudsman: 1 },
        teams: [
          'Assessment Team',
          'Children in Care (North)',
          'Children in Care (South)',
          'Fostering',
          'SEN Team',
        ],
        serviceAreas: ['Assessment', 'Children in Care', 'Education', 'Fostering and Adoption'],
        themes: ['Communication', 'Delay', 'Placement issues'],
      },
    });
  });

  it('knows every column of the example file, in its order', async () => {
    const [header] = (await readFile(SAMPLE, 'utf8')).split(/\r?\n/);
    expect(header?.split(',')).toEqual(COLUMNS);
  });

  it('accepts columns in any order, in any case, and only the required ones', async () => {
    const csv = 'Received_On ,kind,PROCEDURE,reference\n2023-04-03,complaint,statutory,CS-1\n';
    const result = await validateImport(streamOf(csv));
    expect(result).toMatchObject({ ok: true, rows: 1 });
  });

  it('skips blank rows, which spreadsheets leave behind', async () => {
    const csv = importFile([complaint]) + '\r\n,,, ,\r\n';
    expect(await validateImport(streamOf(csv))).toMatchObject({ ok: true, rows: 1 });
  });

  it.each<[string, string | Uint8Array, object]>([
    ['an empty file', '', { line: 1, row: 1, message: 'The file is empty' }],
    ['a file of blank lines', '\uFEFF\r\n\r\n', { line: 1, row: 1, message: 'The file is empty' }],
    [
      'a file whose header has neither reference nor received_on',
      'name,age\nAlex,9\n',
      { line: 1, row: 1, message: NOT_AN_IMPORT_FILE },
    ],
    [
      'a binary file',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
      {
        line: 1,
        row: 1,
        message:
          'The file is not CSV text: it has binary content, as an Excel workbook does. Save the spreadsheet as "CSV UTF-8" and import that file',
      },
    ],
    [
      'a file missing a required column',
      importFile([complaint], ['reference', 'kind', 'procedure']),
      {
        line: 1,
        row: 1,
        column: 'received_on',
        message: 'The header row has no received_on column, which is required',
      },
    ],
    [
      'a file with an unknown column',
      importFile([complaint], [...COLUMNS, 'Colour']),
      {
        line: 1,
        row: 1,
        column: 'Colour',
        message: 'The header row has a column Heard does not know: Colour',
      },
    ],
    [
      'a file with a column twice',
      importFile([complaint], [...COLUMNS, 'team']),
      {
        line: 1,
        row: 1,
        column: 'team',
        message: 'The header row has team twice, in columns 9 and 40',
      },
    ],
    [
      'a file with an unnamed column',
      importFile([complaint], [...COLUMNS, '']),
      { line: 1, row: 1, message: 'Column 40 of the header row has no name' },
    ],
  ])('refuses %s', async (_name, file, error) => {
    expect(await errorsIn(file)).toEqual([error]);
  });

  it.each<[string, Cells, object]>([
    [
      'a code that is not in the list',
      { kind: 'complain' },
      {
        column: 'kind',
        message:
          'kind "complain" must be one of complaint, compliment, comment, concern, enquiry, mp_enquiry, councillor_enquiry, ombudsman, other',
      },
    ],
    [
      'a date that is not YYYY-MM-DD',
      { received_on: '03/04/2023' },
      {
        column: 'received_on',
        message: 'received_on "03/04/2023" must be a date written YYYY-MM-DD, as 2023-04-03',
      },
    ],
    [
      'an impossible date',
      { received_on: '2023-02-29' },
      { column: 'received_on', message: 'received_on "2023-02-29" is not a real date' },
    ],
    [
      'a response before receipt',
      { s1_received_on: '2023-04-05', s1_responded_on: '2023-04-04' },
      { column: 's1_responded_on', message: 's1_responded_on is before s1_received_on' },
    ],
  ])('refuses a row with %s, naming its line, row and column', async (_name, cells, error) => {
    const file = importFile([
      { ...complaint, reference: 'CS-1' },
      { ...complaint, ...cells },
    ]);
    expect(await errorsIn(file)).toEqual([{ line: 3, row: 3, ...error }]);
  });

  it('refuses a reference used twice, naming both lines', async () => {
    const file = importFile([complaint, { ...complaint, reference: 'CS-2' }, complaint]);
    expect(await errorsIn(file)).toEqual([
      {
        line: 4,
        row: 4,
        column: 'reference',
        message: 'The reference CS-2023-0001 is on line 2 and again on line 4',
      },
    ]);
  });

  it('refuses a row with the wrong number of cells', async () => {
    const file = importFile([complaint]) + 'CS-2,complaint\r\n';
    expect(await errorsIn(file)).toEqual([
      { line: 3, row: 3, message: 'This row has 2 cells, but the header row has 39' },
    ]);
  });

  it('gives the line and the spreadsheet row, which differ after a cell with line breaks', async () => {
    const file = importFile([
      { ...complaint, summary: 'Three\nline\nsummary' },
      { ...complaint, reference: 'CS-2', kind: 'complain' },
    ]);
    expect(await errorsIn(file)).toMatchObject([{ line: 5, row: 3, column: 'kind' }]);
  });

  it('refuses a 50 MB line without reading the rest of it', async () => {
    let chunksRead = 0;
    const line = repeatedChunks('x', 1024 * 1024, 50, () => chunksRead++);
    const result = await validateImport(
      (async function* () {
        yield importFile([complaint]);
        yield* line;
      })(),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          line: 3,
          row: 3,
          message: 'This row is longer than 1,048,576 characters, the most one row may hold',
        },
      ],
      moreErrors: 0,
    });
    expect(chunksRead).toBe(2);
  });

  it('reports errors before malformed CSV, then stops', async () => {
    const file = importFile([{ ...complaint, kind: 'x' }]) + 'CS-2,"complaint\r\n';
    expect(await errorsIn(file)).toMatchObject([
      { line: 2, row: 2, column: 'kind' },
      { line: 3, row: 3, message: 'A quoted field that starts on this line has no closing quote' },
    ]);
  });

  it('keeps the first errors and counts the rest', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({
      ...complaint,
      reference: `CS-${i}`,
      kind: 'x',
    }));
    const result = await validateImport(streamOf(importFile(rows)), { maxErrors: 5 });
    expect(result).toMatchObject({ ok: false, moreErrors: 145 });
    expect(!result.ok && result.errors.map((error) => error.row)).toEqual([2, 3, 4, 5, 6]);
    expect(await validateImport(streamOf(importFile(rows)))).toMatchObject({ moreErrors: 50 });
  });

  it(
    'validates 100,000 rows keeping little more than their references',
    { timeout: 60_000 },
    async () => {
      const heapSamples: number[] = [];
      async function* rows(count: number) {
        yield importFile([]);
        for (let i = 0; i < count; i++) {
          if (i % 25_000 === 0) heapSamples.push(retainedHeap());
          const row = {
            ...complaint,
            reference: `CS-${i}`,
            team: `Team ${i % 20}`,
            themes: 'Communication;Delay',
            summary: 'Calls to the social worker, "urgent" ones too, were not returned',
            s1_responded_on: '2023-04-18',
            s1_outcome: 'partially_upheld',
          };
          yield importLine(row);
        }
      }
      const result = await validateImport(rows(100_000));
      expect(result).toMatchObject({
        ok: true,
        rows: 100_000,
        summary: { byKind: { complaint: 100_000 } },
      });
      // Keeping the rows would take well over 50 MB; the references of 75,000 take under 10 MB.
      const growth = Math.max(...heapSamples) - (heapSamples[0] ?? 0);
      expect(growth).toBeLessThan(30 * 1024 * 1024);
    },
  );
});
