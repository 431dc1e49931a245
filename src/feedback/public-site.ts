import type { Db } from '../db/connect.ts';
import { resolveProcedures } from '../procedures/overrides.ts';
import { loadPublicOrganisation, type PublicOrganisation } from '../settings/public-settings.ts';
import type { Journey } from './journey.ts';
import type { JourneyContext } from './steps.ts';

export interface PublicSite {
  organisation: PublicOrganisation;
  context: JourneyContext;
}

/** The organisation, its teams and its timescales, as the public pages use them. */
export async function loadPublicSite(db: Db): Promise<PublicSite> {
  const organisation = await loadPublicOrganisation(db);
  const teams = await db
    .selectFrom('teams')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisation.id)
    .where('active', '=', true)
    .orderBy('name')
    .execute();
  const { procedures } = resolveProcedures(organisation.settings.procedures ?? {});
  const statutoryStage1 = procedures.statutory.stages[0];
  return {
    organisation,
    context: {
      organisationName: organisation.name,
      settings: organisation.public,
      teams,
      timescales: {
        acknowledge: procedures.statutory.acknowledgement?.limit ?? null,
        complaint: statutoryStage1?.limit ?? null,
        complaintMaximum: statutoryStage1?.maximum ?? null,
        comment: procedures.comment.stages[0]?.limit ?? null,
      },
    },
  };
}

/** What the public layout shows around every page: header, contact details, footer links. */
export function layoutLocals(site: PublicSite, journey: Journey) {
  const { organisation } = site;
  return {
    serviceName: journey.serviceName,
    homeHref: journey.base,
    organisationName: organisation.name,
    logoText: organisation.public.logoText || organisation.name,
    phone: organisation.public.phone,
    addressLines: organisation.public.address?.split(/\r?\n/).filter((l) => l.trim()) ?? [],
    privacyUrl: organisation.public.privacyUrl,
  };
}
