import type { DbOrTrx } from '../db/connect.ts';
import { rowsAsJson } from '../db/rows-as-json.ts';
import type { Calendar, IsoDate, Period } from '../calendar/types.ts';
import type {
  ReportCost,
  ReportLearningAction,
  ReportRecord,
  ReportRemedy,
  ReportStage,
} from './metrics/input.ts';

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

const dateOf = (instant: Date): IsoDate => instant.toISOString().slice(0, 10);

/**
 * Imported history may say only how many working days a clock was paused. A pause of that many
 * working days straight after the clock started takes exactly those days off the elapsed count.
 */
function countedSuspension(calendar: Calendar, clockStart: IsoDate, days: number | null): Period[] {
  if (!days || days <= 0) return [];
  return [
    { from: calendar.addWorkingDays(clockStart, 1), to: calendar.addWorkingDays(clockStart, days) },
  ];
}

/**
 * Everything the annual report counts, read from the casework tables into the metrics' own
 * types in a handful of set-based queries (one per table, not one per record), so a year of
 * ten thousand records loads in one pass. Only records received up to `until` are read: later
 * ones cannot count in the year, and earlier ones are needed for carried-forward figures and to
 * find repeat complainants.
 */
export async function loadReportRecords(
  db: DbOrTrx,
  organisationId: string,
  until: IsoDate,
  calendar: Calendar,
): Promise<ReportRecord[]> {
  // Team and service area names come from their own small tables rather than a join: on PGlite
  // every value of every row costs, and there are far fewer teams than records.
  const [records, teams, serviceAreas] = await Promise.all([
    rowsAsJson(
      db,
      db
        .selectFrom('records')
        .select([
          'id',
          'reference',
          'kind',
          'procedure',
          'received_on',
          'channel',
          'team_id',
          'service_area_id',
          'advocate_provider',
          'advocate_accepted',
          'not_accepted_reason',
          'withdrawn_on',
          'compliment_from',
        ])
        .where('organisation_id', '=', organisationId)
        .where('received_on', '<=', until),
    ),
    db
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('organisation_id', '=', organisationId)
      .execute(),
    db
      .selectFrom('service_areas')
      .select(['id', 'name'])
      .where('organisation_id', '=', organisationId)
      .execute(),
  ]);
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const serviceAreaName = new Map(serviceAreas.map((a) => [a.id, a.name]));
  const scoped = <T extends { record_id: string }>(rows: T[]) => groupBy(rows, (r) => r.record_id);
  // Related rows are read for the whole organisation and matched to records in memory: a
  // `record_id in (subquery)` filter costs more than it saves, and gets a bad plan on PGlite,
  // which never gathers statistics on its own.

  const [people, children, themes, stages, suspensions, remedies, learning, links] =
    await Promise.all([
      db
        .selectFrom('record_people')
        .innerJoin('people', 'people.id', 'record_people.person_id')
        .select([
          'record_people.record_id',
          'people.id as person_id',
          'people.external_key',
          'record_people.role',
        ])
        .where('record_people.organisation_id', '=', organisationId)
        .where('record_people.is_complainant', '=', true)
        .execute(),
      db
        .selectFrom('record_children')
        .select(['record_id', 'circumstance'])
        .where('organisation_id', '=', organisationId)
        .execute(),
      db
        .selectFrom('record_themes')
        .innerJoin('themes', 'themes.id', 'record_themes.theme_id')
        .select(['record_themes.record_id', 'themes.name'])
        .where('record_themes.organisation_id', '=', organisationId)
        .execute(),
      rowsAsJson(
        db,
        db
          .selectFrom('stages')
          .select([
            'id',
            'record_id',
            'number',
            'started_on',
            'clock_start_on',
            'ended_on',
            'outcome',
            'limit_days',
            'maximum_days',
            'extended',
            'manager_contacted',
            'reopened_count',
            'due_on',
            'investigator_cost',
            'panel_cost',
            'suspended_days',
          ])
          .where('organisation_id', '=', organisationId),
      ),
      db
        .selectFrom('stage_suspensions')
        .select(['stage_id', 'from_on', 'to_on'])
        .where('organisation_id', '=', organisationId)
        .execute(),
      db
        .selectFrom('remedies')
        .select(['record_id', 'stage_number', 'kind', 'amount', 'agreed_on', 'created_at'])
        .where('organisation_id', '=', organisationId)
        .execute(),
      db
        .selectFrom('learning_actions')
        .select(['record_id', 'category', 'status', 'created_at'])
        .where('organisation_id', '=', organisationId)
        .execute(),
      db
        .selectFrom('record_links')
        .innerJoin('records as related', 'related.id', 'record_links.related_record_id')
        .select(['record_links.record_id', 'related.reference', 'related.received_on'])
        .where('record_links.organisation_id', '=', organisationId)
        .execute(),
    ]);

  const peopleBy = scoped(people);
  const childrenBy = scoped(children);
  const themesBy = scoped(themes);
  const stagesBy = scoped(stages);
  const suspensionsBy = groupBy(suspensions, (s) => s.stage_id);
  const remediesBy = scoped(remedies);
  const learningBy = groupBy(learning, (l) => l.record_id);
  const linksBy = scoped(links);

  return records.map((r): ReportRecord => {
    const complainant = peopleBy.get(r.id)?.[0];
    const recordStages = (stagesBy.get(r.id) ?? []).sort((a, b) => a.number - b.number);
    const costs: ReportCost[] = [];
    for (const s of recordStages) {
      const incurredOn = s.ended_on ?? s.started_on;
      if (s.investigator_cost)
        costs.push({ kind: 'investigation', amount: s.investigator_cost, incurredOn });
      if (s.panel_cost) costs.push({ kind: 'panel', amount: s.panel_cost, incurredOn });
    }
    // The record a linked Ombudsman case or MP enquiry is about is the earliest one it links to.
    const related = (linksBy.get(r.id) ?? []).sort((a, b) =>
      a.received_on < b.received_on ? -1 : 1,
    )[0];
    return {
      id: r.id,
      reference: r.reference,
      kind: r.kind as ReportRecord['kind'],
      procedure: r.kind === 'complaint' ? (r.procedure as ReportRecord['procedure']) : null,
      receivedOn: r.received_on,
      channel: r.channel as ReportRecord['channel'],
      complainantId: complainant ? (complainant.external_key ?? complainant.person_id) : null,
      complainantRole: complainant?.role ?? null,
      childCircumstances: (childrenBy.get(r.id) ?? []).flatMap((c) =>
        c.circumstance ? [c.circumstance] : [],
      ),
      team: r.team_id ? (teamName.get(r.team_id) ?? null) : null,
      serviceArea: r.service_area_id ? (serviceAreaName.get(r.service_area_id) ?? null) : null,
      themes: (themesBy.get(r.id) ?? []).map((t) => t.name),
      advocate: r.advocate_provider && r.advocate_accepted !== false ? r.advocate_provider : null,
      notAcceptedReason: r.not_accepted_reason,
      withdrawnOn: r.withdrawn_on,
      complimentFrom: r.compliment_from as ReportRecord['complimentFrom'],
      relatedTo: related?.reference ?? null,
      stages: recordStages.map((s): ReportStage => ({
        stage: s.number as ReportStage['stage'],
        startedOn: s.started_on,
        clockStartOn: s.clock_start_on ?? s.started_on,
        endedOn: s.ended_on,
        outcome: s.outcome as ReportStage['outcome'],
        limit: s.limit_days,
        maximum: s.maximum_days,
        extended: s.extended,
        suspensions: [
          ...(suspensionsBy.get(s.id) ?? []).map((p): Period => ({
            from: p.from_on,
            to: p.to_on ?? s.ended_on ?? until,
          })),
          ...countedSuspension(calendar, s.clock_start_on ?? s.started_on, s.suspended_days),
        ],
        managerContacted: s.manager_contacted,
        reopened: s.reopened_count,
        dueOn: s.due_on,
      })),
      remedies: (remediesBy.get(r.id) ?? []).map((m): ReportRemedy => ({
        stage: (m.stage_number === 'ombudsman'
          ? 'ombudsman'
          : Number(m.stage_number)) as ReportRemedy['stage'],
        kind: m.kind as ReportRemedy['kind'],
        amount: m.amount,
        agreedOn: m.agreed_on ?? dateOf(m.created_at),
      })),
      costs,
      learningActions: (learningBy.get(r.id) ?? []).map((l): ReportLearningAction => ({
        category: l.category as ReportLearningAction['category'],
        // The register says 'done' where the report's vocabulary says completed.
        status: (l.status === 'done' ? 'completed' : l.status) as ReportLearningAction['status'],
        agreedOn: dateOf(l.created_at),
      })),
    };
  });
}
