import { sql } from 'kysely';
import type { DbOrTrx } from '../db/connect.ts';
import type { Actor } from '../casework/access.ts';
import { visibleTo } from '../casework/access.ts';
import type { StageRow } from '../casework/schema.ts';
import { reportYear } from '../report/metrics/year.ts';
import { buildImportRow, type RowValues } from './build-row.ts';
import type { Kind } from './codes.ts';
import { COLUMNS } from './columns.ts';
import { toCsvLine } from './csv-parser.ts';
import { rowCells } from './export-cells.ts';
import { exportedCircumstance } from './parties.ts';
import type { ImportRow } from './row-schema.ts';
import './schema.ts';

export interface ExportOptions {
  /** The financial year starting 1 April of this year, by date received; omitted, every year. */
  year?: number | undefined;
  /** Only the records this person may see; omitted (the command line), every record. */
  actor?: Actor | undefined;
}

export interface ExportCounts {
  records: number;
  /** Complaints awaiting triage: the import format has no way to say "procedure not yet known". */
  awaitingTriage: number;
}

const PAGE = 1000;
// A UTF-8 byte order mark makes Excel read the file as UTF-8 (£, ’, accented names); Heard's import
// skips it.
const BOM = '\uFEFF';
const NEWLINE = '\r\n';

/** The financial year a date falls in, by the year it starts: 2024-02-01 is in 2023. */
export function financialYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '04-01' ? year : year - 1;
}

/**
 * A year's records (or all of them) as CSV in the import format of DESIGN §5, streamed a page at a
 * time in date and reference order, so that importing the file into an empty database and exporting
 * again gives the same bytes. `counts` is filled in as the rows are written.
 */
export async function* exportCsv(
  db: DbOrTrx,
  organisationId: string,
  options: ExportOptions = {},
  counts: ExportCounts = { records: 0, awaitingTriage: 0 },
): AsyncGenerator<string> {
  yield BOM + toCsvLine(COLUMNS) + NEWLINE;
  for await (const rows of exportRows(db, organisationId, options, counts)) {
    yield rows.map((row) => toCsvLine(rowCells(row)) + NEWLINE).join('');
  }
}

async function* exportRows(
  db: DbOrTrx,
  organisationId: string,
  options: ExportOptions,
  counts: ExportCounts,
): AsyncGenerator<ImportRow[]> {
  const range = options.year === undefined ? undefined : reportYear(options.year);
  let after: { receivedOn: string; reference: string } | undefined;
  for (;;) {
    const records = await db
      .selectFrom('records')
      .leftJoin('teams', 'teams.id', 'records.team_id')
      .leftJoin('service_areas', 'service_areas.id', 'records.service_area_id')
      .select([
        'records.id',
        'records.reference',
        'records.kind',
        'records.procedure',
        'records.status',
        'records.received_on',
        'records.channel',
        'records.summary',
        'records.restricted',
        'records.advocate_provider',
        'records.not_accepted_reason',
        'records.withdrawn_on',
        'records.ombudsman_reference',
        'records.compliment_from',
        'teams.name as team',
        'service_areas.name as service_area',
      ])
      .where('records.organisation_id', '=', organisationId)
      .$if(range !== undefined, (qb) =>
        qb
          .where('records.received_on', '>=', range!.start)
          .where('records.received_on', '<=', range!.end),
      )
      .$if(after !== undefined, (qb) =>
        qb.where(
          sql<boolean>`(records.received_on, records.reference collate "C") > (${after!.receivedOn}::date, ${after!.reference} collate "C")`,
        ),
      )
      .$if(options.actor !== undefined, (qb) => qb.where(visibleTo(options.actor!)))
      // The "C" collation orders by code point on every server, whatever its locale.
      .orderBy('records.received_on')
      .orderBy(sql`records.reference collate "C"`)
      .limit(PAGE)
      .execute();
    if (records.length === 0) return;
    const last = records.at(-1)!;
    after = { receivedOn: last.received_on, reference: last.reference };
    const related = await relatedData(
      db,
      records.map((r) => r.id),
    );
    const rows: ImportRow[] = [];
    for (const record of records) {
      if (record.status === 'triage') {
        counts.awaitingTriage++;
        continue;
      }
      rows.push(toImportRow(record, related));
      counts.records++;
    }
    yield rows;
    if (records.length < PAGE) return;
  }
}

type RelatedData = Awaited<ReturnType<typeof relatedData>>;

/** Everything else a page of records exports, a query per table rather than per record. */
async function relatedData(db: DbOrTrx, ids: string[]) {
  const [people, children, themes, links, stages, remedies] = await Promise.all([
    db
      .selectFrom('record_people')
      .innerJoin('people', 'people.id', 'record_people.person_id')
      .select(['record_people.record_id', 'people.external_key', 'record_people.role'])
      .where('record_people.record_id', 'in', ids)
      .where('record_people.is_complainant', '=', true)
      .orderBy('record_people.person_id')
      .execute(),
    db
      .selectFrom('record_children')
      .select(['record_id', 'circumstance'])
      .where('record_id', 'in', ids)
      .execute(),
    db
      .selectFrom('record_themes')
      .innerJoin('themes', 'themes.id', 'record_themes.theme_id')
      .select(['record_themes.record_id', 'themes.name'])
      .where('record_themes.record_id', 'in', ids)
      .execute(),
    db
      .selectFrom('record_links')
      .innerJoin('records', 'records.id', 'record_links.related_record_id')
      .select(['record_links.record_id', 'records.reference'])
      .where('record_links.record_id', 'in', ids)
      .execute(),
    db.selectFrom('stages').selectAll().where('record_id', 'in', ids).execute(),
    db
      .selectFrom('remedies')
      .select(['record_id', 'stage_number', 'amount'])
      .where('record_id', 'in', ids)
      .where('kind', '=', 'financial')
      .where('amount', 'is not', null)
      .execute(),
  ]);
  return {
    complainant: firstByRecord(people),
    circumstances: groupByRecord(children),
    themes: groupByRecord(themes),
    links: groupByRecord(links),
    stages: groupByRecord(stages),
    remedies: groupByRecord(remedies),
  };
}

function groupByRecord<T extends { record_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const byRecord = new Map<string, T[]>();
  for (const row of rows) {
    const list = byRecord.get(row.record_id);
    if (list) list.push(row);
    else byRecord.set(row.record_id, [row]);
  }
  return byRecord;
}

function firstByRecord<T extends { record_id: string }>(rows: readonly T[]): Map<string, T> {
  const first = new Map<string, T>();
  for (const row of rows) if (!first.has(row.record_id)) first.set(row.record_id, row);
  return first;
}

/** The first in code-point order, which does not depend on a locale. */
function first(values: readonly string[]): string | undefined {
  return [...values].sort()[0];
}

interface ExportedRecord {
  id: string;
  reference: string;
  kind: string;
  procedure: string | null;
  received_on: string;
  channel: string | null;
  summary: string | null;
  restricted: boolean;
  advocate_provider: string | null;
  not_accepted_reason: string | null;
  withdrawn_on: string | null;
  ombudsman_reference: string | null;
  compliment_from: string | null;
  team: string | null;
  service_area: string | null;
}

function toImportRow(record: ExportedRecord, related: RelatedData): ImportRow {
  const stages = related.stages.get(record.id) ?? [];
  const stage = (number: number) => stages.find((s) => s.number === number);
  const complainant = related.complainant.get(record.id);
  const remedies = related.remedies.get(record.id) ?? [];
  const [s1, s2, s3] = [stage(1), stage(2), stage(3)];
  // A stage closed without a response (the complainant stopped responding) ended on a day the
  // import format can only hold as the response date; a withdrawal has its own column.
  const endedOn = (s: StageRow) =>
    s.responded_on ??
    (s.ended_on !== null && s.ended_on !== record.withdrawn_on ? s.ended_on : null);
  // Codes are stored as text; they are the import's codes unless an organisation added its own.
  return buildImportRow({
    reference: record.reference,
    kind: record.kind as Kind,
    procedure: value(record.procedure),
    received_on: record.received_on,
    channel: value(record.channel),
    complainant_id: value(complainant?.external_key),
    complainant_role: value(complainant?.role),
    child_circumstance: value(
      exportedCircumstance((related.circumstances.get(record.id) ?? []).map((c) => c.circumstance)),
    ),
    team: value(record.team),
    service_area: value(record.service_area),
    themes: [...new Set((related.themes.get(record.id) ?? []).map((t) => t.name.trim()))].sort(),
    advocate: value(record.advocate_provider),
    summary: value(record.summary),
    related_reference: first((related.links.get(record.id) ?? []).map((l) => l.reference)),
    restricted: record.restricted,
    not_accepted_reason: value(record.not_accepted_reason),
    withdrawn_on: value(record.withdrawn_on),
    ...(s1 && {
      s1_received_on: s1.started_on,
      s1_acknowledged_on: value(s1.acknowledged_on),
      s1_extended: s1.extended,
      s1_suspended_days: value(s1.suspended_days),
      s1_responded_on: value(endedOn(s1)),
      s1_outcome: value(s1.outcome),
      s1_manager_contacted: value(s1.manager_contacted),
      s1_reopened: s1.reopened_count,
    }),
    ...(s2 && {
      s2_requested_on: s2.started_on,
      s2_extended: s2.extended,
      s2_suspended_days: value(s2.suspended_days),
      s2_responded_on: value(endedOn(s2)),
      s2_outcome: value(s2.outcome),
    }),
    ...(s3 && {
      s3_requested_on: s3.started_on,
      s3_panel_on: value(s3.panel_on),
      s3_panel_report_on: value(s3.panel_report_on),
      s3_responded_on: value(endedOn(s3)),
      s3_outcome: value(s3.outcome),
    }),
    ombudsman_reference: value(record.ombudsman_reference),
    ...(remedies.length > 0 && {
      // Several financial remedies export as their total, at the latest stage.
      remedy_amount: Math.round(remedies.reduce((sum, r) => sum + (r.amount ?? 0), 0) * 100) / 100,
      remedy_stage: remedies
        .map((r) => r.stage_number)
        .sort()
        .at(-1) as ImportRow['remedy_stage'],
    }),
    compliment_from: value(record.compliment_from),
  } as RowValues);
}

/** Null as the import's "unknown". */
function value<T>(v: T | null | undefined): T | undefined {
  return v ?? undefined;
}
