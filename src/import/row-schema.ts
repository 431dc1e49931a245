import type { z } from 'zod';
import { rowFieldsSchema } from './row-fields.ts';
import { rowProblems } from './row-rules.ts';

/**
 * One row of an import file (a map from column name to cell text) as a typed record. Cells are
 * checked first; the rules between cells run once every cell is valid, so a row with a bad cell is
 * reported for that cell alone. Issue paths are column names.
 */
export const importRowSchema = rowFieldsSchema
  .superRefine((row, ctx) => {
    for (const { column, message } of rowProblems(row)) {
      ctx.addIssue({ code: 'custom', path: [column], message });
    }
  })
  .transform((row) => ({ ...row, s1_received_on: row.s1_received_on ?? row.received_on }));

export type ImportRow = z.output<typeof importRowSchema>;
