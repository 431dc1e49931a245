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
const BOM = 0xfeff;

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

/**
 * The parsing state machine, fed text in pieces that may split a record anywhere. It steps from one
 * character that matters (comma, quote, line break) to the next and copies the text between them as
 * one slice, since stepping through every character dominated the import's parsing time. Errors are
 * still reported where a reader going character by character would meet them first, and for one
 * character in its order: a NUL, then a record grown too long, then malformed quoting.
 */
class CsvTokenizer {
  /** The physical line of the next character. */
  line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private state: State = 'fieldStart';
  private fields: string[] = [];
  /** The current field's text from earlier pieces. */
  private field = '';
  /** Characters of the current record in earlier pieces; line breaks ending records are not counted. */
  private recordLength = 0;
  private lastWasCr = false;
  private atStart = true;
  /** Where in the current piece the next CR, LF and quote are; each is looked for again once passed. */
  private nextCr = -1;
  private nextLf = -1;
  private nextQuote = -1;

  constructor(private readonly maxRecordLength: number) {}

  *push(text: string): Generator<CsvRecord> {
    const length = text.length;
    if (length === 0) return;
    let i = 0;
    if (this.atStart) {
      this.atStart = false;
      if (text.charCodeAt(0) === BOM) i = 1;
    }
    let state = this.state;
    // The LF of a CRLF split between pieces: the CR already ended the record.
    if (this.lastWasCr && state === 'fieldStart' && text.charCodeAt(i) === LF) i++;
    // Nothing after a NUL is read: it is refused once the text before it has been.
    const nul = text.indexOf('\0', i);
    const end = nul === -1 ? length : nul;
    // The position, in this piece, of the first character that would make the record too long.
    let limit = i - this.recordLength + this.maxRecordLength;
    let sliceStart = i;
    this.nextCr = this.nextLf = this.nextQuote = -1;
    while (i < end) {
      const plainLineEnd =
        state === 'fieldStart' && this.fields.length === 0 ? this.plainLineEnd(text, i, end) : -1;
      if (plainLineEnd !== -1 && plainLineEnd <= limit) {
        // Most records are one line without quotes, which split reads far quicker.
        this.fields = text.slice(i, plainLineEnd).split(',');
        i = plainLineEnd;
      } else if (state === 'fieldStart' && text.charCodeAt(i) === QUOTE) {
        if (i >= limit) throw this.tooLong(false);
        state = 'quoted';
        this.quoteLine = this.line;
        sliceStart = ++i;
        continue;
      } else if (state === 'fieldStart' || state === 'unquoted') {
        if (state === 'fieldStart') {
          state = 'unquoted';
          sliceStart = i;
        }
        let c = 0;
        while (i < end) {
          c = text.charCodeAt(i);
          if (c === COMMA || c === QUOTE || c === CR || c === LF) break;
          i++;
        }
        // The character that stopped the field counts towards the record unless it ends it.
        const counted = i < end && c !== CR && c !== LF;
        if (i > limit || (i === limit && counted)) throw this.tooLong(false);
        if (i === end) break;
        if (c === QUOTE) throw new CsvError(BARE_QUOTE, this.line);
        this.fields.push(this.field + text.slice(sliceStart, i));
        this.field = '';
        state = 'fieldStart';
        if (c === COMMA) {
          i++;
          continue;
        }
      } else if (state === 'quoted') {
        const quote = text.indexOf('"', i);
        const contentEnd = quote === -1 || quote > end ? end : quote;
        this.countLines(text, i, contentEnd);
        if (contentEnd > limit) throw this.tooLong(true);
        if (contentEnd === end) {
          i = end;
          break;
        }
        if (quote >= limit) throw this.tooLong(false);
        this.field += text.slice(sliceStart, quote);
        state = 'quoteInQuoted';
        i = quote + 1;
        continue;
      } else {
        const c = text.charCodeAt(i);
        if (c !== CR && c !== LF) {
          if (i >= limit) throw this.tooLong(false);
          if (c === QUOTE) {
            // A doubled quote: the second one starts the next slice, so one quote is kept.
            state = 'quoted';
            sliceStart = i++;
            continue;
          }
          if (c !== COMMA) throw new CsvError(TEXT_AFTER_QUOTE, this.line);
        }
        this.fields.push(this.field);
        this.field = '';
        state = 'fieldStart';
        if (c === COMMA) {
          i++;
          continue;
        }
      }
      // A line break ends the record.
      this.line++;
      if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i++;
      i++;
      limit = i + this.maxRecordLength;
      yield this.endRecord();
    }
    if (nul !== -1) throw new CsvError(BINARY, this.line);
    if (state === 'unquoted' || state === 'quoted') this.field += text.slice(sliceStart);
    this.state = state;
    this.recordLength = length - (limit - this.maxRecordLength);
    this.lastWasCr = text.charCodeAt(length - 1) === CR;
  }

  *end(): Generator<CsvRecord> {
    if (this.state === 'quoted') throw new CsvError(UNCLOSED_QUOTE, this.quoteLine);
    if (this.state === 'fieldStart' && this.fields.length === 0) return;
    this.fields.push(this.field);
    yield this.endRecord();
  }

  /** Where the line starting at `from` ends, if it ends before `end` and has no quote; else -1. */
  private plainLineEnd(text: string, from: number, end: number): number {
    if (this.nextCr < from) this.nextCr = indexOrLength(text, '\r', from);
    if (this.nextLf < from) this.nextLf = indexOrLength(text, '\n', from);
    if (this.nextQuote < from) this.nextQuote = indexOrLength(text, '"', from);
    const lineEnd = Math.min(this.nextCr, this.nextLf);
    return lineEnd < end && lineEnd < this.nextQuote ? lineEnd : -1;
  }

  /** Counts the line breaks in a quoted field's text; a CRLF is one, even split between pieces. */
  private countLines(text: string, from: number, to: number): void {
    let afterCr = from === 0 ? this.lastWasCr : text.charCodeAt(from - 1) === CR;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === CR || (c === LF && !afterCr)) this.line++;
      afterCr = c === CR;
    }
  }

  /** `inQuotes`: whether the first character past the limit is inside a quoted field. */
  private tooLong(inQuotes: boolean): CsvError {
    const limit = this.maxRecordLength.toLocaleString('en-GB');
    const hint = inQuotes
      ? `. The quoted field that starts on line ${this.quoteLine} may be missing its closing quote`
      : '';
    return new CsvError(
      `This row is longer than ${limit} characters, the most one row may hold${hint}`,
      this.recordLine,
    );
  }

  private endRecord(): CsvRecord {
    const record = { line: this.recordLine, fields: this.fields };
    this.fields = [];
    this.recordLine = this.line;
    return record;
  }
}

function indexOrLength(text: string, search: string, from: number): number {
  const index = text.indexOf(search, from);
  return index === -1 ? text.length : index;
}
