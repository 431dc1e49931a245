import { parseArgs } from 'node:util';
import type { Command } from '../cli/command.ts';
import { withOrganisation } from '../import/cli-database.ts';
import { DEMO_DEFAULTS, DEMO_SOURCE, loadDemoData } from './load-demo.ts';

function wholeNumber(text: string | undefined, fallback: number): number | undefined {
  if (text === undefined) return fallback;
  return /^\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

export const demoDataCommand: Command = {
  summary: 'Add realistic made-up records to try Heard with',
  usage: `heard demo-data [--years ${DEMO_DEFAULTS.years}] [--per-year ${DEMO_DEFAULTS.perYear}] [--seed ${DEMO_DEFAULTS.seed}]

Generates made-up records for the financial years up to today (every kind, in the proportions
of published annual reports, with escalations, remedies and learning) and imports them as an
import would. The same seed gives the same records. It refuses a database that has records other
than demo data. npm start does this on an empty database unless HEARD_DEMO=false.`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        years: { type: 'string' },
        'per-year': { type: 'string' },
        seed: { type: 'string' },
      },
      strict: true,
    });
    const years = wholeNumber(values.years, DEMO_DEFAULTS.years);
    const perYear = wholeNumber(values['per-year'], DEMO_DEFAULTS.perYear);
    const seed = wholeNumber(values.seed, DEMO_DEFAULTS.seed);
    if (!years || !perYear || !seed) {
      console.error('--years, --per-year and --seed are whole numbers, such as --years 3');
      return 2;
    }
    return withOrganisation(async (db, organisationId) => {
      const real = await db
        .selectFrom('records')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('organisation_id', '=', organisationId)
        .where('source', '<>', DEMO_SOURCE)
        .executeTakeFirstOrThrow();
      if (real.count > 0) {
        console.error(
          `This database has ${real.count} records that are not demo data; demo data would be mixed in with them. Use an empty database.`,
        );
        return 1;
      }
      const staff = await db
        .selectFrom('users')
        .select(['id', 'name', 'role'])
        .where('organisation_id', '=', organisationId)
        .where('active', '=', true)
        .execute();
      const started = performance.now();
      const loaded = await loadDemoData(db, {
        organisationId,
        seed,
        years,
        perYear,
        restrictedAccess: staff.filter((u) => u.role === 'administrator').map((u) => u.id),
        investigator: staff.find((u) => u.role === 'investigator'),
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Loaded ${loaded.records} demo records and ${loaded.learningActions} learning actions in ${seconds} s.`,
      );
      return 0;
    });
  },
};
