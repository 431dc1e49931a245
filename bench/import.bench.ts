import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { shippedBankHolidays } from '../src/calendar/bank-holidays.ts';
import { createCalendar } from '../src/calendar/calendar.ts';
import { connect } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { generateDemoRecords } from '../src/demo/generate.ts';
import { COLUMNS } from '../src/import/columns.ts';
import { toCsvLine } from '../src/import/csv-parser.ts';
import { rowCells } from '../src/import/export-cells.ts';
import { importFile } from '../src/import/import-file.ts';

// Importing a council's history (issue 7): 100,000 generated rows in the import format, imported
// on the embedded database and on PostgreSQL, against PostgreSQL's own COPY of the same rows into
// a plain table of text columns, the fastest any loader could go. Each import runs in a process of
// its own, so that its peak memory is its own. Run with `npx tsx bench/import.bench.ts`.

const ROWS = 100_000;
const POSTGRES = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const run = promisify(execFile);

interface ImportRun {
  rows: number;
  seconds: number;
  /** Time this process spent computing (reading, checking, planning, sending), not waiting. */
  cpuSeconds: number;
  peakRssMb: number;
  /** The JavaScript heap alone: what the import itself holds, without the database. */
  peakHeapMb: number;
}

/** The generated rows as an import file: demo data of many years, cut to exactly ROWS rows. */
async function writeRows(file: string): Promise<number> {
  const calendar = createCalendar({ nation: 'england-and-wales', holidays: shippedBankHolidays() });
  const out = createWriteStream(file);
  out.write(toCsvLine(COLUMNS) + '\r\n');
  let rows = 0;
  const records = generateDemoRecords({
    seed: 100_000,
    years: 14,
    perYear: 7_500,
    today: '2026-03-31',
    calendar,
  });
  for (const { row } of records) {
    if (rows === ROWS) break;
    if (!out.write(toCsvLine(rowCells(row)) + '\r\n')) {
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    rows++;
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  if (rows < ROWS) throw new Error(`Only ${rows} rows were generated`);
  return rows;
}

/** One import, in this process: the child's side. */
async function importOnce(target: string, file: string, location: string): Promise<ImportRun> {
  const connection =
    target === 'postgres'
      ? await connect({ databaseUrl: location })
      : await connect({ dataDir: location });
  let peak = 0;
  let peakHeap = 0;
  const sample = () => {
    const memory = process.memoryUsage();
    peak = Math.max(peak, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
  };
  const sampler = setInterval(sample, 50);
  try {
    await migrateToLatest(connection.db);
    const { id } = await connection.db
      .insertInto('organisations')
      .values({ name: 'Benchshire County Council' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const started = performance.now();
    const cpu = process.cpuUsage();
    const outcome = await importFile(connection.db, {
      organisationId: id,
      actor: null,
      restrictedAccess: [],
      source: 'import',
      from: 'bench.csv',
      today: '2026-03-31',
      dryRun: false,
      chunks: createReadStream(file, { highWaterMark: 256 * 1024 }),
    });
    const finished = performance.now();
    const used = process.cpuUsage(cpu);
    sample();
    if (!outcome.ok) throw new Error(`The import was refused: ${outcome.problems[0]?.message}`);
    return {
      rows: outcome.rows,
      seconds: (finished - started) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      peakRssMb: peak / 1024 / 1024,
      peakHeapMb: peakHeap / 1024 / 1024,
    };
  } finally {
    clearInterval(sampler);
    await connection.close();
  }
}

async function inChild(target: string, file: string, location: string): Promise<ImportRun> {
  const here = fileURLToPath(import.meta.url);
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', here, '--child', target, file, location],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ImportRun;
}

function describeRun(name: string, result: ImportRun): string {
  const rate = Math.round(result.rows / result.seconds).toLocaleString('en-GB');
  return `import: ${name}: ${result.rows.toLocaleString('en-GB')} rows in ${result.seconds.toFixed(1)} s (Node busy ${result.cpuSeconds.toFixed(1)} s), ${rate} rows/s, peak RSS ${Math.round(result.peakRssMb)} MB (JavaScript heap ${Math.round(result.peakHeapMb)} MB)`;
}

/** PostgreSQL's own bulk load of the same file into a table of text columns, through psql. */
async function copyRate(url: string, file: string): Promise<number> {
  const columns = COLUMNS.map((column) => `${column} text`).join(', ');
  await run('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', `create table bench_copy (${columns})`]);
  const started = performance.now();
  await run('psql', [
    url,
    '-v',
    'ON_ERROR_STOP=1',
    '-qc',
    `\\copy bench_copy from '${file}' with (format csv, header true)`,
  ]);
  return ROWS / ((performance.now() - started) / 1000);
}

/** The tables an import writes to, parents first, so that they load in this order. */
const WRITTEN_TABLES = [
  'people',
  'children',
  'records',
  'record_people',
  'record_children',
  'record_themes',
  'record_links',
  'record_access',
  'stages',
  'remedies',
  'events',
];

/**
 * The ceiling for any loader of Heard's own model: COPY of exactly the rows the import wrote into
 * the same tables, with their keys, indexes and foreign keys, in one transaction, into a copy of
 * the imported database emptied of them. Returns file rows per second and table rows written.
 */
async function modelCopyRate(
  server: pg.Client,
  imported: string,
  url: URL,
  dir: string,
): Promise<{ rate: number; tableRows: number }> {
  let tableRows = 0;
  for (const table of WRITTEN_TABLES) {
    const out = path.join(dir, `${table}.copy`);
    await run('psql', [
      url.toString(),
      '-v',
      'ON_ERROR_STOP=1',
      '-qc',
      `\\copy ${table} to '${out}'`,
    ]);
    const count = await run('psql', [url.toString(), '-Atqc', `select count(*) from ${table}`]);
    tableRows += Number(count.stdout.trim());
  }
  const emptied = `${imported}_model`;
  await server.query(`create database ${emptied} template ${imported}`);
  try {
    const target = new URL(url);
    target.pathname = `/${emptied}`;
    await run('psql', [target.toString(), '-qc', 'truncate people, children, records cascade']);
    const script = path.join(dir, 'load.sql');
    await writeFile(
      script,
      WRITTEN_TABLES.map(
        (table) => `\\copy ${table} from '${path.join(dir, `${table}.copy`)}'`,
      ).join('\n') + '\n',
    );
    const started = performance.now();
    await run('psql', [target.toString(), '-1', '-q', '-v', 'ON_ERROR_STOP=1', '-f', script]);
    return { rate: ROWS / ((performance.now() - started) / 1000), tableRows };
  } finally {
    await server.query(`drop database if exists ${emptied} with (force)`);
  }
}

export async function benchImport(): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'heard-import-bench-'));
  try {
    const file = path.join(dir, 'rows.csv');
    const rows = await writeRows(file);
    const megabytes = (await stat(file)).size / 1024 / 1024;
    const lines = [
      `import: ${rows.toLocaleString('en-GB')} generated rows, ${megabytes.toFixed(1)} MB of CSV`,
    ];
    lines.push(
      describeRun(
        'PGlite (files in a temporary folder)',
        await inChild('pglite', file, path.join(dir, 'pglite')),
      ),
    );

    const name = `heard_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES });
    try {
      await admin.connect();
    } catch (error) {
      lines.push(`import: PostgreSQL at ${POSTGRES} not reachable (${String(error)}); skipped`);
      return lines;
    }
    await admin.query(`create database ${name}`);
    try {
      const url = new URL(POSTGRES);
      url.pathname = `/${name}`;
      const result = await inChild('postgres', file, url.toString());
      lines.push(describeRun('PostgreSQL', result));
      const imported = result.rows / result.seconds;
      const model = await modelCopyRate(admin, name, url, dir);
      lines.push(
        `import: PostgreSQL COPY of the ${model.tableRows.toLocaleString('en-GB')} rows the import wrote into Heard's tables (keys, indexes, foreign keys): ${Math.round(model.rate).toLocaleString('en-GB')} file rows/s; the import runs at ${((imported / model.rate) * 100).toFixed(1)}% of it`,
      );
      const copy = await copyRate(url.toString(), file);
      lines.push(
        `import: PostgreSQL COPY of the file into one plain table of text columns: ${Math.round(copy).toLocaleString('en-GB')} rows/s; the import runs at ${((imported / copy) * 100).toFixed(1)}% of it (target: 25%)`,
      );
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
    return lines;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--child') {
    const [, , , target = '', file = '', location = ''] = process.argv;
    console.log(JSON.stringify(await importOnce(target, file, location)));
  } else {
    for (const line of await benchImport()) console.log(line);
  }
}
