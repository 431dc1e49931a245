import fs from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { Command } from '../cli/command.ts';
import { todayInLondon } from '../casework/clock.ts';
import { reportYear } from '../report/metrics/year.ts';
import { withOrganisation } from './cli-database.ts';
import { exportCsv, type ExportCounts } from './export-records.ts';
import { importFile } from './import-file.ts';
import { importSummaryText, importSummaryView, problemLines } from './import-summary.ts';
import { counted, terminalProgress } from './progress.ts';

export const importCommand: Command = {
  summary: 'Import records from a CSV file (--dry-run to check it only)',
  usage: `heard import FILE.csv [--dry-run]

Imports a council's history: one row per record, in the import format of DESIGN §5 (the columns
of ../shared/examples/import-sample.csv, in any order). The file is read once and written in one
transaction: if any row has a problem, every problem is listed with its row, column and reason,
nothing is imported and the exit code is 1. A reference already in Heard updates that record
rather than adding another; teams, service areas and themes Heard does not know are added and
listed. --dry-run checks everything an import would and changes nothing.`,
  async run(args) {
    const parsed = parseArgs({
      args,
      options: { 'dry-run': { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) {
      console.error('Give one CSV file: heard import FILE.csv [--dry-run]');
      return 2;
    }
    const size = await stat(file).then(
      (s) => (s.isFile() ? s.size : undefined),
      () => undefined,
    );
    if (size === undefined) {
      console.error(`There is no file ${file}`);
      return 1;
    }
    const progress = terminalProgress();
    progress.phase(parsed.values['dry-run'] ? 'Checking' : 'Importing', size);
    const outcome = await withOrganisation(async (db, organisationId) => {
      const administrators = await db
        .selectFrom('users')
        .select('id')
        .where('organisation_id', '=', organisationId)
        .where('role', '=', 'administrator')
        .where('active', '=', true)
        .execute();
      return importFile(db, {
        organisationId,
        actor: null,
        // Nobody imports from the command line in person, so the administrators can see
        // restricted records and name whoever else should.
        restrictedAccess: administrators.map((a) => a.id),
        source: 'import',
        from: path.basename(file),
        today: todayInLondon(),
        dryRun: parsed.values['dry-run'] === true,
        chunks: counted(fs.createReadStream(file, { highWaterMark: 256 * 1024 }), (bytes) =>
          progress.update(bytes),
        ),
      });
    });
    progress.finish();
    if (!outcome.ok) {
      console.error(`${file} was not imported: nothing was changed. Problems:`);
      for (const line of problemLines(outcome)) console.error(`  ${line}`);
      return 1;
    }
    for (const line of importSummaryText(importSummaryView(outcome), path.basename(file))) {
      console.log(line);
    }
    return 0;
  },
};

export const exportCommand: Command = {
  summary: 'Export a financial year of records (or all) as CSV in the import format',
  usage: `heard export [--year 2023] [--out FILE]

Writes the records received in the financial year starting 1 April of --year (2023 is 2023/24),
or every record without it, as CSV in the import format, to FILE or to the standard output.
Importing the file into an empty Heard and exporting again gives the same file. A free-text cell
that a spreadsheet would run as a formula (starting =, +, -, @) starts with an apostrophe, which
the import takes off again.`,
  async run(args) {
    const parsed = parseArgs({
      args,
      options: { year: { type: 'string' }, out: { type: 'string' } },
      strict: true,
    });
    const yearText = parsed.values.year;
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) {
      console.error('Give --year as the year a financial year starts, such as --year 2023');
      return 2;
    }
    const year = yearText === undefined ? undefined : Number(yearText);
    const out = parsed.values.out;
    const counts: ExportCounts = { records: 0, awaitingTriage: 0 };
    await withOrganisation((db, organisationId) =>
      pipeline(
        Readable.from(exportCsv(db, organisationId, { year }, counts)),
        out ? fs.createWriteStream(out) : process.stdout,
      ),
    );
    const which = year === undefined ? 'all years' : reportYear(year).label;
    console.error(`Exported ${counts.records} records (${which})${out ? ` to ${out}` : ''}.`);
    if (counts.awaitingTriage > 0) {
      console.error(
        `${counts.awaitingTriage} complaints awaiting triage were left out: the import format needs a procedure or a reason for not accepting.`,
      );
    }
    return 0;
  },
};
