import fs from 'node:fs';
import {
  Kysely,
  PGliteDialect,
  PostgresDialect,
  type Transaction as KyselyTransaction,
} from 'kysely';
import { PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { isCopyFromStdin } from './copy.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
/** Repositories take either the database or an open transaction. */
export type DbOrTrx = Kysely<Database> | KyselyTransaction<Database>;

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
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: copyingPool(pool) }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir, { parsers });
  const db = new Kysely<Database>({
    dialect: new PGliteDialect({ pglite: copyingPGlite(pglite) }),
  });
  return { db, kind: 'pglite', close: () => db.destroy() };
}

/**
 * The pool, whose clients also run `copyRows` (see copy.ts) through the COPY protocol. Each client
 * keeps one wrapper, since Kysely keeps its connection state by client.
 */
function copyingPool(pool: pg.Pool): pg.Pool {
  const wrapped = new WeakMap<pg.PoolClient, pg.PoolClient>();
  const wrap = (client: pg.PoolClient) => {
    let copying = wrapped.get(client);
    if (!copying) {
      const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
      copying = new Proxy(client, {
        get(target, property) {
          if (property !== 'query') return own(target, property);
          return (sql: unknown, parameters?: unknown[]) =>
            typeof sql === 'string' && parameters && isCopyFromStdin(sql, parameters)
              ? copyThroughProtocol(client, sql, parameters[0] as string)
              : query(sql, parameters);
        },
      });
      wrapped.set(client, copying);
    }
    return copying;
  };
  return new Proxy(pool, {
    get(target, property) {
      if (property !== 'connect') return own(target, property);
      return async () => wrap(await target.connect());
    },
  });
}

async function copyThroughProtocol(client: pg.PoolClient, sql: string, text: string) {
  const stream = client.query(copyFrom(sql));
  await pipeline(Readable.from([text]), stream);
  return { command: 'COPY', rowCount: stream.rowCount, rows: [] };
}

/** PGlite, which also runs `copyRows` (see copy.ts), reading the rows from a blob. */
function copyingPGlite(pglite: PGlite): PGlite {
  const copying = <T extends Pick<PGlite, 'query'>>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        if (property === 'query') {
          return (sql: string, parameters?: unknown[], options?: QueryOptions) =>
            parameters && isCopyFromStdin(sql, parameters)
              ? object.query(sql.replace(/stdin$/, "'/dev/blob'"), [], {
                  blob: new Blob([parameters[0] as string]),
                })
              : object.query(sql, parameters, options);
        }
        if (property === 'transaction' && object === (pglite as unknown)) {
          return <R>(callback: (tx: Transaction) => Promise<R>) =>
            pglite.transaction((tx) => callback(copying(tx)));
        }
        return own(object, property);
      },
    });
  return copying(pglite);
}

/** A property of the object behind a proxy, methods bound to it: PGlite keeps private fields. */
function own(target: object, property: string | symbol): unknown {
  const value: unknown = Reflect.get(target, property);
  return typeof value === 'function'
    ? (value as (...args: unknown[]) => unknown).bind(target)
    : value;
}
