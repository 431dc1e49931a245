import { isOneOf } from './codes.ts';
import { COLUMNS, REQUIRED_COLUMNS, type Column } from './columns.ts';

export interface HeaderProblem {
  column?: string;
  message: string;
}

export type HeaderCheck =
  { ok: true; columns: Column[] } | { ok: false; problems: HeaderProblem[] };

export const NOT_AN_IMPORT_FILE =
  'The file is not a Heard import CSV: the header row has no reference column';

/**
 * Reads the header row into the column of each position. Names are matched ignoring case and
 * surrounding spaces, since spreadsheet users retype them.
 */
export function checkHeader(fields: readonly string[]): HeaderCheck {
  const names = fields.map((field) => field.trim().toLowerCase());
  if (!names.includes('reference') && !names.includes('received_on')) {
    return { ok: false, problems: [{ message: NOT_AN_IMPORT_FILE }] };
  }
  const columns: Column[] = [];
  const problems: HeaderProblem[] = [];
  names.forEach((name, index) => {
    const first = names.indexOf(name);
    if (name === '') {
      problems.push({ message: `Column ${index + 1} of the header row has no name` });
    } else if (!isOneOf(COLUMNS, name)) {
      const shown = fields[index]?.trim();
      problems.push({
        column: shown,
        message: `The header row has a column Heard does not know: ${shown}`,
      });
    } else if (first !== index) {
      problems.push({
        column: name,
        message: `The header row has ${name} twice, in columns ${first + 1} and ${index + 1}`,
      });
    } else {
      columns.push(name);
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!names.includes(column)) {
      problems.push({
        column,
        message: `The header row has no ${column} column, which is required`,
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns };
}
