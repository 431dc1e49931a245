import { decodeUtf8, InvalidUtf8Error } from './utf8-text.ts';

/** One CSV record and the physical line of the file it starts on (counting from 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvOptions {
  /** The most characters one record may hold; longer records are refused, not buffered. */
  maxRecordLength?: number;
}

export const DEFAULT_MAX_RECORD_LENGTH = 1024 * 1024;

/** Input that cannot be read as CSV. `line` is the physical line to look at. */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

const NOT_UTF8 =
  'This line is not UTF-8 text. Save the spreadsheet as "CSV UTF-8" and import that file';
const BINARY =
  'The file is not CSV text: it has binary content, as an Excel workbook does. ' +
  'Save the spreadsheet as "CSV UTF-8" and import that file';
const BARE_QUOTE =
  'A field has a quote (") but does not start with one. Put the whole field in quotes and ' +
  'write each quote inside it twice ("")';
const TEXT_AFTER_QUOTE =
  'A quoted field has text after its closing quote. Write each quote inside a quoted field ' +
  'twice ("")';
const UNCLOSED_QUOTE = 'A quoted field that starts on this line has no closing quote';

/**
 * Reads RFC 4180 CSV (quoted fields holding commas, line breaks and doubled quotes; CRLF, LF or CR
 * line breaks; an optional UTF-8 byte order mark) from a stream of chunks, such as
 * `fs.createReadStream(path)`, yielding each record as soon as it ends. Memory is bounded by one
 * chunk and one record. A blank line is a record with one empty field, as RFC 4180 has it; the line
 * break after the last record is optional. Throws CsvError on malformed input.
 */
export async function* parseCsv(
  chunks: AsyncIterable<string | Uint8Array>,
  options: CsvOptions = {},
): AsyncGenerator<CsvRecord> {
  const tokenizer = new CsvTokenizer(options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH);
  try {
    for await (const text of decodeUtf8(chunks)) yield* tokenizer.push(text);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) throw new CsvError(NOT_UTF8, tokenizer.line);
    throw error;
  }
  yield* tokenizer.end();
}

/** One record as CSV, without a line break; fields are quoted only when they must be. */
export function toCsvLine(fields: readonly string[]): string {
  // A lone empty field is quoted so that the record is not read back as a blank line.
  if (fields.length === 1 && fields[0] === '') return '""';
  return fields
    .map((field) => (needsQuotes(field) ? `"${field.replaceAll('"', '""')}"` : field))
    .join(',');
}

function needsQuotes(field: string): boolean {
  // A leading byte order mark would be taken for the file's own if the field began the file.
  return /[",\r\n]|^\uFEFF/.test(field);
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const NUL = 0x00;
const BOM = 0xfeff;

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

/** The parsing state machine, fed text in pieces that may split a record anywhere. */
class CsvTokenizer {
  /** The physical line of the next character. */
  line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private state: State = 'fieldStart';
  private fields: string[] = [];
  /** The current field's text from earlier pieces. */
  private field = '';
  private recordLength = 0;
  private lastWasCr = false;
  private atStart = true;

  constructor(private readonly maxRecordLength: number) {}

  *push(text: string): Generator<CsvRecord> {
    let i = 0;
    if (this.atStart && text.length > 0) {
      this.atStart = false;
      if (text.charCodeAt(0) === BOM) i = 1;
    }
    // Characters of the current field are copied as one slice rather than one at a time.
    let sliceStart = i;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const afterCr = this.lastWasCr;
      this.lastWasCr = c === CR;
      const lineBreak = c === CR || c === LF;
      if (c === CR || (c === LF && !afterCr)) this.line++;
      if (this.state === 'quoted') {
        if (c === QUOTE) {
          this.field += text.slice(sliceStart, i);
          this.state = 'quoteInQuoted';
        }
        this.count(c);
        continue;
      }
      if (lineBreak) {
        // The LF of a CRLF: the CR already ended the record.
        if (c === LF && afterCr) continue;
        this.endField(this.state === 'unquoted' ? text.slice(sliceStart, i) : '');
        yield this.endRecord();
        continue;
      }
      this.count(c);
      if (c === COMMA) {
        this.endField(this.state === 'unquoted' ? text.slice(sliceStart, i) : '');
        this.state = 'fieldStart';
      } else if (this.state === 'fieldStart' && c === QUOTE) {
        this.state = 'quoted';
        this.quoteLine = this.line;
        sliceStart = i + 1;
      } else if (this.state === 'fieldStart') {
        this.state = 'unquoted';
        sliceStart = i;
      } else if (this.state === 'quoteInQuoted') {
        if (c !== QUOTE) throw new CsvError(TEXT_AFTER_QUOTE, this.line);
        // A doubled quote: the second one starts the next slice, so one quote is kept.
        this.state = 'quoted';
        sliceStart = i;
      } else if (c === QUOTE) {
        throw new CsvError(BARE_QUOTE, this.line);
      }
    }
    if (this.state === 'unquoted' || this.state === 'quoted') this.field += text.slice(sliceStart);
  }

  *end(): Generator<CsvRecord> {
    if (this.state === 'quoted') throw new CsvError(UNCLOSED_QUOTE, this.quoteLine);
    if (this.state === 'fieldStart' && this.fields.length === 0) return;
    this.endField('');
    yield this.endRecord();
  }

  private count(c: number): void {
    if (c === NUL) throw new CsvError(BINARY, this.line);
    if (++this.recordLength > this.maxRecordLength) throw this.tooLong();
  }

  private tooLong(): CsvError {
    const limit = this.maxRecordLength.toLocaleString('en-GB');
    const hint =
      this.state === 'quoted'
        ? `. The quoted field that starts on line ${this.quoteLine} may be missing its closing quote`
        : '';
    return new CsvError(
      `This row is longer than ${limit} characters, the most one row may hold${hint}`,
      this.recordLine,
    );
  }

  private endField(rest: string): void {
    this.fields.push(this.field + rest);
    this.field = '';
  }

  private endRecord(): CsvRecord {
    const record = { line: this.recordLine, fields: this.fields };
    this.fields = [];
    this.recordLength = 0;
    this.recordLine = this.line;
    this.state = 'fieldStart';
    return record;
  }
}
