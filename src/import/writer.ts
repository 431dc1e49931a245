import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { sql, type Insertable, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { IsoDate } from '../calendar/types.ts';
import type { HistoryEntry } from '../casework/history.ts';
import { loadOrganisationRules } from '../casework/organisation-rules.ts';
import type { RecordsTable, StagesTable } from '../casework/schema.ts';
import { STATUS_LABELS } from '../casework/domain/transitions.ts';
import { KIND_LABELS, type Kind } from './codes.ts';
import { NameRegistry } from './name-registry.ts';
import { PlanProblem, planRecord, type PlanRules, type RecordPlan } from './record-plan.ts';
import type { ImportRow } from './row-schema.ts';
import { unprotectCell } from './spreadsheet-safety.ts';
import { updateParties } from './parties.ts';
import { BulkInserter } from './bulk-insert.ts';
import './schema.ts';

/** A valid row and the line of the file it starts on (0 for rows made, not read). */
export interface ImportedRow {
  line: number;
  row: ImportRow;
}

export interface WriteOptions {
  organisationId: string;
  /** Who the history says made the change; null for the command line. */
  actor: { id: string; name: string } | null;
  /** Users named on restricted records, so that someone can see them. */
  restrictedAccess: readonly string[];
  /** Kept on new records: 'import', or 'demo' for generated demo data. */
  source: string;
  /** Where the rows came from, for the history: "history.csv". */
  from: string;
  today: IsoDate;
  /**
   * Whether the rows are already known not to be kept (another row was invalid): the writer then
   * only checks the rest, to report every problem, and writes nothing more.
   */
  refused?: () => boolean;
}

/** A row the writer could not map, by the line it starts on. */
export interface WriteProblem {
  line: number;
  column: string;
  message: string;
}

export interface UnresolvedLink {
  line: number;
  reference: string;
  related: string;
}

export interface WriteResult {
  created: number;
  updated: number;
  byKind: Partial<Record<Kind, number>>;
  newTeams: string[];
  newServiceAreas: string[];
  newThemes: string[];
  /** Related references found neither in the file nor in the database: no link was made. */
  unresolvedLinks: UnresolvedLink[];
}

/**
 * Thrown after every row has been looked at, to roll back: the rows the writer could not map, if
 * any, or none when it was told the rows would not be kept.
 */
export class WriteRefusedError extends Error {
  constructor(readonly problems: WriteProblem[]) {
    super(`${problems.length} rows could not be imported`);
  }
}

// Bigger batches keep the server busier between round trips; 2,000 rows imported 100,000 rows
// about a fifth faster than 500 on PostgreSQL, and a batch is still only a few megabytes.
export const BATCH_SIZE = 2000;
const YIELD_EVERY = 25;

/**
 * Writes valid import rows into the casework model inside the caller's transaction, in batches of
 * multi-row statements, so that 100,000 rows take a few thousand queries rather than millions. A
 * reference already in the database updates that record (its stages, complainant, children,
 * themes and financial remedy follow the row) instead of adding another. Every record gets a
 * history event. Throws WriteRefusedError, after looking at every row, if any row cannot be
 * mapped; the caller's transaction then rolls back.
 */
export async function writeImportRows(
  trx: Transaction<Database>,
  options: WriteOptions,
  rows: AsyncIterable<ImportedRow> | Iterable<ImportedRow>,
): Promise<WriteResult> {
  const writer = await ImportWriter.start(trx, options);
  let batch: ImportedRow[] = [];
  // Reading and checking the next batch goes on while the database writes the last one.
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const item of rows) {
      batch.push(item);
      // Reading a chunk of the file is all promises, which run before any reply from the database
      // is handled: letting the event loop turn now and then keeps the writing going meanwhile.
      if (batch.length % YIELD_EVERY === 0) await setImmediate();
      if (batch.length >= BATCH_SIZE) {
        await writing;
        writing = writer.write(batch);
        // Its failure is handled where it is awaited, after the next batch is read.
        writing.catch(() => undefined);
        batch = [];
      }
    }
  } catch (error) {
    // The transaction must not roll back while a batch is still being written on it.
    await writing.catch(() => undefined);
    throw error;
  }
  await writing;
  if (batch.length > 0) await writer.write(batch);
  return writer.finish();
}

/** The record columns an import row sets, on a new record and again on an update. */
const RECORD_COLUMNS = [
  'kind',
  'procedure',
  'status',
  'received_on',
  'channel',
  'summary',
  'restricted',
  'team_id',
  'service_area_id',
  'advocate_provider',
  'not_accepted_reason',
  'withdrawn_on',
  'closed_on',
  'ombudsman_reference',
  'compliment_from',
] as const satisfies readonly (keyof RecordsTable)[];

const STAGE_COLUMNS = [
  'procedure',
  'started_on',
  'clock_start_on',
  'acknowledged_on',
  'limit_days',
  'maximum_days',
  'due_on',
  'extended',
  'suspended_days',
  'manager_contacted',
  'panel_on',
  'panel_report_on',
  'responded_on',
  'ended_on',
  'outcome',
  'reopened_count',
] as const satisfies readonly (keyof StagesTable)[];

const REFERENCE_NUMBER = /^([A-Za-z]+)-(\d{4})-(\d+)$/;

interface Planned {
  line: number;
  row: ImportRow;
  plan: RecordPlan;
  id: string;
  existed: boolean;
}

class ImportWriter {
  private readonly problems: WriteProblem[] = [];
  private readonly pendingLinks: {
    id: string;
    line: number;
    reference: string;
    related: string;
  }[] = [];
  private readonly counters = new Map<string, { prefix: string; year: number; last: number }>();
  private readonly result: WriteResult = {
    created: 0,
    updated: 0,
    byKind: {},
    newTeams: [],
    newServiceAreas: [],
    newThemes: [],
    unresolvedLinks: [],
  };
  private readonly bulk: BulkInserter;

  private constructor(
    private readonly trx: Transaction<Database>,
    private readonly options: WriteOptions,
    private readonly rules: PlanRules,
    private readonly teams: NameRegistry,
    private readonly serviceAreas: NameRegistry,
    private readonly themes: NameRegistry,
  ) {
    this.bulk = new BulkInserter(trx);
  }

  static async start(trx: Transaction<Database>, options: WriteOptions): Promise<ImportWriter> {
    const { organisationId } = options;
    const rules = await loadOrganisationRules(trx, organisationId);
    return new ImportWriter(
      trx,
      options,
      { calendar: rules.calendar, procedures: rules.procedures, today: options.today },
      await NameRegistry.load(trx, 'teams', organisationId),
      await NameRegistry.load(trx, 'service_areas', organisationId),
      await NameRegistry.load(trx, 'themes', organisationId),
    );
  }

  async write(batch: readonly ImportedRow[]): Promise<void> {
    const rows = batch.map(({ line, row }) => ({ line, row: readCells(row) }));
    const planned: Omit<Planned, 'id' | 'existed'>[] = [];
    for (const { line, row } of rows) {
      try {
        planned.push({ line, row, plan: planRecord(row, this.rules) });
      } catch (error) {
        if (!(error instanceof PlanProblem)) throw error;
        this.problems.push({ line, column: error.column, message: error.message });
      }
    }
    // Once a row is refused nothing will be kept, so the rest are only checked.
    if (this.problems.length > 0 || this.options.refused?.()) return;
    await this.ensureNames(rows.map(({ row }) => row));
    const existing = await this.existingIds(planned.map(({ row }) => row.reference));
    const records: Planned[] = planned.map((p) => {
      const id = existing.get(p.row.reference);
      return { ...p, id: id ?? randomUUID(), existed: id !== undefined };
    });
    await this.upsertRecords(records);
    await updateParties(this.trx, this.bulk, this.options.organisationId, records);
    await this.replaceThemes(records);
    await this.upsertStages(records);
    await this.replaceRemedies(records);
    await this.grantAccess(records);
    await this.appendHistory(records);
    for (const record of records) this.note(record);
  }

  async finish(): Promise<WriteResult> {
    if (this.problems.length > 0 || this.options.refused?.()) {
      throw new WriteRefusedError(this.problems);
    }
    await this.linkRelated();
    await this.raiseReferenceCounters();
    this.result.newTeams = sorted(this.teams.created);
    this.result.newServiceAreas = sorted(this.serviceAreas.created);
    this.result.newThemes = sorted(this.themes.created);
    return this.result;
  }

  private async ensureNames(rows: readonly ImportRow[]): Promise<void> {
    const serviceAreaOfTeam = new Map<string, string>();
    for (const row of rows) {
      if (row.team && row.service_area && !serviceAreaOfTeam.has(row.team)) {
        serviceAreaOfTeam.set(row.team, row.service_area);
      }
    }
    await this.serviceAreas.ensure(this.trx, present(rows.map((row) => row.service_area)));
    await this.teams.ensure(this.trx, present(rows.map((row) => row.team)), (team) => ({
      service_area_id: this.serviceAreas.idOf(serviceAreaOfTeam.get(team)),
    }));
    await this.themes.ensure(
      this.trx,
      rows.flatMap((row) => row.themes),
    );
  }

  private async existingIds(references: string[]): Promise<Map<string, string>> {
    if (references.length === 0) return new Map();
    // One array parameter joined to the unique index: a lookup per reference whatever the
    // planner believes of a table that grows within this transaction.
    const rows = await sql<{ id: string; reference: string }>`
      select r.id, r.reference from unnest(${references}::text[]) as wanted(reference)
      join records r on r.organisation_id = ${this.options.organisationId}
        and r.reference = wanted.reference`.execute(this.trx);
    return new Map(rows.rows.map((row) => [row.reference, row.id]));
  }

  private async upsertRecords(records: readonly Planned[]): Promise<void> {
    if (records.length === 0) return;
    const values = records.map(({ id, row, plan, existed }) => ({
      existed,
      values: {
        id,
        organisation_id: this.options.organisationId,
        reference: row.reference,
        kind: row.kind,
        procedure: row.procedure ?? null,
        status: plan.status,
        received_on: row.received_on,
        channel: row.channel ?? null,
        summary: row.summary ?? null,
        restricted: row.restricted ?? false,
        team_id: this.teams.idOf(row.team),
        service_area_id: this.serviceAreas.idOf(row.service_area),
        advocate_provider: row.advocate ?? null,
        not_accepted_reason: row.not_accepted_reason ?? null,
        withdrawn_on: row.withdrawn_on ?? null,
        closed_on: plan.closedOn,
        ombudsman_reference: row.ombudsman_reference ?? null,
        compliment_from: row.compliment_from ?? null,
        source: this.options.source,
      } satisfies Insertable<RecordsTable>,
    }));
    // New records are plainly inserted; those already there are updated in place.
    const [fresh, known] = partition(values);
    await this.bulk.insert('records', fresh);
    await this.bulk.insert('records', known, {
      conflict: ['organisation_id', 'reference'],
      update: RECORD_COLUMNS,
      alsoSet: sql`version = records.version + 1, updated_at = now()`,
    });
  }

  private async replaceThemes(records: readonly Planned[]): Promise<void> {
    const updated = records.filter((r) => r.existed).map((r) => r.id);
    if (updated.length > 0) {
      await this.trx.deleteFrom('record_themes').where('record_id', 'in', updated).execute();
    }
    const values = records.flatMap(({ id, row }) =>
      [...new Set(row.themes.map((theme) => this.themes.idOf(theme)!))].map((themeId) => ({
        record_id: id,
        theme_id: themeId,
        organisation_id: this.options.organisationId,
      })),
    );
    await this.bulk.insert('record_themes', values);
  }

  private async upsertStages(records: readonly Planned[]): Promise<void> {
    const updated = records.filter((r) => r.existed);
    if (updated.length > 0) {
      const kept = updated.flatMap(({ id, plan }) => plan.stages.map((s) => [id, s.number]));
      await this.trx
        .deleteFrom('stages')
        .where(
          'record_id',
          'in',
          updated.map((r) => r.id),
        )
        .$if(kept.length > 0, (qb) =>
          qb.where((eb) =>
            eb.not(
              eb(
                eb.refTuple('record_id', 'number'),
                'in',
                kept.map(([id, number]) => eb.tuple(id as string, number as number)),
              ),
            ),
          ),
        )
        .execute();
    }
    const values = records.flatMap(({ id, plan, existed }) =>
      plan.stages.map((stage) => ({
        existed,
        values: {
          ...stage,
          id: randomUUID(),
          organisation_id: this.options.organisationId,
          record_id: id,
        },
      })),
    );
    const [fresh, known] = partition(values);
    await this.bulk.insert('stages', fresh);
    // A stage a record already has keeps its id, and so its appointments and points.
    await this.bulk.insert('stages', known, {
      conflict: ['record_id', 'number'],
      update: STAGE_COLUMNS,
    });
  }

  private async replaceRemedies(records: readonly Planned[]): Promise<void> {
    const updated = records.filter((r) => r.existed).map((r) => r.id);
    if (updated.length > 0) {
      await this.trx
        .deleteFrom('remedies')
        .where('record_id', 'in', updated)
        .where('kind', '=', 'financial')
        .execute();
    }
    const values = records.flatMap(({ id, plan }) =>
      plan.remedy
        ? [
            {
              organisation_id: this.options.organisationId,
              record_id: id,
              stage_number: plan.remedy.stage,
              kind: 'financial',
              amount: plan.remedy.amount,
              agreed_on: plan.remedy.agreedOn,
            },
          ]
        : [],
    );
    await this.bulk.insert('remedies', values);
  }

  private async grantAccess(records: readonly Planned[]): Promise<void> {
    const values = records
      .filter(({ row }) => row.restricted)
      .flatMap(({ id }) =>
        this.options.restrictedAccess.map((userId) => ({
          record_id: id,
          user_id: userId,
          organisation_id: this.options.organisationId,
        })),
      );
    await this.bulk.insert('record_access', values, { conflict: [] });
  }

  private async appendHistory(records: readonly Planned[]): Promise<void> {
    const { actor, organisationId, from } = this.options;
    const entries: HistoryEntry[] = records.map(({ id, line, row, plan, existed }) => ({
      organisationId,
      recordId: id,
      actor,
      type: 'imported',
      summary: `${existed ? 'Updated' : 'Imported'} from ${from}${line > 0 ? `, line ${line}` : ''}: ${describe(row, plan)}`,
      after: {
        status: plan.status,
        stages: plan.stages.map((s) => ({
          number: s.number,
          dueOn: s.due_on,
          endedOn: s.ended_on,
          outcome: s.outcome,
        })),
      },
    }));
    await this.bulk.insert(
      'events',
      entries.map((entry) => ({
        organisation_id: entry.organisationId,
        record_id: entry.recordId,
        actor_id: entry.actor?.id ?? null,
        actor_name: entry.actor?.name ?? 'Heard',
        type: entry.type,
        summary: entry.summary,
        before: entry.before ? JSON.stringify(entry.before) : null,
        after: entry.after ? JSON.stringify(entry.after) : null,
      })),
    );
  }

  private note({ id, line, row, existed }: Planned): void {
    if (existed) this.result.updated++;
    else this.result.created++;
    this.result.byKind[row.kind] = (this.result.byKind[row.kind] ?? 0) + 1;
    if (row.related_reference) {
      this.pendingLinks.push({
        id,
        line,
        reference: row.reference,
        related: row.related_reference,
      });
    }
    const numbered = REFERENCE_NUMBER.exec(row.reference);
    if (numbered) {
      const [, prefix = '', year, number] = numbered;
      const key = `${prefix}|${year}`;
      const last = Math.max(this.counters.get(key)?.last ?? 0, Number(number));
      this.counters.set(key, { prefix, year: Number(year), last });
    }
  }

  /** Links wait for the end, since a row may name a record further down the file. */
  private async linkRelated(): Promise<void> {
    for (let i = 0; i < this.pendingLinks.length; i += BATCH_SIZE) {
      const links = this.pendingLinks.slice(i, i + BATCH_SIZE);
      const found = await this.existingIds([...new Set(links.map((link) => link.related))]);
      const values = links.flatMap((link) => {
        const relatedId = found.get(link.related);
        if (relatedId === undefined || relatedId === link.id) {
          this.result.unresolvedLinks.push({
            line: link.line,
            reference: link.reference,
            related: link.related,
          });
          return [];
        }
        const organisation_id = this.options.organisationId;
        // Kept both ways, as the app keeps them, so each record shows the other.
        return [
          { record_id: link.id, related_record_id: relatedId, organisation_id },
          { record_id: relatedId, related_record_id: link.id, organisation_id },
        ];
      });
      await this.bulk.insert('record_links', values, { conflict: [] });
    }
  }

  /** References the app makes later must not repeat an imported one. */
  private async raiseReferenceCounters(): Promise<void> {
    const values = [...this.counters.values()].map(({ prefix, year, last }) => ({
      organisation_id: this.options.organisationId,
      prefix: prefix.toUpperCase(),
      year,
      last_number: last,
    }));
    await this.bulk.insert('reference_counters', values, {
      conflict: ['organisation_id', 'prefix', 'year'],
      alsoSet: sql`last_number = greatest(reference_counters.last_number, excluded.last_number)`,
    });
  }
}

/** The free-text cells of a row, with any apostrophe an export put before a formula taken off. */
function readCells(row: ImportRow): ImportRow {
  const [firstTheme, ...otherThemes] = row.themes;
  return {
    ...row,
    reference: unprotectCell(row.reference),
    complainant_id: optionalCell(row.complainant_id),
    team: optionalCell(row.team),
    service_area: optionalCell(row.service_area),
    // The apostrophe protects the cell, whose start is the first theme's.
    themes: firstTheme === undefined ? [] : [unprotectCell(firstTheme), ...otherThemes],
    advocate: optionalCell(row.advocate),
    summary: optionalCell(row.summary),
    related_reference: optionalCell(row.related_reference),
    ombudsman_reference: optionalCell(row.ombudsman_reference),
  };
}

function optionalCell(value: string | undefined): string | undefined {
  return value === undefined ? undefined : unprotectCell(value);
}

function describe(row: ImportRow, plan: RecordPlan): string {
  const procedure = row.procedure && !row.not_accepted_reason ? ` (${row.procedure})` : '';
  const stage = plan.stages.at(-1);
  const due =
    stage?.due_on && stage.ended_on === null ? `, stage ${stage.number} due ${stage.due_on}` : '';
  return `${KIND_LABELS[row.kind]}${procedure} received ${row.received_on}; ${STATUS_LABELS[plan.status].toLowerCase()}${due}`;
}

/** Rows for records new to the database, then rows for records already in it. */
function partition<T>(rows: readonly { existed: boolean; values: T }[]): [T[], T[]] {
  return [
    rows.filter((row) => !row.existed).map((row) => row.values),
    rows.filter((row) => row.existed).map((row) => row.values),
  ];
}

function present(names: readonly (string | undefined)[]): string[] {
  return names.filter((name): name is string => name !== undefined);
}

function sorted(names: readonly string[]): string[] {
  return [...names].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
