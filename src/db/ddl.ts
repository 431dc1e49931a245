import { sql, type Kysely } from 'kysely';

/**
 * Runs a block of DDL one statement at a time: PGlite's extended protocol, like pg's prepared
 * statements, accepts a single command per query. Statements end with a semicolon at a line end.
 */
export function ddl(text: string): (db: Kysely<unknown>) => Promise<void> {
  const statements = text
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return async (db) => {
    for (const statement of statements) await sql.raw(statement).execute(db);
  };
}
