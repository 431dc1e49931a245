import type { DbOrTrx } from '../db/connect.ts';
import type { Actor } from '../casework/access.ts';
import { visibleTo } from '../casework/access.ts';
import { publishableCompliments } from '../records/queries/record-page.ts';
import type { YearRange } from './metrics/year.ts';

/** A compliment as the report quotes it: only its anonymised, reviewed words, shared with consent. */
export interface FeaturedCompliment {
  id: string;
  receivedOn: string;
  from: string | null;
  subject: string | null;
  team: string | null;
  text: string;
}

/** A "you said, we did" entry. */
export interface FeaturedImprovement {
  id: string;
  learning: string;
  action: string;
  category: string;
  status: string;
  team: string | null;
}

// Learning actions belong to the year they were agreed in, as the metrics count them.
const agreedWithin = (year: YearRange) =>
  [`${year.start}T00:00:00Z`, `${nextDay(year.end)}T00:00:00Z`] as const;

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * The compliments chosen for the report, read whatever the reader may see of the records, because
 * the report is the published document; the publishing conditions are checked again here so that
 * a compliment whose consent was withdrawn or whose words changed since drops out.
 */
export async function featuredCompliments(
  db: DbOrTrx,
  organisationId: string,
  ids: readonly string[] | null,
): Promise<FeaturedCompliment[]> {
  if (!ids?.length) return [];
  const rows = await db
    .selectFrom('records')
    .leftJoin('teams', 'teams.id', 'records.team_id')
    .select([
      'records.id',
      'records.received_on',
      'records.compliment_from',
      'records.compliment_subject',
      'records.anonymised_text',
      'teams.name as team',
    ])
    .where('records.organisation_id', '=', organisationId)
    .where('records.id', 'in', ids)
    .where('records.kind', '=', 'compliment')
    .where('records.consent_to_share', '=', true)
    .where('records.anonymised_reviewed_by', 'is not', null)
    .where('records.anonymised_text', 'is not', null)
    .orderBy('records.received_on')
    .orderBy('records.reference')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    receivedOn: row.received_on,
    from: row.compliment_from,
    subject: row.compliment_subject,
    team: row.team,
    text: row.anonymised_text ?? '',
  }));
}

/** Compliments of the year the officer may feature: the publishable ones they can see. */
export async function complimentCandidates(
  db: DbOrTrx,
  actor: Actor,
  year: YearRange,
): Promise<FeaturedCompliment[]> {
  const rows = await publishableCompliments(db, actor, year.start, year.end);
  return rows.map((row) => ({
    id: row.id,
    receivedOn: row.received_on,
    from: row.compliment_from,
    subject: row.compliment_subject,
    team: row.team_name,
    text: row.anonymised_text ?? '',
  }));
}

function improvementsQuery(db: DbOrTrx, organisationId: string) {
  return db
    .selectFrom('learning_actions')
    .leftJoin('teams', 'teams.id', 'learning_actions.team_id')
    .select([
      'learning_actions.id',
      'learning_actions.learning',
      'learning_actions.action',
      'learning_actions.category',
      'learning_actions.status',
      'teams.name as team',
    ])
    .where('learning_actions.organisation_id', '=', organisationId)
    .orderBy('learning_actions.category')
    .orderBy('learning_actions.created_at');
}

/**
 * The learning actions under "you said, we did": those the officer chose or, until they choose,
 * those agreed in the year that were marked to be published.
 */
export async function featuredImprovements(
  db: DbOrTrx,
  organisationId: string,
  year: YearRange,
  ids: readonly string[] | null,
): Promise<FeaturedImprovement[]> {
  if (ids === null) {
    const [from, to] = agreedWithin(year);
    return improvementsQuery(db, organisationId)
      .where('learning_actions.publish', '=', true)
      .where('learning_actions.created_at', '>=', new Date(from))
      .where('learning_actions.created_at', '<', new Date(to))
      .execute();
  }
  if (ids.length === 0) return [];
  return improvementsQuery(db, organisationId).where('learning_actions.id', 'in', ids).execute();
}

/** Learning actions agreed in the year from records the officer can see, to choose from. */
export async function improvementCandidates(
  db: DbOrTrx,
  actor: Actor,
  year: YearRange,
): Promise<(FeaturedImprovement & { publish: boolean })[]> {
  const [from, to] = agreedWithin(year);
  return improvementsQuery(db, actor.organisationId)
    .leftJoin('records', 'records.id', 'learning_actions.record_id')
    .select('learning_actions.publish')
    .where('learning_actions.created_at', '>=', new Date(from))
    .where('learning_actions.created_at', '<', new Date(to))
    .where((eb) => eb.or([eb('learning_actions.record_id', 'is', null), visibleTo(actor)(eb)]))
    .execute();
}
