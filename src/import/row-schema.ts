import { z } from 'zod';
import { readRowFields, type RowText } from './row-fields.ts';
import { rowProblems } from './row-rules.ts';

/**
 * One row of an import file (a map from column name to cell text) as a typed record. Cells are
 * checked first; the rules between cells run once every cell is valid, so a row with a bad cell is
 * reported for that cell alone. Issue paths are column names.
 *
 * The row is read in one transform, not by z.object with a schema per cell: zod's work for each
 * cell of each row was most of the time a large import took to check. Issues are raised as those
 * schemas raised them.
 */
export const importRowSchema = z.transform((cells: unknown, ctx) => {
  if (!isRowText(cells)) {
    ctx.addIssue({ expected: 'object', code: 'invalid_type', input: cells });
    return z.NEVER;
  }
  const row = readRowFields(cells, ctx);
  if (row === undefined) return z.NEVER;
  const problems = rowProblems(row);
  for (const { column, message } of problems) {
    ctx.addIssue({ code: 'custom', path: [column], message, input: row });
  }
  if (problems.length > 0) return z.NEVER;
  return Object.assign(row, { s1_received_on: row.s1_received_on ?? row.received_on });
});

export type ImportRow = z.output<typeof importRowSchema>;

/** An object that is not an array, as z.object accepts. */
function isRowText(value: unknown): value is RowText {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
