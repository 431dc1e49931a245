import type { Db } from '../../db/connect.ts';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../access.ts';
import { runCaseCommand } from '../command.ts';
import { InvalidChangeError } from '../errors.ts';
import { saveThemes, savePerson, type ChildInput, type PersonInput } from './log-record.ts';

export interface DetailsInput {
  channel: string | null;
  summary: string | null;
  desiredOutcome: string | null;
  themeIds: string[];
  advocate: { provider: string | null; offered: boolean; accepted: boolean };
  complainant: PersonInput;
  /** Children on the record: with an id to change one already there; those left out are removed. */
  children: (ChildInput & { id?: string | null })[];
  restricted: boolean;
  /** Who may see the record when it is restricted; the person saving is always kept. */
  accessUserIds: string[];
}

async function checkOwnIds(
  trx: Transaction<Database>,
  table: 'themes' | 'users',
  organisationId: string,
  ids: string[],
  field: string,
  message: string,
) {
  if (ids.length === 0) return;
  const found = await trx
    .selectFrom(table)
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', ids)
    .execute();
  if (found.length !== new Set(ids).size) throw new InvalidChangeError(message, field);
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Changes what was recorded about a record when it was logged: the complainant, the children,
 * the summary, themes, advocacy and who may see it. Dates and the procedure have their own actions.
 */
export function editDetails(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: number | undefined,
  input: DetailsInput,
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'edit_details' },
    async ({ trx, record }) => {
      const org = record.organisation_id;
      const themeIds = [...new Set(input.themeIds)];
      const access = input.restricted ? [...new Set([...input.accessUserIds, actor.id])] : [];
      await checkOwnIds(trx, 'themes', org, themeIds, 'themes', 'Choose themes from the list');
      await checkOwnIds(trx, 'users', org, access, 'access', 'Choose people from the list');
      const changed: string[] = [];

      const themesBefore = (
        await trx
          .selectFrom('record_themes')
          .select('theme_id')
          .where('record_id', '=', record.id)
          .execute()
      ).map((t) => t.theme_id);
      if (!sameSet(themesBefore, themeIds)) {
        await saveThemes(trx, org, record.id, themeIds);
        changed.push('themes');
      }

      if (await saveComplainant(trx, org, record.id, input.complainant))
        changed.push('complainant');
      if (await saveChildren(trx, org, record.id, input.children)) changed.push('children');

      const accessBefore = (
        await trx
          .selectFrom('record_access')
          .select('user_id')
          .where('record_id', '=', record.id)
          .execute()
      ).map((a) => a.user_id);
      if (!sameSet(accessBefore, access)) {
        await trx.deleteFrom('record_access').where('record_id', '=', record.id).execute();
        if (access.length > 0) {
          await trx
            .insertInto('record_access')
            .values(
              access.map((userId) => ({
                record_id: record.id,
                user_id: userId,
                organisation_id: org,
              })),
            )
            .execute();
        }
        changed.push('who can see it');
      }

      const before = {
        channel: record.channel,
        summary: record.summary,
        desired_outcome: record.desired_outcome,
        advocate_provider: record.advocate_provider,
        advocate_offered: record.advocate_offered,
        advocate_accepted: record.advocate_accepted,
        restricted: record.restricted,
      };
      const after = {
        channel: input.channel,
        summary: input.summary,
        desired_outcome: input.desiredOutcome,
        advocate_provider: input.advocate.provider,
        advocate_offered: input.advocate.offered,
        advocate_accepted: input.advocate.accepted,
        restricted: input.restricted,
      };
      const words: Record<keyof typeof before, string> = {
        channel: 'channel',
        summary: 'summary',
        desired_outcome: 'outcome wanted',
        advocate_provider: 'advocate',
        advocate_offered: 'advocacy offered',
        advocate_accepted: 'advocacy accepted',
        restricted: 'restriction',
      };
      for (const key of Object.keys(before) as (keyof typeof before)[]) {
        if (before[key] !== after[key]) changed.push(words[key]);
      }
      return {
        summary: changed.length
          ? `Details changed: ${changed.join(', ')}`
          : 'Details saved without changes',
        recordChanges: after,
        before: { ...before, themes: themesBefore, access: accessBefore },
        after: { ...after, themes: themeIds, access },
      };
    },
  );
}

const personColumns = (p: PersonInput) => ({
  name: p.name ?? null,
  email: p.email ?? null,
  phone: p.phone ?? null,
  address: p.address ?? null,
  preferred_contact: p.preferredContact ?? null,
  adjustments: p.adjustments ?? null,
});

/** Updates the complainant's person record (shared with their other contacts), or adds one. */
async function saveComplainant(
  trx: Transaction<Database>,
  org: string,
  recordId: string,
  complainant: PersonInput,
): Promise<boolean> {
  const existing = await trx
    .selectFrom('record_people')
    .innerJoin('people', 'people.id', 'record_people.person_id')
    .select([
      'people.id',
      'record_people.role',
      'people.name',
      'people.email',
      'people.phone',
      'people.address',
      'people.preferred_contact',
      'people.adjustments',
    ])
    .where('record_people.record_id', '=', recordId)
    .where('record_people.is_complainant', '=', true)
    .orderBy('people.created_at')
    .executeTakeFirst();
  const columns = personColumns(complainant);
  const role = complainant.role ?? null;
  if (!existing) {
    if (!role && Object.values(columns).every((v) => v === null)) return false;
    const personId = await savePerson(trx, org, complainant);
    await trx
      .insertInto('record_people')
      .values({ record_id: recordId, person_id: personId, organisation_id: org, role })
      .execute();
    return true;
  }
  const { id, role: roleBefore, ...before } = existing;
  const same =
    roleBefore === role &&
    (Object.keys(columns) as (keyof typeof columns)[]).every((k) => before[k] === columns[k]);
  if (same) return false;
  await trx.updateTable('people').set(columns).where('id', '=', id).execute();
  await trx
    .updateTable('record_people')
    .set({ role })
    .where('record_id', '=', recordId)
    .where('person_id', '=', id)
    .execute();
  return true;
}

async function saveChildren(
  trx: Transaction<Database>,
  org: string,
  recordId: string,
  children: DetailsInput['children'],
): Promise<boolean> {
  const existing = await trx
    .selectFrom('record_children')
    .innerJoin('children', 'children.id', 'record_children.child_id')
    .select([
      'children.id',
      'children.name',
      'children.case_system_id',
      'record_children.circumstance',
    ])
    .where('record_children.record_id', '=', recordId)
    .execute();
  let changed = false;
  const kept = new Set<string>();
  for (const child of children) {
    const current = child.id ? existing.find((c) => c.id === child.id) : undefined;
    if (child.id && !current)
      throw new InvalidChangeError('That child is not on this record', 'children');
    const values = { name: child.name ?? null, case_system_id: child.caseSystemId ?? null };
    const circumstance = child.circumstance ?? null;
    if (current) {
      kept.add(current.id);
      if (
        current.name === values.name &&
        current.case_system_id === values.case_system_id &&
        current.circumstance === circumstance
      )
        continue;
      await trx.updateTable('children').set(values).where('id', '=', current.id).execute();
      await trx
        .updateTable('record_children')
        .set({ circumstance })
        .where('record_id', '=', recordId)
        .where('child_id', '=', current.id)
        .execute();
    } else {
      const row = await trx
        .insertInto('children')
        .values({ organisation_id: org, ...values })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('record_children')
        .values({ record_id: recordId, child_id: row.id, organisation_id: org, circumstance })
        .execute();
    }
    changed = true;
  }
  const removed = existing.filter((c) => !kept.has(c.id)).map((c) => c.id);
  if (removed.length > 0) {
    await trx
      .deleteFrom('record_children')
      .where('record_id', '=', recordId)
      .where('child_id', 'in', removed)
      .execute();
    changed = true;
  }
  return changed;
}
