import type { Db } from '../db/connect.ts';
import type { Actor } from '../casework/access.ts';
import { visibleTo } from '../casework/access.ts';
import type { OrganisationRules } from '../casework/organisation-rules.ts';
import { stageDefinition } from '../casework/domain/stage-clock.ts';
import type { Period as Suspension } from '../calendar/types.ts';
import {
  COMPLIMENT_FROM,
  COMPLIMENT_FROM_LABELS,
  KINDS,
  KIND_LABELS,
  type Kind,
} from '../import/codes.ts';
import { LIVE_STATUSES } from '../records/queries/record-lists.ts';
import { formatMonth } from '../records/format.ts';
import { financialQuarter, financialYear, type Period } from './periods.ts';
import { responseTimeliness, type RespondedStage } from './timeliness.ts';
import { buildTracker, stageLabel } from './tracker.ts';
import { trackerRows } from './queries.ts';

export interface OpenCount {
  kind: string;
  stage: string;
  count: number;
}

export interface TimelinessRow {
  label: string;
  responses: number;
  onTime: number;
  late: number;
  withinLimit: number;
  withinMaximum: number;
  beyondMaximum: number;
}

interface StageOutcome {
  label: string;
  order: number;
  respondedOn: string;
  late: boolean;
  band: ReturnType<typeof responseTimeliness>['band'];
}

function openStageLabel(kind: string, status: string, stage: number | null): string {
  if (status === 'triage') return 'Awaiting triage';
  if (status === 'responded') return `Responded at stage ${stage}`;
  if (kind === 'complaint' && stage !== null) return `Stage ${stage}`;
  return stage === null ? 'Open, no deadline' : 'Open';
}

/** Open records counted by kind and where they are, in the order kinds are listed everywhere. */
function countOpen(
  rows: readonly { kind: string; status: string; stage: number | null }[],
): OpenCount[] {
  const counts = new Map<string, OpenCount & { order: number }>();
  for (const row of rows) {
    const stage = openStageLabel(row.kind, row.status, row.stage);
    const key = `${row.kind}|${stage}`;
    // Within a kind: triage, then each stage open before the same stage responded.
    const place =
      row.status === 'triage' ? 0 : 1 + (row.stage ?? 0) * 2 + Number(row.status === 'responded');
    const order = KINDS.indexOf(row.kind as Kind) * 10 + place;
    const found = counts.get(key);
    if (found) found.count += 1;
    else
      counts.set(key, {
        kind: KIND_LABELS[row.kind as Kind] ?? row.kind,
        stage,
        count: 1,
        order,
      });
  }
  return [...counts.values()]
    .sort((a, b) => a.order - b.order || a.stage.localeCompare(b.stage))
    .map(({ kind, stage, count }) => ({ kind, stage, count }));
}

/** Responses in a period, by procedure and stage: how many, how many on time, and their bands. */
function timelinessRows(outcomes: readonly StageOutcome[], period: Period): TimelinessRow[] {
  const rows = new Map<string, TimelinessRow & { order: number }>();
  for (const o of outcomes) {
    if (o.respondedOn < period.start || o.respondedOn > period.end) continue;
    const row = rows.get(o.label) ?? {
      label: o.label,
      order: o.order,
      responses: 0,
      onTime: 0,
      late: 0,
      withinLimit: 0,
      withinMaximum: 0,
      beyondMaximum: 0,
    };
    rows.set(o.label, row);
    row.responses += 1;
    if (o.late) row.late += 1;
    else row.onTime += 1;
    if (o.band === 'within_limit') row.withinLimit += 1;
    if (o.band === 'within_maximum') row.withinMaximum += 1;
    if (o.band === 'beyond_maximum') row.beyondMaximum += 1;
  }
  return [...rows.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...row }) => row);
}

async function respondedStages(db: Db, actor: Actor, from: string, to: string) {
  const stages = await db
    .selectFrom('stages')
    .innerJoin('records', 'records.id', 'stages.record_id')
    .select([
      'stages.id',
      'stages.number',
      'stages.procedure',
      'stages.started_on',
      'stages.clock_start_on',
      'stages.responded_on',
      'stages.due_on',
      'stages.limit_days',
      'stages.maximum_days',
      'stages.extended',
      'stages.panel_on',
      'stages.panel_report_on',
      'records.kind',
    ])
    .where(visibleTo(actor))
    .where('stages.responded_on', '>=', from)
    .where('stages.responded_on', '<=', to)
    .execute();
  const suspensions = new Map<string, Suspension[]>();
  if (stages.length > 0) {
    const rows = await db
      .selectFrom('stage_suspensions')
      .select(['stage_id', 'from_on', 'to_on'])
      .where(
        'stage_id',
        'in',
        stages.map((s) => s.id),
      )
      .where('to_on', 'is not', null)
      .execute();
    for (const row of rows)
      suspensions.set(row.stage_id, [
        ...(suspensions.get(row.stage_id) ?? []),
        { from: row.from_on, to: row.to_on! },
      ]);
  }
  return { stages, suspensions };
}

/** The manager dashboard's figures: what is open, how responses did, what is overdue, compliments. */
export async function loadDashboard(db: Db, actor: Actor, rules: OrganisationRules, today: string) {
  const year = financialYear(today);
  const quarter = financialQuarter(today);
  const monthStart = `${today.slice(0, 7)}-01`;
  const [open, responded, compliments, rows] = await Promise.all([
    db
      .selectFrom('records')
      .select((eb) => [
        'records.kind',
        'records.status',
        eb
          .selectFrom('stages')
          .select((s) => s.fn.max('stages.number').as('n'))
          .whereRef('stages.record_id', '=', 'records.id')
          .as('stage'),
      ])
      .where(visibleTo(actor))
      .where('records.status', 'in', [...LIVE_STATUSES])
      .execute(),
    respondedStages(db, actor, year.start, today),
    db
      .selectFrom('records')
      .select(['records.compliment_from', 'records.received_on'])
      .where(visibleTo(actor))
      .where('records.kind', '=', 'compliment')
      .where('records.received_on', '>=', year.start)
      .where('records.received_on', '<=', today)
      .execute(),
    trackerRows(db, actor, today, {}),
  ]);

  const outcomes: StageOutcome[] = responded.stages.map((s) => {
    const timeliness = responseTimeliness(
      rules.calendar,
      stageDefinition(rules.procedures, s.procedure, s.number),
      s as RespondedStage,
      responded.suspensions.get(s.id) ?? [],
    );
    const procedureOrder = ['statutory', 'corporate'].indexOf(s.procedure);
    return {
      label: stageLabel(s.kind, s.procedure, s.number),
      order:
        s.kind === 'complaint'
          ? (procedureOrder < 0 ? 2 : procedureOrder) * 10 + s.number
          : 100 + KINDS.indexOf(s.kind as Kind),
      respondedOn: s.responded_on!,
      ...timeliness,
    };
  });

  const thisMonth = compliments.filter((c) => c.received_on >= monthStart);
  const complimentsByFrom = COMPLIMENT_FROM.map((from) => ({
    from: COMPLIMENT_FROM_LABELS[from],
    month: thisMonth.filter((c) => c.compliment_from === from).length,
    year: compliments.filter((c) => c.compliment_from === from).length,
  }));
  const unrecorded = {
    from: 'Not recorded',
    month: thisMonth.filter((c) => c.compliment_from === null).length,
    year: compliments.filter((c) => c.compliment_from === null).length,
  };

  return {
    today,
    year,
    quarter,
    open: countOpen(open.map((r) => ({ kind: r.kind, status: r.status, stage: r.stage ?? null }))),
    timeliness: {
      quarter: timelinessRows(outcomes, quarter),
      year: timelinessRows(outcomes, year),
    },
    overdue: buildTracker(rules, today, rows).overdue,
    compliments: {
      monthLabel: formatMonth(today.slice(0, 7)),
      month: thisMonth.length,
      year: compliments.length,
      byFrom: unrecorded.year > 0 ? [...complimentsByFrom, unrecorded] : complimentsByFrom,
    },
  };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
