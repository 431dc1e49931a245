import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ImportRow } from './row-schema.ts';
import type { BulkInserter } from './bulk-insert.ts';

interface RecordRows {
  id: string;
  existed: boolean;
  row: ImportRow;
}

/**
 * The complainant and the children of each record in a batch. A complainant_id finds the same
 * person every time (people.external_key), so repeat complainants are known. A row says less about
 * people than the app records (names, contact details, each child), so a record already in the
 * database keeps its people where the row agrees with them: a blank complainant_id leaves the
 * complainant as they are, a role only changes the role, and the child circumstance, when it
 * differs from the one an export would write, is set on the children already linked.
 */
export async function updateParties(
  trx: Transaction<Database>,
  bulk: BulkInserter,
  organisationId: string,
  records: readonly RecordRows[],
): Promise<void> {
  const people = await upsertPeople(bulk, organisationId, records);
  const updatedIds = records.filter((r) => r.existed).map((r) => r.id);
  const [complainants, children] = await Promise.all([
    existingComplainants(trx, updatedIds),
    existingChildren(trx, updatedIds),
  ]);
  const changes = new Changes();
  for (const { id, row } of records) {
    planComplainant(changes, organisationId, id, row, people, complainants.get(id) ?? []);
    planChildren(changes, organisationId, id, row, children.get(id) ?? []);
  }
  await changes.apply(trx, bulk);
}

async function upsertPeople(
  bulk: BulkInserter,
  organisationId: string,
  records: readonly RecordRows[],
): Promise<Map<string, string>> {
  const keys = [...new Set(records.flatMap(({ row }) => row.complainant_id ?? []))];
  // The no-op update makes an existing person come back from RETURNING too.
  const rows = await bulk.insert<{ id: string; external_key: string }>(
    'people',
    keys.map((key) => ({ id: randomUUID(), organisation_id: organisationId, external_key: key })),
    {
      conflict: ['organisation_id', 'external_key'],
      update: ['external_key'],
      returning: ['id', 'external_key'],
    },
  );
  return new Map(rows.map((row) => [row.external_key, row.id]));
}

interface Link {
  id: string;
  value: string | null;
}

async function existingComplainants(trx: Transaction<Database>, recordIds: string[]) {
  if (recordIds.length === 0) return new Map<string, Link[]>();
  const rows = await trx
    .selectFrom('record_people')
    .select(['record_id', 'person_id as id', 'role as value'])
    .where('record_id', 'in', recordIds)
    .where('is_complainant', '=', true)
    .execute();
  return groupByRecord(rows);
}

async function existingChildren(trx: Transaction<Database>, recordIds: string[]) {
  if (recordIds.length === 0) return new Map<string, Link[]>();
  const rows = await trx
    .selectFrom('record_children')
    .select(['record_id', 'child_id as id', 'circumstance as value'])
    .where('record_id', 'in', recordIds)
    .execute();
  return groupByRecord(rows);
}

function groupByRecord(rows: readonly (Link & { record_id: string })[]): Map<string, Link[]> {
  const byRecord = new Map<string, Link[]>();
  for (const { record_id, ...link } of rows) {
    byRecord.set(record_id, [...(byRecord.get(record_id) ?? []), link]);
  }
  return byRecord;
}

function planComplainant(
  changes: Changes,
  organisationId: string,
  recordId: string,
  row: ImportRow,
  people: Map<string, string>,
  existing: readonly Link[],
): void {
  const role = row.complainant_role ?? null;
  const personId = row.complainant_id ? people.get(row.complainant_id) : undefined;
  if (personId === undefined && role === null) return;
  const keeps =
    personId === undefined ? existing.length > 0 : existing.some((l) => l.id === personId);
  if (keeps) {
    if (existing.some((link) => link.value !== role)) changes.setRole(recordId, role);
    return;
  }
  if (existing.length > 0) changes.complainantsToRemove.push(recordId);
  let person = personId;
  if (person === undefined) {
    // A role with no complainant_id: someone unnamed, who is not linked to other contacts.
    person = randomUUID();
    changes.anonymousPeople.push({ id: person, organisation_id: organisationId });
  }
  changes.recordPeople.push({
    record_id: recordId,
    person_id: person,
    organisation_id: organisationId,
    role,
  });
}

/** The circumstance an export writes for a record's children; see export-rows.ts. */
export function exportedCircumstance(circumstances: readonly (string | null)[]): string | null {
  const known = circumstances.filter((c): c is string => c !== null).sort();
  return known[0] ?? null;
}

function planChildren(
  changes: Changes,
  organisationId: string,
  recordId: string,
  row: ImportRow,
  existing: readonly Link[],
): void {
  const circumstance = row.child_circumstance ?? null;
  if (existing.length > 0) {
    if (exportedCircumstance(existing.map((l) => l.value)) !== circumstance) {
      changes.setCircumstance(recordId, circumstance);
    }
    return;
  }
  if (circumstance === null) return;
  // The file does not say who the child is, only their circumstance.
  const childId = randomUUID();
  changes.children.push({ id: childId, organisation_id: organisationId });
  changes.recordChildren.push({
    record_id: recordId,
    child_id: childId,
    organisation_id: organisationId,
    circumstance,
  });
}

/** Everything a batch changes about people and children, written in a few statements. */
class Changes {
  anonymousPeople: { id: string; organisation_id: string }[] = [];
  recordPeople: {
    record_id: string;
    person_id: string;
    organisation_id: string;
    role: string | null;
  }[] = [];
  complainantsToRemove: string[] = [];
  children: { id: string; organisation_id: string }[] = [];
  recordChildren: {
    record_id: string;
    child_id: string;
    organisation_id: string;
    circumstance: string;
  }[] = [];
  /** Records to update, by the new value: a handful of statements, one per role or circumstance. */
  private roles = new Map<string | null, string[]>();
  private circumstances = new Map<string | null, string[]>();

  setRole(recordId: string, role: string | null): void {
    this.roles.set(role, [...(this.roles.get(role) ?? []), recordId]);
  }

  setCircumstance(recordId: string, circumstance: string | null): void {
    this.circumstances.set(circumstance, [
      ...(this.circumstances.get(circumstance) ?? []),
      recordId,
    ]);
  }

  async apply(trx: Transaction<Database>, bulk: BulkInserter): Promise<void> {
    if (this.complainantsToRemove.length > 0) {
      await trx
        .deleteFrom('record_people')
        .where('record_id', 'in', this.complainantsToRemove)
        .where('is_complainant', '=', true)
        .execute();
    }
    await bulk.insert('people', this.anonymousPeople);
    await bulk.insert('record_people', this.recordPeople);
    await bulk.insert('children', this.children);
    await bulk.insert('record_children', this.recordChildren);
    for (const [role, recordIds] of this.roles) {
      await trx
        .updateTable('record_people')
        .set({ role })
        .where('record_id', 'in', recordIds)
        .where('is_complainant', '=', true)
        .execute();
    }
    for (const [circumstance, recordIds] of this.circumstances) {
      await trx
        .updateTable('record_children')
        .set({ circumstance })
        .where('record_id', 'in', recordIds)
        .execute();
    }
  }
}
