import { sql } from 'kysely';
import { z } from 'zod';
import type { DbOrTrx } from '../db/connect.ts';

/** What the public pages say about the organisation, kept in `organisations.settings.public`. */
export interface PublicSettings {
  /** The name in the public pages' header; the organisation's name when empty. */
  logoText: string | null;
  phone: string | null;
  address: string | null;
  advocacyProvider: string;
  advocacyContact: string | null;
  privacyUrl: string | null;
}

export const DEFAULT_PUBLIC_SETTINGS: PublicSettings = {
  logoText: null,
  phone: null,
  address: null,
  advocacyProvider: 'NYAS',
  advocacyContact: 'Freephone 0808 808 1001',
  privacyUrl: null,
};

// Read leniently: a setting saved by an older version, or edited by hand, falls back to the
// default rather than breaking every public page.
const stored = z.object({
  logoText: z.string().nullable().catch(DEFAULT_PUBLIC_SETTINGS.logoText),
  phone: z.string().nullable().catch(DEFAULT_PUBLIC_SETTINGS.phone),
  address: z.string().nullable().catch(DEFAULT_PUBLIC_SETTINGS.address),
  advocacyProvider: z.string().min(1).catch(DEFAULT_PUBLIC_SETTINGS.advocacyProvider),
  advocacyContact: z.string().nullable().catch(DEFAULT_PUBLIC_SETTINGS.advocacyContact),
  privacyUrl: z.string().nullable().catch(DEFAULT_PUBLIC_SETTINGS.privacyUrl),
});

export function readPublicSettings(settings: Record<string, unknown>): PublicSettings {
  const value = settings.public;
  return stored.parse(typeof value === 'object' && value !== null ? value : {});
}

export interface PublicOrganisation {
  id: string;
  name: string;
  settings: Record<string, unknown>;
  public: PublicSettings;
}

/**
 * The organisation the public pages speak for. One Heard instance serves one council (the first
 * run creates it), so it is the first organisation created.
 */
export async function loadPublicOrganisation(
  db: DbOrTrx,
  organisationId?: string,
): Promise<PublicOrganisation> {
  let query = db.selectFrom('organisations').select(['id', 'name', 'settings']);
  query = organisationId
    ? query.where('id', '=', organisationId)
    : query.orderBy('created_at').orderBy('id');
  const row = await query.executeTakeFirstOrThrow();
  return { ...row, public: readPublicSettings(row.settings) };
}

/** Saves the name and the public settings, leaving the organisation's other settings alone. */
export async function savePublicSettings(
  db: DbOrTrx,
  organisationId: string,
  name: string,
  settings: PublicSettings,
): Promise<void> {
  await db
    .updateTable('organisations')
    .set({
      name,
      settings: sql<
        Record<string, unknown>
      >`settings || jsonb_build_object('public', ${JSON.stringify(settings)}::jsonb)`,
    })
    .where('id', '=', organisationId)
    .execute();
}
