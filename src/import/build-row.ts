import { COLUMNS } from './columns.ts';
import type { ImportRow } from './row-schema.ts';

export type RowValues = Partial<ImportRow> & Pick<ImportRow, 'reference' | 'kind' | 'received_on'>;

/**
 * An import row from the values it has, every other column unknown: how an export and the demo
 * data make rows without going through CSV. `s1_received_on` defaults as the import's does.
 */
export function buildImportRow(values: RowValues): ImportRow {
  const blank = Object.fromEntries(COLUMNS.map((column) => [column, undefined]));
  return {
    ...blank,
    themes: [],
    ...values,
    s1_received_on: values.s1_received_on ?? values.received_on,
  } as ImportRow;
}
