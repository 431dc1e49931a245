import { parseArgs } from 'node:util';
import { readConfig } from '../config/env.ts';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { startServer } from '../server.ts';
import { ensureOrganisation } from '../setup/first-run.ts';
import { addUser, DuplicateEmailError } from '../admin/users.ts';
import { isRole, roles } from '../auth/roles.ts';

import type { Command } from './command.ts';
import { daysCommand, holidaysCommand } from '../calendar/cli.ts';
import { proceduresCommand } from '../procedures/cli.ts';
import { reportCommand } from '../report/cli.ts';
import { exportCommand, importCommand } from '../import/cli.ts';
import { demoDataCommand } from '../demo/cli.ts';

const commands: Record<string, Command> = {
  days: daysCommand,
  holidays: holidaysCommand,
  procedures: proceduresCommand,
  report: reportCommand,
  import: importCommand,
  export: exportCommand,
  'demo-data': demoDataCommand,
  serve: {
    summary: 'Start the web app (runs migrations first)',
    usage: `heard serve

Starts Heard on PORT (default 3000). Without DATABASE_URL it uses the embedded database in
HEARD_DATA_DIR (default ./data). On an empty database it creates an organisation and prints the
administrator's sign-in details once.`,
    async run() {
      const running = await startServer(readConfig());
      const stop = async () => {
        await running.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => undefined);
      return 0;
    },
  },
  migrate: {
    summary: 'Bring the database schema up to date',
    usage: `heard migrate

Applies any migrations not yet applied, on DATABASE_URL or the embedded database.`,
    async run() {
      const config = readConfig();
      const connection = await connect({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
      });
      try {
        const applied = await migrateToLatest(connection.db);
        console.log(
          applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.',
        );
      } finally {
        await connection.close();
      }
      return 0;
    },
  },
  users: {
    summary: 'Manage staff accounts (users add)',
    usage: `heard users add --email EMAIL --name "FULL NAME" --role ROLE

Adds a user to the organisation and prints a password to hand over once.
Roles: ${roles.join(', ')}`,
    async run(args) {
      const [sub, ...rest] = args;
      if (sub !== 'add') {
        console.error('Unknown users command. Try: heard users add --help');
        return 1;
      }
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
        strict: true,
      });
      const problems = [
        !values.email && 'Give --email',
        !values.name && 'Give --name',
        !(values.role && isRole(values.role)) && `Give --role, one of: ${roles.join(', ')}`,
      ].filter(Boolean);
      if (
        problems.length ||
        !values.email ||
        !values.name ||
        !values.role ||
        !isRole(values.role)
      ) {
        console.error(problems.join('\n'));
        return 1;
      }
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) {
        console.error(`"${values.email}" is not an email address`);
        return 1;
      }
      const config = readConfig();
      const connection = await connect({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
      });
      try {
        await migrateToLatest(connection.db);
        const { organisationId } = await ensureOrganisation(connection.db, config.organisationName);
        const { password } = await addUser(connection.db, {
          organisationId,
          email: values.email,
          name: values.name,
          role: values.role,
        });
        console.log(`Added ${values.name} <${values.email.toLowerCase()}> as ${values.role}.`);
        console.log(`Password (shown once): ${password}`);
        return 0;
      } catch (error) {
        if (error instanceof DuplicateEmailError) {
          console.error(error.message);
          return 1;
        }
        throw error;
      } finally {
        await connection.close();
      }
    },
  },
};

function overview(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    "Heard: casework and reporting for children's services complaints",
    '',
    'Usage: heard <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "heard <command> --help" for a command\'s options.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${overview()}`);
    return 1;
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
