import { readConfig } from '../config/env.ts';
import { connect, type Db } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureOrganisation } from '../setup/first-run.ts';

/**
 * Runs a command against the configured database's organisation, bringing the schema up to date
 * first as every command does. On an empty database the organisation and its administrator are
 * created, and the administrator's password is printed.
 */
export async function withOrganisation<T>(
  run: (db: Db, organisationId: string) => Promise<T>,
): Promise<T> {
  const config = readConfig();
  const connection = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(connection.db);
    const firstRun = await ensureOrganisation(connection.db, config.organisationName);
    for (const user of firstRun.users) {
      console.error(
        `Created the ${user.role} ${user.email}, password (shown once): ${user.password}`,
      );
    }
    return await run(connection.db, firstRun.organisationId);
  } finally {
    await connection.close();
  }
}
