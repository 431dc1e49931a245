import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Command } from '../cli/command.ts';
import { readConfig } from '../config/env.ts';
import { connect, type DbOrTrx } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { todayInLondon } from '../casework/clock.ts';
import { exportReport, isReportFormat, REPORT_FORMATS } from './exports/export-report.ts';
import { gatherReportData } from './report-data.ts';
import { parseYearStart } from './report-years-list.ts';

const USAGE = `heard report --year YEAR [--format ${REPORT_FORMATS.join('|')}] [--out FILE]

Produces the annual report of the financial year starting in April of YEAR: --year 2020 is
2020/21 (1 April 2020 to 31 March 2021), compared with the year before.

  --format  json (the default): the figures as DESIGN §4 sets them out
            docx: Word; xlsx: a spreadsheet, a sheet per section; csv: every figure in one table;
            html: the report as one printable web page
  --out     the file to write. Without it, json, csv and html go to the standard output, and
            docx and xlsx to annual-report-YYYY-YY.docx or .xlsx in the current folder.`;

export interface ReportCommandIo {
  db: DbOrTrx;
  today: string;
  /** The report itself, when it goes to the standard output. */
  write(text: string): void;
  /** Messages: what was written, or what was wrong. */
  say(line: string): void;
}

/** `heard report`, given a database: the command's work, apart from connecting. */
export async function runReport(args: string[], io: ReportCommandIo): Promise<number> {
  let values: { year?: string; format?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { year: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.say(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.year === undefined) {
    io.say(
      `Give --year, the year the financial year starts in, such as 2020 for 2020/21.\n\n${USAGE}`,
    );
    return 2;
  }
  const year = parseYearStart(values.year, io.today);
  if (!year.ok) {
    io.say(`--year ${values.year}: ${year.message}.`);
    return 1;
  }
  const format = values.format ?? 'json';
  if (!isReportFormat(format)) {
    io.say(
      `--format ${format} is not a format of the report. Choose one of: ${REPORT_FORMATS.join(', ')}.`,
    );
    return 1;
  }
  const organisation = await io.db
    .selectFrom('organisations')
    .select('id')
    .orderBy('created_at')
    .executeTakeFirst();
  if (!organisation) {
    io.say('There is no organisation yet: start Heard once first.');
    return 1;
  }
  const data = await gatherReportData(io.db, organisation.id, year.yearStart);
  const file = await exportReport(data, format);
  const binary = format === 'docx' || format === 'xlsx';
  if (!values.out && !binary) {
    io.write(String(file.body));
    return 0;
  }
  const out = values.out ?? file.fileName;
  await fs.writeFile(out, file.body);
  io.say(`Wrote the ${data.report.year.label} report to ${out}.`);
  return 0;
}

export const reportCommand: Command = {
  summary: 'Produce the annual report of a financial year (json, docx, xlsx, csv or html)',
  usage: USAGE,
  async run(args) {
    const config = readConfig();
    const connection = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await migrateToLatest(connection.db);
      return await runReport(args, {
        db: connection.db,
        today: todayInLondon(),
        write: (text) => process.stdout.write(text),
        say: (line) => console.error(line),
      });
    } finally {
      await connection.close();
    }
  },
};
