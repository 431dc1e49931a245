import fs from 'node:fs';
import type { Command } from '../cli/command.ts';
import { readConfig } from '../config/env.ts';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ProcedureConfigError, resolveProcedures } from './overrides.ts';
import { timescaleRows } from './timescale-rows.ts';

export const proceduresCommand: Command = {
  summary: "Show or change the organisation's procedure timescales",
  usage: `heard procedures show
heard procedures set FILE.json

"show" prints the timescales in force: the defaults of DESIGN §3 with the organisation's
overrides. "set" replaces the overrides with those in FILE.json, after checking them; for example
{ "procedures": { "statutory": { "acknowledgement": { "limit": 2 } } } } makes statutory complaints
acknowledged within 2 working days. A limit above its maximum, or a missing stage, is refused.`,
  async run(args) {
    const [sub, file] = args;
    if (sub !== 'show' && !(sub === 'set' && file)) {
      console.error('Usage: heard procedures show | heard procedures set FILE.json');
      return 2;
    }
    let overrides: unknown;
    if (sub === 'set') {
      try {
        overrides = JSON.parse(fs.readFileSync(file!, 'utf8'));
        resolveProcedures(overrides);
      } catch (error) {
        if (error instanceof ProcedureConfigError) {
          console.error(
            `${file} was not applied:\n${error.problems.map((p) => `  ${p}`).join('\n')}`,
          );
        } else {
          console.error(
            `${file} could not be read as JSON: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        return 1;
      }
    }
    const config = readConfig();
    const connection = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await migrateToLatest(connection.db);
      const organisation = await connection.db
        .selectFrom('organisations')
        .select(['id', 'settings'])
        .orderBy('created_at')
        .executeTakeFirst();
      if (!organisation) {
        console.error('There is no organisation yet: start Heard once first.');
        return 1;
      }
      let settings = organisation.settings;
      if (sub === 'set') {
        settings = { ...settings, procedures: overrides };
        await connection.db
          .updateTable('organisations')
          .set({ settings: JSON.stringify(settings) as unknown as Record<string, unknown> })
          .where('id', '=', organisation.id)
          .execute();
        console.log(
          'Saved. Stages opened from now on use these timescales; existing stages keep theirs.',
        );
      }
      for (const row of timescaleRows(resolveProcedures(settings.procedures ?? {}))) {
        console.log(
          `${row.procedure} – ${row.stage}: ${row.limit}${row.maximum ? `, up to ${row.maximum} if extended` : ''} (from ${row.clockStart})`,
        );
      }
      return 0;
    } finally {
      await connection.close();
    }
  },
};
