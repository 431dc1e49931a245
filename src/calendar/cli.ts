import fs from 'node:fs';
import type { Command } from '../cli/command.ts';
import { readConfig } from '../config/env.ts';
import { connect, type Connection } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { bankHolidays } from '../casework/organisation-rules.ts';
import { createCalendar } from './calendar.ts';
import {
  InvalidBankHolidaysError,
  NATIONS,
  parseBankHolidays,
  shippedBankHolidays,
  type BankHolidaysFile,
} from './bank-holidays.ts';
import { DAYS_HELP, runDays } from './days-cli.ts';
import type { Nation } from './types.ts';

/** The database only if one exists: `heard days` must also work on a fresh checkout. */
async function existingDatabase(): Promise<Connection | undefined> {
  const config = readConfig();
  if (!config.databaseUrl && !fs.existsSync(config.dataDir)) return undefined;
  const connection = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(connection.db);
  return connection;
}

export const daysCommand: Command = {
  summary: 'Count working days: add N working days to a date, or count those between two dates',
  usage: DAYS_HELP,
  async run(args) {
    const connection = await existingDatabase();
    try {
      let holidays: BankHolidaysFile = shippedBankHolidays();
      let closureDays: string[] = [];
      let defaultNation: Nation = 'england-and-wales';
      if (connection) {
        holidays = (await bankHolidays(connection.db)).file;
        const organisation = await connection.db
          .selectFrom('organisations')
          .select(['id', 'nation'])
          .orderBy('created_at')
          .executeTakeFirst();
        if (organisation) {
          defaultNation = organisation.nation as Nation;
          const rows = await connection.db
            .selectFrom('closure_days')
            .select('day')
            .where('organisation_id', '=', organisation.id)
            .execute();
          closureDays = rows.map((r) => r.day);
        }
      }
      return await runDays(
        args,
        {
          stdin: process.stdin,
          stdout: (line) => console.log(line),
          stderr: (line) => console.error(line),
        },
        // Closure days belong to the organisation, so they apply only in its own nation.
        (nation) =>
          createCalendar({
            nation,
            holidays,
            closureDays: nation === defaultNation ? closureDays : [],
          }),
        defaultNation,
      );
    } finally {
      await connection?.close();
    }
  },
};

export const holidaysCommand: Command = {
  summary: 'Load a newer GOV.UK bank-holidays.json, so new years need no new release',
  usage: `heard holidays import FILE.json

Validates a copy of https://www.gov.uk/bank-holidays.json (all three nations) and keeps it in the
database. Every year in it replaces that year of the bank holidays Heard ships with; due dates
computed from then on use it.`,
  async run(args) {
    const [sub, file] = args;
    if (sub !== 'import' || !file) {
      console.error('Usage: heard holidays import FILE.json');
      return 2;
    }
    let parsed: BankHolidaysFile;
    try {
      parsed = parseBankHolidays(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch (error) {
      if (error instanceof InvalidBankHolidaysError) {
        console.error(
          `${file} is not a valid bank holidays file:\n${error.problems.map((p) => `  ${p}`).join('\n')}`,
        );
      } else {
        console.error(
          `${file} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return 1;
    }
    const config = readConfig();
    const connection = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await migrateToLatest(connection.db);
      await connection.db
        .insertInto('bank_holiday_files')
        .values({ content: JSON.stringify(parsed) })
        .execute();
      for (const nation of NATIONS) {
        const years = [...new Set(parsed[nation].events.map((e) => e.date.slice(0, 4)))].sort();
        console.log(
          `${nation}: ${parsed[nation].events.length} bank holidays, ${years[0]} to ${years.at(-1)}`,
        );
      }
      console.log('Imported. Due dates computed from now on use these bank holidays.');
      return 0;
    } finally {
      await connection.close();
    }
  },
};
