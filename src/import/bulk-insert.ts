import { sql, type RawBuilder, type Transaction } from 'kysely';
import { copyRows } from '../db/copy.ts';
import type { Database } from '../db/schema.ts';

type Table = keyof Database & string;
type Row = Record<string, unknown>;

export interface BulkInsertOptions {
  /** Columns of a unique constraint (empty: any) that a row may clash with. */
  conflict?: readonly string[];
  /** Columns to set on a clash; the others keep their values. Omitted, a clash is skipped. */
  update?: readonly string[];
  /** Extra assignments on a clash, such as bumping a version. */
  alsoSet?: RawBuilder<unknown>;
  /** Columns to return from the rows inserted or updated. */
  returning?: readonly string[];
}

/**
 * Inserts many rows at once. Plain inserts go in with COPY (see copy.ts). Rows that may clash with
 * rows already there, or whose columns are wanted back, go in with one statement whose parameters
 * are one array per column, unnested on the server: `insert … select * from unnest($1::uuid[], $2::text[], …)`. A multi-row VALUES list of
 * 500 rows has thousands of parameters for the server to parse and plan each time; this has one
 * per column, which makes batched imports several times faster. Each column's type is read once
 * from the catalogue.
 */
export class BulkInserter {
  private readonly types = new Map<string, Map<string, string>>();

  constructor(private readonly trx: Transaction<Database>) {}

  async insert<R = Row>(
    table: Table,
    rows: readonly Row[],
    options: BulkInsertOptions = {},
  ): Promise<R[]> {
    if (rows.length === 0) return [];
    if (!options.conflict && !options.returning) {
      await copyRows(this.trx, table, rows);
      return [];
    }
    const types = await this.columnTypes(table);
    const columns = Object.keys(rows[0]!);
    const arrays = columns.map((column) => {
      const type = types.get(column);
      if (!type) throw new Error(`${table} has no column ${column}`);
      return sql`${rows.map((row) => row[column] ?? null)}::${sql.raw(type)}[]`;
    });
    const names = sql.join(columns.map((column) => sql.id(column)));
    const returning = options.returning
      ? sql`returning ${sql.join(options.returning.map((column) => sql.id(column)))}`
      : sql``;
    const result = await sql<R>`insert into ${sql.table(table)} (${names})
      select * from unnest(${sql.join(arrays)}) ${conflictClause(options)} ${returning}`.execute(
      this.trx,
    );
    return result.rows;
  }

  private async columnTypes(table: Table): Promise<Map<string, string>> {
    let types = this.types.get(table);
    if (!types) {
      const rows = await sql<{ column_name: string; udt_name: string }>`
        select column_name, udt_name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table}`.execute(this.trx);
      types = new Map(rows.rows.map((row) => [row.column_name, row.udt_name]));
      this.types.set(table, types);
    }
    return types;
  }
}

function conflictClause({ conflict, update, alsoSet }: BulkInsertOptions): RawBuilder<unknown> {
  if (!conflict) return sql``;
  const target =
    conflict.length === 0 ? sql`` : sql`(${sql.join(conflict.map((column) => sql.id(column)))})`;
  const assignments = [
    ...(update ?? []).map((column) => sql`${sql.id(column)} = excluded.${sql.id(column)}`),
    ...(alsoSet ? [alsoSet] : []),
  ];
  return assignments.length === 0
    ? sql`on conflict ${target} do nothing`
    : sql`on conflict ${target} do update set ${sql.join(assignments)}`;
}
