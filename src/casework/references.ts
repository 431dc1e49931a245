import type { DbOrTrx } from '../db/connect.ts';
import type { Kind } from '../import/codes.ts';

export const REFERENCE_PREFIXES: Record<Kind, string> = {
  complaint: 'CS',
  compliment: 'CM',
  comment: 'CC',
  concern: 'CO',
  enquiry: 'EN',
  mp_enquiry: 'MP',
  councillor_enquiry: 'CL',
  ombudsman: 'OM',
  other: 'OT',
};

/**
 * The next free reference such as CS-2024-0123, per organisation, prefix and year of receipt. The
 * counter row is updated atomically, and a number an import already used is skipped, so a
 * reference is never given twice.
 */
export async function nextReference(
  db: DbOrTrx,
  organisationId: string,
  kind: Kind,
  receivedOn: string,
): Promise<string> {
  const prefix = REFERENCE_PREFIXES[kind];
  const year = Number(receivedOn.slice(0, 4));
  for (;;) {
    const row = await db
      .insertInto('reference_counters')
      .values({ organisation_id: organisationId, prefix, year, last_number: 1 })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'prefix', 'year']).doUpdateSet((eb) => ({
          last_number: eb('reference_counters.last_number', '+', 1),
        })),
      )
      .returning('last_number')
      .executeTakeFirstOrThrow();
    const reference = `${prefix}-${year}-${String(row.last_number).padStart(4, '0')}`;
    const taken = await db
      .selectFrom('records')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('reference', '=', reference)
      .executeTakeFirst();
    if (!taken) return reference;
  }
}
