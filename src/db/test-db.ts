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
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
