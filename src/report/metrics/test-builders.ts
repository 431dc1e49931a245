import type { Calendar, IsoDate } from '../../calendar/types.ts';
import type { Counts } from './counts.ts';
import type { ReportRecord, ReportStage } from './input.ts';
import { addDays } from './test-calendar.ts';
import { inRange, reportYear } from './year.ts';

// Builders for the metrics tests: single records with defaults for the definition tests, and
// drafts that turn published counts ("82 partially upheld, 38 extended") into case-level records.

/** A stage with the timescale of statutory stage 1: 10 working days, 20 when extended. */
export function stage(fields: Partial<ReportStage> & Pick<ReportStage, 'startedOn'>): ReportStage {
  return {
    stage: 1,
    clockStartOn: fields.startedOn,
    endedOn: null,
    outcome: null,
    limit: 10,
    maximum: 20,
    extended: false,
    suspensions: [],
    managerContacted: null,
    reopened: 0,
    dueOn: null,
    ...fields,
  };
}

/** A statutory complaint from a parent, with no stages unless given; each record is its own complainant. */
export function record(
  fields: Partial<ReportRecord> & Pick<ReportRecord, 'id' | 'receivedOn'>,
): ReportRecord {
  return {
    reference: `REF-${fields.id}`,
    kind: 'complaint',
    procedure: 'statutory',
    channel: 'email',
    complainantId: `person-${fields.id}`,
    complainantRole: 'parent',
    childCircumstances: [],
    team: null,
    serviceArea: null,
    themes: [],
    advocate: null,
    notAcceptedReason: null,
    withdrawnOn: null,
    complimentFrom: null,
    relatedTo: null,
    stages: [],
    remedies: [],
    costs: [],
    learningActions: [],
    ...fields,
  };
}

/** A complaint with only stage 1, received and started on `receivedOn`. */
export function stage1Complaint(
  id: string,
  receivedOn: IsoDate,
  endedOn: IsoDate | null,
  stageFields: Partial<ReportStage> = {},
  recordFields: Partial<ReportRecord> = {},
): ReportRecord {
  return record({
    id,
    receivedOn,
    stages: [stage({ startedOn: receivedOn, endedOn, ...stageFields })],
    ...recordFields,
  });
}

/** Published tables group codes under their own headings: the sum of the codes under each. */
export function grouped(counts: Counts, groups: Record<string, readonly string[]>): Counts {
  return Object.fromEntries(
    Object.entries(groups).map(([group, keys]) => [
      group,
      keys.reduce((sum, key) => sum + (counts[key] ?? 0), 0),
    ]),
  );
}

/** `count` dates spread evenly over the financial year starting in `yearStart`, first to last day. */
export function datesInYear(yearStart: number, count: number): IsoDate[] {
  const { start } = reportYear(yearStart);
  return Array.from({ length: count }, (_, i) => addDays(start, Math.floor((i * 365) / count)));
}

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

/** How one stage of a drafted case runs: the years it starts and ends in, and how long it takes. */
export interface StagePlan {
  readonly stage: 1 | 2 | 3;
  /** Financial year the stage starts in (2020 = 2020/21). */
  readonly startedIn: number;
  /** Financial year it ends in; null while it is still open. */
  readonly endedIn: number | null;
  /** Working days from the start to the response. */
  elapsed: number;
  readonly fields: Mutable<ReportStage>;
  /** Where the case sits among those drafted together, to spread their dates over the year. */
  readonly position: { readonly index: number; readonly of: number };
}

/** A case being drafted; `assign` fills in its fields, `materialise` dates it. */
export interface CaseDraft {
  readonly id: string;
  readonly fields: Mutable<ReportRecord>;
  readonly stages: StagePlan[];
}

/** Makes drafts with ids unique within one data set, and keeps them for `materialise`. */
export function draftFactory(prefix: string) {
  const made: CaseDraft[] = [];
  return {
    /** `count` cases whose stage 1 starts in `startedIn` and ends in `endedIn` (null: open). */
    make(count: number, startedIn: number, endedIn: number | null): CaseDraft[] {
      const drafts = Array.from({ length: count }, (_, index) => ({
        id: `${prefix}-${made.length + index + 1}`,
        fields: {},
        stages: [plan(1, startedIn, endedIn, { index, of: count }, {})],
      }));
      made.push(...drafts);
      return drafts;
    },
    all: (): readonly CaseDraft[] => made,
  };
}

function plan(
  stageNumber: 1 | 2 | 3,
  startedIn: number,
  endedIn: number | null,
  position: StagePlan['position'],
  fields: Mutable<ReportStage>,
): StagePlan {
  return { stage: stageNumber, startedIn, endedIn, elapsed: 5, fields: { ...fields }, position };
}

/** The drafts' cases go on to their next stage, which starts and ends in the years given. */
export function escalate(
  drafts: readonly CaseDraft[],
  startedIn: number,
  endedIn: number | null,
  fields: Mutable<ReportStage> = {},
): readonly CaseDraft[] {
  drafts.forEach((draft, index) => {
    const last = draft.stages.at(-1);
    if (last === undefined || last.stage === 3) throw new Error(`${draft.id} cannot escalate`);
    const position = { index, of: drafts.length };
    draft.stages.push(plan((last.stage + 1) as 2 | 3, startedIn, endedIn, position, fields));
  });
  return drafts;
}

/**
 * Gives the first n₁ items v₁, the next n₂ items v₂, and so on. Items beyond the counts keep
 * their defaults, which is how a published table that leaves some cases out is reproduced.
 */
export function assign<Item, Value>(
  items: readonly Item[],
  counts: readonly (readonly [Value, number])[],
  apply: (item: Item, value: Value) => void,
): void {
  const values = counts.flatMap(([value, n]) => Array.from({ length: n }, () => value));
  if (values.length > items.length) {
    throw new Error(`${values.length} values for ${items.length} items`);
  }
  values.forEach((value, i) => apply(items[i] as Item, value));
}

/** Sets a stage field, for `assign`. */
export function setStage<K extends keyof ReportStage>(key: K) {
  return (plan: StagePlan, value: ReportStage[K]) => {
    plan.fields[key] = value;
  };
}

/** Sets a record field, for `assign`. */
export function setRecord<K extends keyof ReportRecord>(key: K) {
  return (draft: CaseDraft, value: ReportRecord[K]) => {
    draft.fields[key] = value;
  };
}

/** The plans of stage `number` of the drafts, which must all have one. */
export function stagesOf(drafts: readonly CaseDraft[], number: 1 | 2 | 3): StagePlan[] {
  return drafts.map((draft) => {
    const found = draft.stages.find((planned) => planned.stage === number);
    if (found === undefined) throw new Error(`${draft.id} has no stage ${number}`);
    return found;
  });
}

/** The first `count` drafts that `test` accepts; there must be enough. */
export function pick(
  drafts: readonly CaseDraft[],
  count: number,
  test: (draft: CaseDraft) => boolean,
): CaseDraft[] {
  const found = drafts.filter(test).slice(0, count);
  if (found.length < count) throw new Error(`only ${found.length} drafts of ${count} wanted`);
  return found;
}

/**
 * Times the responses of stages of `limit` working days (`maximum` when extended): on time or late,
 * with or without an extension. Late without an extension lands after the limit but within the
 * maximum; late with one, beyond the maximum.
 */
export function respond(
  plans: readonly StagePlan[],
  { limit, maximum }: { limit: number; maximum: number },
  counts: { onTime?: number; late?: number; extendedOnTime?: number; extendedLate?: number },
): void {
  const profiles: [{ extended: boolean; elapsed: number }, number][] = [
    [{ extended: false, elapsed: limit - 1 }, counts.onTime ?? 0],
    [{ extended: false, elapsed: limit + 1 }, counts.late ?? 0],
    [{ extended: true, elapsed: maximum - 1 }, counts.extendedOnTime ?? 0],
    [{ extended: true, elapsed: maximum + 1 }, counts.extendedLate ?? 0],
  ];
  assign(plans, profiles, (plan, { extended, elapsed }) => {
    plan.elapsed = elapsed;
    plan.fields.extended = extended;
  });
}

// Stages that start and end in one year start between April and November, so that even a
// long stage ends by March; a stage carried into a later year starts on the last day of its year.
const SPREAD_DAYS = 240;
const DAYS_BEFORE_NEXT_STAGE = 7;

/**
 * Dates the drafts: each stage starts in its `startedIn` year (after the stage before it) and ends
 * `elapsed` working days later, which must fall in its `endedIn` year or the draft is inconsistent.
 */
export function materialise(
  drafts: readonly CaseDraft[],
  calendar: Calendar,
  base: Partial<ReportRecord> = {},
  stageBase: Partial<ReportStage> = {},
): ReportRecord[] {
  return drafts.map((draft) => {
    let previousEnd: IsoDate | null = null;
    const stages = draft.stages.map((planned) => {
      const startedOn = startOf(planned, previousEnd);
      const endedOn =
        planned.endedIn === null ? null : calendar.addWorkingDays(startedOn, planned.elapsed);
      check(draft, planned, startedOn, endedOn);
      previousEnd = endedOn;
      return stage({ startedOn, endedOn, ...stageBase, ...planned.fields, stage: planned.stage });
    });
    const first = stages[0];
    if (first === undefined) throw new Error(`${draft.id} has no stage`);
    return record({ id: draft.id, receivedOn: first.startedOn, ...base, ...draft.fields, stages });
  });
}

function startOf({ startedIn, endedIn, position }: StagePlan, previousEnd: IsoDate | null) {
  const year = reportYear(startedIn);
  const spread =
    endedIn === startedIn
      ? addDays(year.start, Math.floor((position.index * SPREAD_DAYS) / position.of))
      : year.end;
  const afterPrevious =
    previousEnd === null ? spread : addDays(previousEnd, DAYS_BEFORE_NEXT_STAGE);
  return afterPrevious > spread ? afterPrevious : spread;
}

function check(draft: CaseDraft, planned: StagePlan, startedOn: IsoDate, endedOn: IsoDate | null) {
  const problem = (what: string) =>
    new Error(`${draft.id} stage ${planned.stage}: ${what} (elapsed ${planned.elapsed})`);
  if (!inRange(startedOn, reportYear(planned.startedIn))) {
    throw problem(`starts ${startedOn}, not in ${planned.startedIn}`);
  }
  if (
    planned.endedIn !== null &&
    endedOn !== null &&
    !inRange(endedOn, reportYear(planned.endedIn))
  ) {
    throw problem(`ends ${endedOn}, not in ${planned.endedIn}`);
  }
}
