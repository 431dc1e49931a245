import { cellsInColumnOrder, COLUMNS, type Column } from './columns.ts';
import { CsvError, parseCsv } from './csv-parser.ts';
import { checkHeader } from './header.ts';
import { importRowSchema, type ImportRow } from './row-schema.ts';

/**
 * A reason the file cannot be imported. `line` is the physical line of the file where the row
 * starts (what a text editor shows); `row` is the row's number counting the header as row 1 (what
 * a spreadsheet shows; the two differ once a quoted cell holds a line break).
 */
export interface ImportError {
  line: number;
  row: number;
  column?: string;
  message: string;
}

export type ImportItem =
  { ok: true; line: number; row: ImportRow } | { ok: false; error: ImportError };

/**
 * Reads an import file one row at a time, yielding each valid row and every error, without holding
 * the file in memory: only the references seen so far are kept, to find repeats. Rows whose cells
 * are all blank are skipped, since spreadsheets leave them behind. After an error that stops the
 * file being read (a bad header, malformed CSV) nothing more is yielded.
 * An import reads the file once through this, by way of `FileCheck.validRows`.
 */
export async function* readImportRows(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<ImportItem> {
  let rowNumber = 0;
  let file: { columns: Column[]; cellsOf: CellsOf } | undefined;
  const referenceLines = new Map<string, number>();
  try {
    for await (const { line, fields } of parseCsv(chunks)) {
      rowNumber++;
      if (fields.every(isBlank)) continue;
      if (file === undefined) {
        const header = checkHeader(fields);
        if (!header.ok) {
          for (const problem of header.problems) {
            yield { ok: false, error: { line, row: rowNumber, ...problem } };
          }
          return;
        }
        file = { columns: header.columns, cellsOf: cellsReader(header.columns) };
        continue;
      }
      if (fields.length !== file.columns.length) {
        const message = `This row has ${fields.length} cells, but the header row has ${file.columns.length}`;
        yield { ok: false, error: { line, row: rowNumber, message } };
        continue;
      }
      const cells = file.cellsOf(fields);
      const parsed = importRowSchema.safeParse(cells);
      const repeat = repeatedReference(cells.reference, line, referenceLines);
      if (parsed.success && repeat === undefined) {
        yield { ok: true, line, row: parsed.data };
        continue;
      }
      const errors = (parsed.error?.issues ?? []).map((issue) => ({
        column: String(issue.path[0]),
        message: issue.message,
      }));
      if (repeat) errors.unshift({ column: 'reference', message: repeat });
      for (const error of errors) yield { ok: false, error: { line, row: rowNumber, ...error } };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    yield { ok: false, error: { line: error.line, row: rowNumber + 1, message: error.message } };
    return;
  }
  if (file === undefined) {
    yield { ok: false, error: { line: 1, row: 1, message: 'The file is empty' } };
  }
}

type Cells = Partial<Record<Column, string>>;
type CellsOf = (fields: readonly string[]) => Cells;

function isBlank(field: string): boolean {
  return field.trim() === '';
}

/**
 * How a row's fields become its cells, for a file with these columns. When the file has every
 * column, its fields are put in Heard's order (an export's already are) and named in code, the
 * quickest way. Otherwise each cell is set by computed name on a copy of a blank row, so that the
 * object keeps V8's fast form, which one given many properties that way from empty loses.
 */
function cellsReader(columns: readonly Column[]): CellsOf {
  if (columns.length === COLUMNS.length) {
    if (columns.every((column, index) => column === COLUMNS[index])) return cellsInColumnOrder;
    const positions = COLUMNS.map((column) => columns.indexOf(column));
    return (fields) => cellsInColumnOrder(positions.map((position) => fields[position]));
  }
  const blank: Cells = Object.fromEntries(columns.map((column) => [column, '']));
  return (fields) => {
    const cells = { ...blank };
    columns.forEach((column, index) => {
      cells[column] = fields[index];
    });
    return cells;
  };
}

/** Notes where each reference is first seen, and explains any it has seen before. */
function repeatedReference(
  cell: string | undefined,
  line: number,
  referenceLines: Map<string, number>,
): string | undefined {
  const reference = cell?.trim();
  if (!reference) return undefined;
  const firstLine = referenceLines.get(reference);
  if (firstLine === undefined) {
    referenceLines.set(reference, line);
    return undefined;
  }
  return `The reference ${reference} is on line ${firstLine} and again on line ${line}`;
}
