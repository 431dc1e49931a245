import type { Server } from 'node:http';
import type { Config } from './config/env.ts';
import { connect, type Connection } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createApp } from './web/app.ts';
import { instanceSecret } from './setup/instance-secret.ts';
import { ensureOrganisation } from './setup/first-run.ts';
import { checkRules } from './setup/check-rules.ts';

export interface Running {
  server: Server;
  connection: Connection;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<Running> {
  const connection = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(connection.db);
  const firstRun = await ensureOrganisation(connection.db, config.organisationName, {
    demo: config.demo,
  });
  const problems = await checkRules(connection.db);
  if (problems.length > 0) {
    await connection.close();
    throw new Error(
      `Heard cannot start: the procedure timescales are not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix them with "heard procedures set FILE.json".`,
    );
  }
  const secret = await instanceSecret(connection.db, config.sessionSecret);
  const app = createApp({ db: connection.db, secret, secureCookies: config.secureCookies });

  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(config.port, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  log(
    `Heard is running at ${url} on ${connection.kind === 'pglite' ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}`,
  );
  if (firstRun.users.length > 0) {
    log('');
    log(
      firstRun.demoRecords === undefined
        ? 'First run: an administrator was created. Sign in with:'
        : `First run: ${firstRun.demoRecords} demo records and an account for every role were created (HEARD_DEMO=false starts empty). Sign in with any of:`,
    );
    for (const user of firstRun.users) {
      log(`  ${user.role.padEnd(20)} ${user.email.padEnd(32)} ${user.password}`);
    }
    log('These passwords are shown only once. Change users in Admin → Users.');
  }
  return {
    server,
    connection,
    url,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connection.close();
    },
  };
}
