import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Connection } from './connect.ts';
import { migrateToLatest } from './migrate.ts';

/**
 * A migrated, empty database for one test file: in-memory PGlite by default, or a database of
 * its own on the PostgreSQL server named by DATABASE_URL (created here and dropped on close).
 */
export async function createTestDatabase(): Promise<Connection> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const connection = await connect({});
    await migrateToLatest(connection.db);
    return connection;
  }
  const name = `heard_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await connect({ databaseUrl: url.toString() });
  await migrateToLatest(connection.db);
  return {
    ...connection,
    async close() {
      await connection.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      // The pool's connections take a moment to go after it ends; forcing the drop at once would
      // cut them mid-goodbye. Wait for them, and force only if something still holds on.
      for (let attempt = 0; attempt < 20; attempt++) {
        const { rows } = await cleanup.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
