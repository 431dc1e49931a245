import type { Column } from './columns.ts';
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
 *
 * Importing takes two passes over the file, streamed twice: `validateImport` first, then, only if
 * the file is valid, this generator again to write the rows. The write pass should still stop at
 * any error it meets, in case the file changed in between.
 */
export async function* readImportRows(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<ImportItem> {
  let rowNumber = 0;
  let columns: Column[] | undefined;
  const referenceLines = new Map<string, number>();
  try {
    for await (const { line, fields } of parseCsv(chunks)) {
      rowNumber++;
      if (fields.every((field) => field.trim() === '')) continue;
      const at = { line, row: rowNumber };
      if (columns === undefined) {
        const header = checkHeader(fields);
        if (!header.ok) {
          for (const problem of header.problems) yield { ok: false, error: { ...at, ...problem } };
          return;
        }
        columns = header.columns;
        continue;
      }
      if (fields.length !== columns.length) {
        const message = `This row has ${fields.length} cells, but the header row has ${columns.length}`;
        yield { ok: false, error: { ...at, message } };
        continue;
      }
      const cells = Object.fromEntries(columns.map((column, index) => [column, fields[index]]));
      const parsed = importRowSchema.safeParse(cells);
      const errors = (parsed.error?.issues ?? []).map((issue) => ({
        column: String(issue.path[0]),
        message: issue.message,
      }));
      const repeat = repeatedReference(cells.reference, line, referenceLines);
      if (repeat) errors.unshift({ column: 'reference', message: repeat });
      if (parsed.success && errors.length === 0) yield { ok: true, line, row: parsed.data };
      for (const error of errors) yield { ok: false, error: { ...at, ...error } };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    yield { ok: false, error: { line: error.line, row: rowNumber + 1, message: error.message } };
    return;
  }
  if (columns === undefined) {
    yield { ok: false, error: { line: 1, row: 1, message: 'The file is empty' } };
  }
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
