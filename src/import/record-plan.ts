import type { WorkingDayCalendar } from '../calendar/calendar.ts';
import type { IsoDate } from '../calendar/types.ts';
import { clockStartFor, stageDefinition, stageDueDate } from '../casework/domain/stage-clock.ts';
import type { RecordStatus } from '../casework/domain/transitions.ts';
import { extendedDueDate } from '../procedures/deadlines.ts';
import type { ProcedureSet, StageDefinition } from '../procedures/types.ts';
import type { ImportRow } from './row-schema.ts';

/** The rules a plan is made with: the organisation's calendar and procedures, and today. */
export interface PlanRules {
  calendar: WorkingDayCalendar;
  procedures: ProcedureSet;
  today: IsoDate;
}

export interface StagePlan {
  number: 1 | 2 | 3;
  procedure: string;
  started_on: IsoDate;
  clock_start_on: IsoDate | null;
  acknowledged_on: IsoDate | null;
  limit_days: number | null;
  maximum_days: number | null;
  due_on: IsoDate | null;
  extended: boolean;
  suspended_days: number | null;
  manager_contacted: boolean | null;
  panel_on: IsoDate | null;
  panel_report_on: IsoDate | null;
  responded_on: IsoDate | null;
  ended_on: IsoDate | null;
  outcome: string | null;
  reopened_count: number;
}

/** What one import row becomes in the casework model, before any database ids are known. */
export interface RecordPlan {
  status: RecordStatus;
  closedOn: IsoDate | null;
  stages: StagePlan[];
  /** The financial remedy, agreed on the day the stage that gave it responded. */
  remedy: { stage: string; amount: number; agreedOn: IsoDate } | null;
}

/**
 * A stage that cannot be planned as the row has it, such as a withdrawal dated before the stage
 * it ends. Validation cannot see these: they depend on which stages the row has.
 */
export class PlanProblem extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

interface StageCells {
  number: 1 | 2 | 3;
  startedOn: IsoDate;
  /** Whether the row has anything of this stage beyond its start date. */
  recorded: boolean;
  acknowledgedOn?: IsoDate | undefined;
  extended?: boolean | undefined;
  suspendedDays?: number | undefined;
  managerContacted?: boolean | undefined;
  panelOn?: IsoDate | undefined;
  panelReportOn?: IsoDate | undefined;
  respondedOn?: IsoDate | undefined;
  outcome?: string | undefined;
  reopened?: number | undefined;
}

const anyDefined = (...values: unknown[]) => values.some((value) => value !== undefined);

/**
 * Maps a valid import row to the record's status, stages and remedy, with the same due dates a
 * record made in the app gets: each stage's clock starts as its procedure says, counts the limit
 * in force in working days of the organisation's calendar, and the limit and maximum are kept on
 * the stage. Two things only an import has: a stage marked extended is due at the maximum (the
 * date agreed with the complainant is not in the file), and a stage's suspended working days move
 * its due date on by as many working days.
 */
export function planRecord(row: ImportRow, rules: PlanRules): RecordPlan {
  const stages = stageCells(row, rules.procedures).map((cells) => planStage(row, cells, rules));
  const open = stages.at(-1);
  if (row.withdrawn_on && open && open.ended_on === null) {
    if (row.withdrawn_on < open.started_on) {
      throw new PlanProblem(
        'withdrawn_on',
        `withdrawn_on is before stage ${open.number} started (${open.started_on})`,
      );
    }
    open.ended_on = row.withdrawn_on;
    open.outcome ??= 'withdrawn';
  }
  const { status, closedOn } = recordStatus(row, stages, rules);
  return { status, closedOn, stages, remedy: remedyOf(row, stages) };
}

/** The procedure a record's stages run under: a complaint's procedure, otherwise its kind. */
function stageProcedure(row: ImportRow): string | undefined {
  if (row.kind !== 'complaint') return row.kind;
  return row.not_accepted_reason ? undefined : row.procedure;
}

function stageCells(row: ImportRow, procedures: ProcedureSet): StageCells[] {
  const procedure = stageProcedure(row);
  if (procedure === undefined) return [];
  const stage1: StageCells = {
    number: 1,
    startedOn: row.s1_received_on,
    recorded: anyDefined(
      row.s1_acknowledged_on,
      row.s1_extended,
      row.s1_suspended_days,
      row.s1_responded_on,
      row.s1_outcome,
      row.s1_manager_contacted,
      row.s1_reopened,
    ),
    acknowledgedOn: row.s1_acknowledged_on,
    extended: row.s1_extended,
    suspendedDays: row.s1_suspended_days,
    managerContacted: row.s1_manager_contacted,
    respondedOn: row.s1_responded_on,
    outcome: row.s1_outcome,
    reopened: row.s1_reopened,
  };
  if (row.kind !== 'complaint') {
    // Kinds with no deadline (compliments, other correspondence) have a stage only if the row
    // records a response.
    const hasStage = stageDefinition(procedures, procedure, 1) !== undefined || stage1.recorded;
    return hasStage ? [stage1] : [];
  }
  // Start dates fall back as the date checks of row-rules.ts do, each to the date before it.
  const stage2: StageCells = {
    number: 2,
    startedOn: row.s2_requested_on ?? row.s1_responded_on ?? row.s1_received_on,
    recorded: anyDefined(
      row.s2_requested_on,
      row.s2_extended,
      row.s2_suspended_days,
      row.s2_responded_on,
      row.s2_outcome,
    ),
    extended: row.s2_extended,
    suspendedDays: row.s2_suspended_days,
    respondedOn: row.s2_responded_on,
    outcome: row.s2_outcome,
  };
  const stage3: StageCells = {
    number: 3,
    startedOn: row.s3_requested_on ?? row.s2_responded_on ?? stage2.startedOn,
    recorded: anyDefined(
      row.s3_requested_on,
      row.s3_panel_on,
      row.s3_panel_report_on,
      row.s3_responded_on,
      row.s3_outcome,
    ),
    panelOn: row.s3_panel_on,
    panelReportOn: row.s3_panel_report_on,
    respondedOn: row.s3_responded_on,
    outcome: row.s3_outcome,
  };
  const later = stage3.recorded ? [stage2, stage3] : stage2.recorded ? [stage2] : [];
  // A historic complaint starts at stage 2: it has a later stage and nothing at stage 1.
  return later.length > 0 && !stage1.recorded ? later : [stage1, ...later];
}

function planStage(row: ImportRow, cells: StageCells, rules: PlanRules): StagePlan {
  const procedure = stageProcedure(row)!;
  const definition = stageDefinition(rules.procedures, procedure, cells.number);
  const acknowledgedOn = cells.acknowledgedOn ?? null;
  const extended = cells.extended ?? false;
  const suspendedDays = cells.suspendedDays ?? null;
  const clockStart = definition
    ? clockStartFor(definition, cells.startedOn, acknowledgedOn)
    : cells.startedOn;
  return {
    number: cells.number,
    procedure,
    started_on: cells.startedOn,
    clock_start_on: clockStart,
    acknowledged_on: acknowledgedOn,
    limit_days: definition?.limit ?? null,
    maximum_days: definition?.maximum ?? null,
    due_on: definition ? dueOn(rules, definition, clockStart, extended, suspendedDays) : null,
    extended,
    suspended_days: suspendedDays,
    manager_contacted: cells.managerContacted ?? null,
    panel_on: cells.panelOn ?? null,
    panel_report_on: cells.panelReportOn ?? null,
    responded_on: cells.respondedOn ?? null,
    ended_on: cells.respondedOn ?? null,
    outcome: cells.outcome ?? null,
    reopened_count: cells.reopened ?? 0,
  };
}

function dueOn(
  rules: PlanRules,
  definition: StageDefinition,
  clockStart: IsoDate | null,
  extended: boolean,
  suspendedDays: number | null,
): IsoDate | null {
  if (clockStart === null || !covered(rules.calendar, clockStart)) return null;
  const paused = suspendedDays ?? 0;
  const timescale: StageDefinition = {
    ...definition,
    limit: definition.limit === null ? null : definition.limit + paused,
    maximum: definition.maximum === null ? null : definition.maximum + paused,
  };
  try {
    return extended && timescale.maximum !== null
      ? extendedDueDate(rules.calendar, clockStart, timescale)
      : stageDueDate(rules.calendar, timescale, clockStart);
  } catch (error) {
    // A due date past the last year of known bank holidays cannot be counted yet.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Bank holidays are known from 2012: older history is kept without due dates. */
function covered(calendar: WorkingDayCalendar, date: IsoDate): boolean {
  return calendar.covers.from <= date && date <= calendar.covers.to;
}

function recordStatus(
  row: ImportRow,
  stages: readonly StagePlan[],
  rules: PlanRules,
): { status: RecordStatus; closedOn: IsoDate | null } {
  if (row.kind === 'complaint' && row.not_accepted_reason) {
    return { status: 'not_accepted', closedOn: null };
  }
  if (row.withdrawn_on) return { status: 'withdrawn', closedOn: row.withdrawn_on };
  const last = stages.at(-1);
  // Correspondence with no stage (a compliment) is complete when it is logged.
  if (!last) return { status: 'closed', closedOn: row.received_on };
  if (last.ended_on === null) return { status: 'open', closedOn: null };
  return awaitingNextStage(row, last, rules)
    ? { status: 'responded', closedOn: null }
    : { status: 'closed', closedOn: last.ended_on };
}

/**
 * A complaint answered at a stage that has a next one waits, as in the app, while the complainant
 * may still ask for it; imported history answered longer ago than that is closed.
 */
function awaitingNextStage(row: ImportRow, last: StagePlan, rules: PlanRules): boolean {
  if (row.kind !== 'complaint' || last.responded_on === null) return false;
  if (!stageDefinition(rules.procedures, last.procedure, last.number + 1)) return false;
  const window =
    rules.procedures.procedures[last.procedure as keyof ProcedureSet['procedures']]
      ?.nextStageWindow;
  if (!window || window.limit === null || !covered(rules.calendar, last.responded_on)) return false;
  try {
    return rules.today <= rules.calendar.addWorkingDays(last.responded_on, window.limit);
  } catch (error) {
    if (error instanceof RangeError) return true;
    throw error;
  }
}

function remedyOf(row: ImportRow, stages: readonly StagePlan[]): RecordPlan['remedy'] {
  if (row.remedy_amount === undefined || row.remedy_stage === undefined) return null;
  // An Ombudsman remedy is given by an Ombudsman case's decision, or after a complaint's last stage.
  const stage =
    row.remedy_stage === 'ombudsman'
      ? stages.at(-1)
      : stages.find((s) => s.number === Number(row.remedy_stage));
  return {
    stage: row.remedy_stage,
    amount: row.remedy_amount,
    agreedOn: stage?.ended_on ?? stage?.started_on ?? row.received_on,
  };
}
