import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { connect, type Connection, type Db } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { fromDayNumber, toDayNumber } from '../src/calendar/dates.ts';
import { buildReportDocument } from '../src/report/document/build.ts';
import { reportHtml } from '../src/report/exports/html.ts';
import { gatherReportData } from '../src/report/report-data.ts';
import { reportView } from '../src/report/view-model.ts';

// The whole annual report of a busy year: 10,000 records received in 2020/21 and as many in
// 2019/20, read from the database, counted, compared and rendered as the HTML page with its
// charts. The target (issue 6) is under a second. Run with `npx tsx bench/report.bench.ts`.

const PER_YEAR = 10_000;
const POSTGRES = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BATCH = 1000;

/** A small seeded generator (mulberry32), so every run times the same records. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function insertAll<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** Two years of records as a council's would look, written straight into the tables in batches. */
export async function generate(db: Db): Promise<string> {
  const random = seededRandom(2020);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const { id: org } = await db
    .insertInto('organisations')
    .values({ name: 'Benchshire County Council' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const named = async (table: 'teams' | 'service_areas' | 'themes', names: string[]) => {
    const rows = names.map((name) => ({ id: randomUUID(), organisation_id: org, name }));
    await db.insertInto(table).values(rows).execute();
    return rows.map((row) => row.id);
  };
  const teams = await named(
    'teams',
    Array.from({ length: 12 }, (_, i) => `Team ${i + 1}`),
  );
  const areas = await named('service_areas', ['Social care', 'Early help', 'Education', 'SEND']);
  const themes = await named(
    'themes',
    Array.from({ length: 14 }, (_, i) => `Theme ${i + 1}`),
  );
  const people = Array.from({ length: 12_000 }, (_, i) => ({
    id: randomUUID(),
    organisation_id: org,
    external_key: `P${i}`,
  }));
  await insertAll(people, (batch) => db.insertInto('people').values(batch).execute());

  const kinds = [
    ...Array<string>(40).fill('complaint'),
    ...Array<string>(20).fill('compliment'),
    ...Array<string>(10).fill('concern'),
    ...Array<string>(10).fill('enquiry'),
    ...Array<string>(8).fill('mp_enquiry'),
    ...Array<string>(5).fill('councillor_enquiry'),
    ...Array<string>(2).fill('ombudsman'),
    ...Array<string>(5).fill('other'),
  ];
  const outcomes = ['upheld', 'partially_upheld', 'not_upheld', 'withdrawn', 'outside_remit'];
  const ombudsmanOutcomes = ['premature', 'closed_no_injustice', 'not_upheld', 'upheld_injustice'];
  const roles = ['parent', 'child', 'relative', 'foster_carer', 'professional', 'other'];
  const circumstances = ['child_in_need', 'child_protection', 'child_in_care', 'care_leaver'];
  const reasons = ['court', 'out_of_time', 'general_enquiry', 'safeguarding_referral'];
  const first = toDayNumber('2019-04-01');
  const today = toDayNumber('2021-06-30');
  const day = (n: number) => fromDayNumber(Math.min(n, today));

  const records = [];
  const stages = [];
  const recordPeople = [];
  const children = [];
  const recordChildren = [];
  const recordThemes = [];
  const remedies = [];
  const learning = [];
  for (let i = 0; i < PER_YEAR * 2; i++) {
    const id = randomUUID();
    const kind = pick(kinds);
    const received = first + Math.floor((i / (PER_YEAR * 2)) * 730);
    const notAccepted = kind === 'complaint' && chance(0.15);
    const procedure =
      kind === 'complaint' && !notAccepted ? (chance(0.6) ? 'statutory' : 'corporate') : null;
    records.push({
      id,
      organisation_id: org,
      reference: `CS-${i}`,
      kind,
      procedure,
      status: 'closed',
      received_on: fromDayNumber(received),
      channel: pick(['email', 'letter', 'phone', 'online']),
      team_id: pick(teams),
      service_area_id: pick(areas),
      advocate_provider: kind === 'complaint' && chance(0.1) ? 'NYAS' : null,
      not_accepted_reason: notAccepted ? pick(reasons) : null,
      compliment_from:
        kind === 'compliment' ? pick(['family', 'professional', 'young_person']) : null,
    });
    if (kind === 'complaint') {
      const person = pick(people).id;
      recordPeople.push({
        record_id: id,
        person_id: person,
        organisation_id: org,
        role: pick(roles),
      });
      const child = randomUUID();
      children.push({ id: child, organisation_id: org });
      recordChildren.push({
        record_id: id,
        child_id: child,
        organisation_id: org,
        circumstance: pick(circumstances),
      });
      for (const theme of new Set([pick(themes), pick(themes)])) {
        recordThemes.push({ record_id: id, theme_id: theme, organisation_id: org });
      }
    }
    if (kind === 'compliment' || kind === 'other' || notAccepted) continue;
    // Stage 1, or the one response of a single-stage kind; most answered, some still open.
    let start = received;
    for (let number = 1; number <= (procedure ? 3 : 1); number++) {
      const took = number === 1 ? 3 + Math.floor(random() * 30) : 20 + Math.floor(random() * 70);
      const open = start + took > today;
      stages.push({
        organisation_id: org,
        record_id: id,
        number,
        procedure: procedure ?? kind,
        started_on: day(start),
        limit_days: kind === 'ombudsman' ? null : number === 1 ? 10 : 25,
        maximum_days: kind === 'ombudsman' ? null : number === 1 ? 20 : 65,
        due_on: day(start + (number === 1 ? 14 : 35)),
        extended: chance(0.2),
        manager_contacted: number === 1 && procedure ? chance(0.6) : null,
        responded_on: open ? null : day(start + took),
        ended_on: open ? null : day(start + took),
        outcome: open ? null : kind === 'ombudsman' ? pick(ombudsmanOutcomes) : pick(outcomes),
        reopened_count: chance(0.1) ? 1 : 0,
        investigator_cost: number === 2 && !open ? 1500 : null,
        panel_cost: number === 3 && !open ? 900 : null,
      });
      if (open || !procedure || !chance(number === 1 ? 0.08 : 0.1)) break;
      start = start + took + 5;
    }
    if (procedure && chance(0.03)) {
      remedies.push({
        organisation_id: org,
        record_id: id,
        stage_number: '1',
        kind: 'financial',
        amount: 50 + Math.floor(random() * 500),
        agreed_on: day(received + 20),
      });
    }
    if (procedure && chance(0.05)) {
      learning.push({
        organisation_id: org,
        record_id: id,
        learning: 'Letters were late',
        action: 'Replies tracked weekly',
        category: pick(['communication', 'policy', 'training']),
        status: pick(['open', 'completed']),
        publish: chance(0.3),
        created_at: `${day(received + 25)}T12:00:00Z`,
      });
    }
  }
  await insertAll(records, (batch) => db.insertInto('records').values(batch).execute());
  await insertAll(stages, (batch) => db.insertInto('stages').values(batch).execute());
  await insertAll(recordPeople, (batch) => db.insertInto('record_people').values(batch).execute());
  await insertAll(children, (batch) => db.insertInto('children').values(batch).execute());
  await insertAll(recordChildren, (batch) =>
    db.insertInto('record_children').values(batch).execute(),
  );
  await insertAll(recordThemes, (batch) => db.insertInto('record_themes').values(batch).execute());
  await insertAll(remedies, (batch) => db.insertInto('remedies').values(batch).execute());
  await insertAll(learning, (batch) => db.insertInto('learning_actions').values(batch).execute());
  return org;
}

/** Milliseconds for each part of producing the 2020/21 report: the median of five runs after one. */
async function timeReport(db: Db, organisationId: string): Promise<Record<string, number>> {
  const runs: Record<string, number>[] = [];
  for (let run = 0; run < 6; run++) {
    const started = performance.now();
    const data = await gatherReportData(db, organisationId, 2020);
    const gathered = performance.now();
    const html = await reportHtml(await reportView(buildReportDocument(data)));
    const rendered = performance.now();
    if (!html.includes('Equalities information')) throw new Error('The report was not rendered');
    if (run > 0) {
      runs.push({
        'read and count': gathered - started,
        'render HTML with charts': rendered - gathered,
        'whole report': rendered - started,
      });
    }
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return Object.fromEntries(
    Object.keys(runs[0]!).map((key) => [key, median(runs.map((r) => r[key]!))]),
  );
}

async function onDatabase(
  name: string,
  open: () => Promise<Connection & { drop?: () => Promise<void> }>,
): Promise<string[]> {
  const connection = await open();
  try {
    await migrateToLatest(connection.db);
    const loading = performance.now();
    const org = await generate(connection.db);
    // Fresh tables have no planner statistics: PostgreSQL's autovacuum gathers them soon after a
    // bulk load, PGlite has no autovacuum. Without them the people query alone takes seconds.
    await sql`analyze`.execute(connection.db);
    const loaded = performance.now() - loading;
    const times = await timeReport(connection.db, org);
    return [
      `report: ${name}: ${(PER_YEAR * 2).toLocaleString('en-GB')} records written in ${(loaded / 1000).toFixed(1)} s`,
      ...Object.entries(times).map(
        ([part, ms]) =>
          `report: ${name}: ${part} ${ms.toFixed(0)} ms (target for the whole report: under 1,000 ms)`,
      ),
    ];
  } finally {
    await connection.close();
    await connection.drop?.();
  }
}

/** PostgreSQL in a database of the benchmark's own, created and dropped here. */
async function postgres(): Promise<Connection & { drop: () => Promise<void> }> {
  const name = `heard_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES);
  url.pathname = `/${name}`;
  const connection = await connect({ databaseUrl: url.toString() });
  return {
    ...connection,
    async drop() {
      const cleanup = new pg.Client({ connectionString: POSTGRES });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export async function benchReport(): Promise<string[]> {
  const lines = await onDatabase('PGlite', () => connect({}));
  try {
    lines.push(...(await onDatabase('PostgreSQL', postgres)));
  } catch (error) {
    lines.push(
      `report: PostgreSQL not measured: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchReport()) console.log(line);
}
