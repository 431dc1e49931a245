import type { Transaction } from 'kysely';
import type { Db, DbOrTrx } from '../../db/connect.ts';
import type { Database } from '../../db/schema.ts';
import type { Kind } from '../../import/codes.ts';
import type { Actor } from '../access.ts';
import { appendHistory } from '../history.ts';
import { nextReference } from '../references.ts';
import { loadOrganisationRules } from '../organisation-rules.ts';
import { openStage } from '../stages-repository.ts';
import { InvalidChangeError } from '../errors.ts';
import { todayInLondon } from '../clock.ts';
import { KIND_LABELS } from '../../import/codes.ts';

export interface PersonInput {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  preferredContact?: string | null;
  adjustments?: string | null;
  role?: string | null;
  /** A stable key from another system, so the same person is found again (repeat contact). */
  externalKey?: string | null;
  /** An existing person, chosen when logging a repeat contact. */
  personId?: string | null;
}

export interface ChildInput {
  name?: string | null;
  caseSystemId?: string | null;
  circumstance?: string | null;
  consentGiven?: boolean | null;
}

export interface LogRecordInput {
  kind: Kind;
  receivedOn: string;
  channel?: string | null;
  summary?: string | null;
  desiredOutcome?: string | null;
  complainant?: PersonInput | null;
  children?: ChildInput[];
  teamId?: string | null;
  serviceAreaId?: string | null;
  themeIds?: string[];
  advocate?: {
    provider?: string | null;
    offered?: boolean | null;
    accepted?: boolean | null;
  } | null;
  restricted?: boolean;
  relatedRecordId?: string | null;
  memberName?: string | null;
  ombudsmanReference?: string | null;
  /** The Ombudsman's date for the council's response: its deadline is set case by case. */
  dueOn?: string | null;
  complimentFrom?: string | null;
  complimentSubject?: string | null;
  source?: 'staff' | 'online' | 'import';
}

export async function savePerson(
  db: DbOrTrx,
  organisationId: string,
  person: PersonInput,
): Promise<string> {
  if (person.personId) return person.personId;
  const values = {
    name: person.name ?? null,
    email: person.email ?? null,
    phone: person.phone ?? null,
    address: person.address ?? null,
    preferred_contact: person.preferredContact ?? null,
    adjustments: person.adjustments ?? null,
  };
  if (person.externalKey) {
    const row = await db
      .insertInto('people')
      .values({ organisation_id: organisationId, external_key: person.externalKey, ...values })
      .onConflict((oc) =>
        oc
          .columns(['organisation_id', 'external_key'])
          .doUpdateSet({ name: (eb) => eb.fn.coalesce('excluded.name', 'people.name') }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const row = await db
    .insertInto('people')
    .values({ organisation_id: organisationId, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Logs any kind of contact in one transaction: the record with its reference, the person, the
 * children, themes and links, the first stage with its due date where the kind has a deadline,
 * and the first history event. A complaint waits for triage before any stage opens.
 */
export function logRecord(
  db: Db,
  actor: Actor | null,
  organisationId: string,
  input: LogRecordInput,
): Promise<{ id: string; reference: string }> {
  return db.transaction().execute((trx) => logRecordWithin(trx, actor, organisationId, input));
}

/** `logRecord` inside a transaction of the caller's, for work that must commit with the record. */
export async function logRecordWithin(
  trx: Transaction<Database>,
  actor: Actor | null,
  organisationId: string,
  input: LogRecordInput,
): Promise<{ id: string; reference: string }> {
  const today = todayInLondon();
  if (input.receivedOn > today) {
    throw new InvalidChangeError('The date received must be today or in the past', 'receivedOn');
  }
  const rules = await loadOrganisationRules(trx, organisationId);
  const reference = await nextReference(trx, organisationId, input.kind, input.receivedOn);
  const opensStage =
    input.kind !== 'complaint' && rules.procedures.procedures[input.kind].stages.length > 0;
  const record = await trx
    .insertInto('records')
    .values({
      organisation_id: organisationId,
      reference,
      kind: input.kind,
      procedure: null,
      status: input.kind === 'complaint' ? 'triage' : 'open',
      received_on: input.receivedOn,
      channel: input.channel ?? null,
      summary: input.summary ?? null,
      desired_outcome: input.desiredOutcome ?? null,
      restricted: input.restricted ?? false,
      team_id: input.teamId ?? null,
      service_area_id: input.serviceAreaId ?? null,
      advocate_provider: input.advocate?.provider ?? null,
      advocate_offered: input.advocate?.offered ?? null,
      advocate_accepted: input.advocate?.accepted ?? null,
      member_name: input.memberName ?? null,
      ombudsman_reference: input.ombudsmanReference ?? null,
      compliment_from: input.complimentFrom ?? null,
      compliment_subject: input.complimentSubject ?? null,
      source: input.source ?? 'staff',
    })
    .returning(['id', 'organisation_id'])
    .executeTakeFirstOrThrow();

  if (input.complainant) {
    const personId = await savePerson(trx, organisationId, input.complainant);
    await trx
      .insertInto('record_people')
      .values({
        record_id: record.id,
        person_id: personId,
        organisation_id: organisationId,
        role: input.complainant.role ?? null,
      })
      .execute();
  }
  for (const child of input.children ?? []) {
    const row = await trx
      .insertInto('children')
      .values({
        organisation_id: organisationId,
        name: child.name ?? null,
        case_system_id: child.caseSystemId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('record_children')
      .values({
        record_id: record.id,
        child_id: row.id,
        organisation_id: organisationId,
        circumstance: child.circumstance ?? null,
        consent_given: child.consentGiven ?? null,
      })
      .execute();
  }
  await saveThemes(trx, organisationId, record.id, input.themeIds ?? []);
  if (input.relatedRecordId)
    await linkRecords(trx, organisationId, record.id, input.relatedRecordId);
  if (input.restricted && actor) {
    await trx
      .insertInto('record_access')
      .values({ record_id: record.id, user_id: actor.id, organisation_id: organisationId })
      .execute();
  }
  let dueOn: string | null = null;
  if (opensStage) {
    const stage = await openStage(trx, rules, record, input.kind, 1, input.receivedOn, {
      dueOn: input.dueOn ?? null,
    });
    dueOn = stage.due_on;
  }
  await appendHistory(trx, {
    organisationId,
    recordId: record.id,
    actor,
    type: 'logged',
    summary: `${KIND_LABELS[input.kind]} logged${input.source === 'online' ? ' from the online form' : ''}${dueOn ? `, due ${dueOn}` : ''}`,
    after: {
      reference,
      kind: input.kind,
      receivedOn: input.receivedOn,
      channel: input.channel ?? null,
    },
  });
  return { id: record.id, reference };
}

export async function saveThemes(
  db: DbOrTrx,
  organisationId: string,
  recordId: string,
  themeIds: string[],
): Promise<void> {
  await db.deleteFrom('record_themes').where('record_id', '=', recordId).execute();
  if (themeIds.length === 0) return;
  await db
    .insertInto('record_themes')
    .values(
      [...new Set(themeIds)].map((themeId) => ({
        record_id: recordId,
        theme_id: themeId,
        organisation_id: organisationId,
      })),
    )
    .execute();
}

/** Links are kept both ways, so each record shows the other. */
export async function linkRecords(
  db: DbOrTrx,
  organisationId: string,
  a: string,
  b: string,
): Promise<void> {
  const related = await db
    .selectFrom('records')
    .select('id')
    .where('id', '=', b)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!related)
    throw new InvalidChangeError('The related record was not found', 'relatedReference');
  await db
    .insertInto('record_links')
    .values([
      { record_id: a, related_record_id: b, organisation_id: organisationId },
      { record_id: b, related_record_id: a, organisation_id: organisationId },
    ])
    .onConflict((oc) => oc.doNothing())
    .execute();
}
