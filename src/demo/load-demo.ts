import { sql, type Transaction } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import type { IsoDate } from '../calendar/types.ts';
import { todayInLondon } from '../casework/clock.ts';
import { loadOrganisationRules } from '../casework/organisation-rules.ts';
import { writeImportRows, type ImportedRow } from '../import/writer.ts';
import { demoPersonName, generateDemoRecords, type DemoLearning } from './generate.ts';

export interface DemoDataOptions {
  organisationId: string;
  seed?: number;
  years?: number;
  perYear?: number;
  today?: IsoDate;
  /** Users named on the few restricted demo records, so that someone can open them. */
  restrictedAccess?: readonly string[];
  /** Appointed to every demo stage 2 investigation, so an investigator's view has cases. */
  investigator?: { id: string; name: string };
}

export const DEMO_DEFAULTS = { seed: 1989, years: 3, perYear: 1500 } as const;

/** Marks records as demo data, so they can be told from real ones. */
export const DEMO_SOURCE = 'demo';

/**
 * Generates demo records and writes them through the import writer in one transaction, so they
 * get due dates, statuses and history exactly as imported records do, then adds the learning
 * actions agreed after them.
 */
export async function loadDemoData(
  db: Db,
  options: DemoDataOptions,
): Promise<{ records: number; learningActions: number }> {
  const { organisationId } = options;
  const today = options.today ?? todayInLondon();
  const rules = await loadOrganisationRules(db, organisationId);
  const learning: DemoLearning[] = [];
  const complainants = new Set<string>();
  function* rows(): Generator<ImportedRow> {
    const records = generateDemoRecords({
      seed: options.seed ?? DEMO_DEFAULTS.seed,
      years: options.years ?? DEMO_DEFAULTS.years,
      perYear: options.perYear ?? DEMO_DEFAULTS.perYear,
      today,
      calendar: rules.calendar,
    });
    for (const record of records) {
      if (record.learning) learning.push(record.learning);
      if (record.row.complainant_id) complainants.add(record.row.complainant_id);
      yield { line: 0, row: record.row };
    }
  }
  const loaded = await db.transaction().execute(async (trx) => {
    const result = await writeImportRows(
      trx,
      {
        organisationId,
        actor: null,
        restrictedAccess: options.restrictedAccess ?? [],
        source: DEMO_SOURCE,
        from: 'demo data',
        today,
      },
      rows(),
    );
    await nameComplainants(trx, organisationId, complainants);
    await addLearning(trx, organisationId, learning);
    if (options.investigator) await appoint(trx, organisationId, options.investigator);
    return { records: result.created + result.updated, learningActions: learning.length };
  });
  // As after an import: the report's queries need statistics PGlite does not gather by itself.
  await sql`analyze`.execute(db);
  return loaded;
}

/** The import format has no names, so demo complainants are named once their records are in. */
async function nameComplainants(
  trx: Transaction<Database>,
  organisationId: string,
  keys: ReadonlySet<string>,
): Promise<void> {
  if (keys.size === 0) return;
  const external = [...keys];
  await sql`update people set name = named.name
    from unnest(${external}::text[], ${external.map(demoPersonName)}::text[])
      as named(external_key, name)
    where people.organisation_id = ${organisationId}
      and people.external_key = named.external_key and people.name is null`.execute(trx);
}

async function addLearning(
  trx: Transaction<Database>,
  organisationId: string,
  learning: readonly DemoLearning[],
): Promise<void> {
  if (learning.length === 0) return;
  const teams = new Map(
    (
      await trx
        .selectFrom('teams')
        .select(['id', 'name'])
        .where('organisation_id', '=', organisationId)
        .execute()
    ).map((team) => [team.name, team.id]),
  );
  for (let i = 0; i < learning.length; i += 500) {
    const batch = learning.slice(i, i + 500);
    const records = new Map(
      (
        await trx
          .selectFrom('records')
          .select(['id', 'reference'])
          .where('organisation_id', '=', organisationId)
          .where(
            'reference',
            'in',
            batch.map((l) => l.reference),
          )
          .execute()
      ).map((record) => [record.reference, record.id]),
    );
    await trx
      .insertInto('learning_actions')
      .values(
        batch.map((l) => ({
          organisation_id: organisationId,
          record_id: records.get(l.reference) ?? null,
          learning: l.learning,
          action: l.action,
          category: l.category,
          owner: l.owner,
          team_id: teams.get(l.team) ?? null,
          due_on: l.dueOn,
          status: l.status,
          evidence: l.status === 'completed' ? 'Confirmed by the team manager' : null,
          completed_on: l.completedOn,
          publish: l.status === 'completed',
          // When it was agreed, which decides the report year it counts in.
          created_at: `${l.agreedOn}T12:00:00Z`,
        })),
      )
      .execute();
  }
}

async function appoint(
  trx: Transaction<Database>,
  organisationId: string,
  investigator: { id: string; name: string },
): Promise<void> {
  await trx
    .insertInto('stage_appointments')
    .columns(['stage_id', 'organisation_id', 'role', 'user_id', 'name', 'appointed_on'])
    .expression((eb) =>
      eb
        .selectFrom('stages')
        .innerJoin('records', 'records.id', 'stages.record_id')
        .select([
          'stages.id',
          'stages.organisation_id',
          eb.val('investigating_officer').as('role'),
          eb.val(investigator.id).as('user_id'),
          eb.val(investigator.name).as('name'),
          'stages.started_on',
        ])
        .where('records.organisation_id', '=', organisationId)
        .where('records.source', '=', DEMO_SOURCE)
        .where('stages.number', '=', 2),
    )
    .execute();
}
