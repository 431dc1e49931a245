import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, toCsvLine, type CsvRecord } from './csv-parser.ts';
import { collect, repeatedChunks, streamOf } from './testing.ts';

const encode = (text: string) => new TextEncoder().encode(text);

async function records(...chunks: (string | Uint8Array)[]): Promise<CsvRecord[]> {
  return collect(parseCsv(streamOf(...chunks)));
}

async function failure(...chunks: (string | Uint8Array)[]) {
  const error: unknown = await records(...chunks).catch((caught: unknown) => caught);
  if (!(error instanceof CsvError)) throw new Error(`expected a CsvError, got ${String(error)}`);
  return { message: error.message, line: error.line };
}

/** What parsing gives, records or error, in a form two parses can be compared by. */
async function outcome(chunks: (string | Uint8Array)[]) {
  try {
    return { records: await records(...chunks) };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { error: error.message, line: error.line };
  }
}

function cutAt<T extends string | Uint8Array>(whole: T, cuts: number[]): T[] {
  const points = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((start, i) => whole.slice(start, points[i] ?? whole.length) as T);
}

describe('parseCsv', () => {
  it('yields each record with the line it starts on', async () => {
    expect(await records('a,b\nc,d\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
    ]);
  });

  it('reads quoted fields holding commas, line breaks and doubled quotes', async () => {
    const csv = 'a,"b, c"\n"two\nlines",x\n"say ""hi""",""\n';
    expect(await records(csv)).toEqual([
      { line: 1, fields: ['a', 'b, c'] },
      { line: 2, fields: ['two\nlines', 'x'] },
      { line: 4, fields: ['say "hi"', ''] },
    ]);
  });

  it('accepts CRLF and CR line breaks, keeping those inside quotes as they are', async () => {
    expect(await records('a,"1\r\n2"\r\nb,c\rd,e')).toEqual([
      { line: 1, fields: ['a', '1\r\n2'] },
      { line: 3, fields: ['b', 'c'] },
      { line: 4, fields: ['d', 'e'] },
    ]);
  });

  it('skips a byte order mark at the start of the file only', async () => {
    const expected = [{ line: 1, fields: ['a', '\uFEFFb'] }];
    expect(await records('\uFEFFa,\uFEFFb')).toEqual(expected);
    expect(await records(encode('\uFEFFa,\uFEFFb'))).toEqual(expected);
    expect(
      await records(new Uint8Array([0xef]), new Uint8Array([0xbb, 0xbf, 0x61, 0x2c]), '\uFEFFb'),
    ).toEqual(expected);
  });

  it('keeps empty fields and blank lines, and needs no line break after the last record', async () => {
    expect(await records('a,\n\n,\n"",x')).toEqual([
      { line: 1, fields: ['a', ''] },
      { line: 2, fields: [''] },
      { line: 3, fields: ['', ''] },
      { line: 4, fields: ['', 'x'] },
    ]);
    expect(await records('')).toEqual([]);
    expect(await records('\uFEFF')).toEqual([]);
  });

  it('decodes characters split between byte chunks', async () => {
    const bytes = encode('£5,😀\n');
    expect(await records(bytes.slice(0, 1), bytes.slice(1, 5), bytes.slice(5))).toEqual([
      { line: 1, fields: ['£5', '😀'] },
    ]);
  });

  it.each([
    {
      name: 'a quote inside an unquoted field',
      csv: 'a,b\nc,d"e\n',
      error: {
        line: 2,
        message:
          'A field has a quote (") but does not start with one. Put the whole field in quotes and write each quote inside it twice ("")',
      },
    },
    {
      name: 'text after a closing quote',
      csv: 'a,"b"c\n',
      error: {
        line: 1,
        message:
          'A quoted field has text after its closing quote. Write each quote inside a quoted field twice ("")',
      },
    },
    {
      name: 'a quote that is never closed',
      csv: 'a,b\nc,"d\ne,f\n',
      error: { line: 2, message: 'A quoted field that starts on this line has no closing quote' },
    },
    {
      name: 'a NUL character',
      csv: 'PK\u0003\u0004\u0014\u0000\u0006',
      error: {
        line: 1,
        message:
          'The file is not CSV text: it has binary content, as an Excel workbook does. Save the spreadsheet as "CSV UTF-8" and import that file',
      },
    },
  ])('refuses $name', async ({ csv, error }) => {
    expect(await failure(csv)).toEqual(error);
  });

  it('refuses bytes that are not UTF-8, naming their line', async () => {
    const message =
      'This line is not UTF-8 text. Save the spreadsheet as "CSV UTF-8" and import that file';
    // £ in Windows-1252, as Excel saves "CSV", is the lone byte A3.
    const windows1252 = new Uint8Array([...encode('a,b\n"c\nd",e\nf,'), 0xa3, ...encode('5\n')]);
    expect(await failure(windows1252)).toEqual({ line: 4, message });
    expect(await failure(windows1252.slice(0, 9), windows1252.slice(9))).toEqual({
      line: 4,
      message,
    });
    expect(await failure(encode('a,b\n').slice(0, 4), new Uint8Array([0xe2, 0x82]))).toEqual({
      line: 2,
      message,
    });
  });

  it('refuses a record longer than the limit without reading further', async () => {
    const parse = (csv: string) =>
      collect(parseCsv(streamOf(csv), { maxRecordLength: 10 })).catch((error: unknown) => error);
    expect(await parse('1234567890\n1234567890\n')).not.toBeInstanceOf(Error);
    expect(await parse('a\n12345678901\n')).toEqual(
      new CsvError('This row is longer than 10 characters, the most one row may hold', 2),
    );
    expect(await parse('a\nb,"c\nd,e\nf,g\n')).toEqual(
      new CsvError(
        'This row is longer than 10 characters, the most one row may hold. The quoted field that starts on line 2 may be missing its closing quote',
        2,
      ),
    );
  });

  it('refuses a 50 MB line after reading little more than 1 MB of it', async () => {
    let chunksRead = 0;
    const line = repeatedChunks('x', 64 * 1024, 800, () => chunksRead++);
    const error: unknown = await collect(parseCsv(line)).catch((caught: unknown) => caught);
    expect(error).toEqual(
      new CsvError('This row is longer than 1,048,576 characters, the most one row may hold', 1),
    );
    expect(chunksRead).toBe(17);
  });

  it('gives the same records or error however the input is split into chunks', async () => {
    const character = fc.constantFrom('a', 'é', '😀', ',', '"', '\r', '\n', ' ', '\uFEFF', '\0');
    const csv = fc.string({ unit: character, maxLength: 40 });
    const cuts = fc.array(fc.nat(), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(csv, cuts, async (text, at) => {
        const whole = await outcome([text]);
        expect(await outcome(cutAt(text, at))).toEqual(whole);
        expect(await outcome(cutAt(encode(text), at))).toEqual(whole);
      }),
    );
  });
});

describe('toCsvLine', () => {
  it.each([
    [['a', 'b c', ''], 'a,b c,'],
    [['1,2', 'say "hi"', 'two\nlines', 'cr\r'], '"1,2","say ""hi""","two\nlines","cr\r"'],
    [[''], '""'],
    [['\uFEFFa'], '"\uFEFFa"'],
  ])('writes %j as %j', (fields, line) => {
    expect(toCsvLine(fields)).toBe(line);
  });

  it('writes records that parseCsv reads back as they were, however the bytes are split', async () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\r', '\n', ' ', '\uFEFF'),
    });
    const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 5,
    });
    const lineBreak = fc.constantFrom('\n', '\r\n');
    const cuts = fc.array(fc.nat(), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(rows, lineBreak, cuts, async (written, newline, at) => {
        const csv = written.map((fields) => toCsvLine(fields) + newline).join('');
        const read = await records(...cutAt(encode(csv), at));
        expect(read.map((record) => record.fields)).toEqual(written);
      }),
    );
  });
});
