import { createHash } from 'node:crypto';
import type { Db, DbOrTrx } from '../db/connect.ts';
import type { ReportContext } from './schema.ts';
import type { SectionKey } from './sections.ts';

/** What the officer has added to the report of one year. */
export interface ReportYearEdits {
  commentary: Readonly<Record<string, string>>;
  context: ReportContext;
  /** null until the officer chooses, when the actions marked to publish are featured. */
  improvementIds: readonly string[] | null;
  complimentIds: readonly string[] | null;
}

/** One part of the year's edits, saved on its own so two officers can write different sections. */
export type ReportYearPart =
  { commentary: SectionKey } | 'context' | 'improvements' | 'compliments';

const NO_CONTEXT: ReportContext = {
  childrenPopulation: null,
  openCases: null,
  lookedAfterChildren: null,
};

export async function loadReportYear(
  db: DbOrTrx,
  organisationId: string,
  yearStart: number,
): Promise<ReportYearEdits> {
  const row = await db
    .selectFrom('report_years')
    .select(['commentary', 'context', 'improvement_ids', 'compliment_ids'])
    .where('organisation_id', '=', organisationId)
    .where('year_start', '=', yearStart)
    .executeTakeFirst();
  return {
    commentary: row?.commentary ?? {},
    context: { ...NO_CONTEXT, ...row?.context },
    improvementIds: row?.improvement_ids ?? null,
    complimentIds: row?.compliment_ids ?? null,
  };
}

export function partOf(edits: ReportYearEdits, part: ReportYearPart): unknown {
  if (typeof part === 'object') return edits.commentary[part.commentary] ?? '';
  if (part === 'context') return edits.context;
  return part === 'improvements' ? edits.improvementIds : edits.complimentIds;
}

/**
 * A short fingerprint of what a form was showing, sent back with the form: if the part has changed
 * since, someone else saved in between and their words must not be silently overwritten.
 */
export function versionOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('hex')
    .slice(0, 16);
}

/** Someone else saved the part since the form was shown; nothing was saved. */
export class ReportYearConflictError extends Error {
  constructor(readonly current: unknown) {
    super('Someone else changed this while you were editing it');
  }
}

/**
 * Saves one part of a year's edits, if it is still what the editor saw (`expectedVersion` from
 * `versionOf`). The row is locked while it is compared and written, so two saves cannot interleave.
 */
export async function saveReportYearPart(
  db: Db,
  actor: { id: string; organisationId: string },
  yearStart: number,
  part: ReportYearPart,
  expectedVersion: string,
  value: unknown,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const key = { organisation_id: actor.organisationId, year_start: yearStart };
    await trx
      .insertInto('report_years')
      .values(key)
      .onConflict((oc) => oc.columns(['organisation_id', 'year_start']).doNothing())
      .execute();
    await trx
      .selectFrom('report_years')
      .select('year_start')
      .where('organisation_id', '=', key.organisation_id)
      .where('year_start', '=', yearStart)
      .forUpdate()
      .execute();
    const current = await loadReportYear(trx, actor.organisationId, yearStart);
    const before = partOf(current, part);
    if (versionOf(before) !== expectedVersion) throw new ReportYearConflictError(before);
    await trx
      .updateTable('report_years')
      .set({ ...changeOf(current, part, value), updated_at: new Date(), updated_by: actor.id })
      .where('organisation_id', '=', key.organisation_id)
      .where('year_start', '=', yearStart)
      .execute();
  });
}

function changeOf(current: ReportYearEdits, part: ReportYearPart, value: unknown) {
  if (typeof part === 'object') {
    const commentary: Record<string, string> = { ...current.commentary };
    const text = String(value);
    if (text) commentary[part.commentary] = text;
    else delete commentary[part.commentary];
    return { commentary: JSON.stringify(commentary) };
  }
  const json = JSON.stringify(value);
  if (part === 'context') return { context: json };
  return part === 'improvements' ? { improvement_ids: json } : { compliment_ids: json };
}
