import fs from 'node:fs';
import { Kysely, PGliteDialect, PostgresDialect, type Transaction } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
/** Repositories take either the database or an open transaction. */
export type DbOrTrx = Kysely<Database> | Transaction<Database>;

export interface Connection {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Both drivers must hand back the same JavaScript values: dates as `YYYY-MM-DD` strings (a JS
 * Date would shift them by the server's time zone), money and counts as numbers.
 */
const parsers: Record<number, (value: string) => unknown> = {
  [DATE_OID]: (value) => value,
  [INT8_OID]: (value) => Number(value),
  [NUMERIC_OID]: (value) => Number(value),
};

export interface ConnectOptions {
  databaseUrl?: string | undefined;
  /** Folder for the embedded database; omitted, PGlite keeps everything in memory. */
  dataDir?: string | undefined;
}

export async function connect(options: ConnectOptions): Promise<Connection> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          parsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection can be cut by the server (a restart, a failover): the pool drops it and
    // opens another when needed. Without a listener the error would end the process.
    pool.on('error', (error) => {
      console.error(`A PostgreSQL connection was closed by the server: ${error.message}`);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir, { parsers });
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}
