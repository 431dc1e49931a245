import type { z } from 'zod';
import {
  CHANNELS,
  CIRCUMSTANCES,
  COMPLIMENT_FROM,
  KINDS,
  NOT_ACCEPTED_REASONS,
  OMBUDSMAN_OUTCOMES,
  OUTCOMES,
  PROCEDURES,
  REMEDY_STAGES,
  ROLES,
} from './codes.ts';
import { COLUMNS, type Column } from './columns.ts';
import {
  code,
  date,
  nameList,
  optional,
  pounds,
  required,
  text,
  wholeNumber,
  yesNo,
  type CellReader,
} from './field-schemas.ts';

// An ombudsman row's one response takes an ombudsman outcome; row-rules.ts checks which applies.
const STAGE_1_OUTCOMES = [...new Set([...OUTCOMES, ...OMBUDSMAN_OUTCOMES])];

/** How to read each column; `satisfies` makes the compiler check that every column is here. */
const cells = {
  reference: required(text),
  kind: required(code(KINDS)),
  procedure: optional(code(PROCEDURES)),
  received_on: required(date),
  channel: optional(code(CHANNELS)),
  complainant_id: optional(text),
  complainant_role: optional(code(ROLES)),
  child_circumstance: optional(code(CIRCUMSTANCES)),
  team: optional(text),
  service_area: optional(text),
  themes: nameList,
  advocate: optional(text),
  summary: optional(text),
  related_reference: optional(text),
  restricted: optional(yesNo),
  not_accepted_reason: optional(code(NOT_ACCEPTED_REASONS)),
  withdrawn_on: optional(date),
  s1_received_on: optional(date),
  s1_acknowledged_on: optional(date),
  s1_extended: optional(yesNo),
  s1_suspended_days: optional(wholeNumber),
  s1_responded_on: optional(date),
  s1_outcome: optional(code(STAGE_1_OUTCOMES)),
  s1_manager_contacted: optional(yesNo),
  s1_reopened: optional(wholeNumber),
  s2_requested_on: optional(date),
  s2_extended: optional(yesNo),
  s2_suspended_days: optional(wholeNumber),
  s2_responded_on: optional(date),
  s2_outcome: optional(code(OUTCOMES)),
  s3_requested_on: optional(date),
  s3_panel_on: optional(date),
  s3_panel_report_on: optional(date),
  s3_responded_on: optional(date),
  s3_outcome: optional(code(OUTCOMES)),
  ombudsman_reference: optional(text),
  remedy_amount: optional(pounds),
  remedy_stage: optional(code(REMEDY_STAGES)),
  compliment_from: optional(code(COMPLIMENT_FROM)),
} satisfies Record<Column, CellReader<unknown>>;

/** One row read cell by cell, before the rules that relate one cell to another. */
export type RowFields = { [C in Column]: ReturnType<(typeof cells)[C]> };

/** A row's cells by column, each the text of the cell; a column the file lacks is left out. */
export type RowText = Partial<Record<Column, unknown>>;

type Context = z.core.$RefinementCtx;

/**
 * Reads every cell of a row, adding an issue for each that cannot be read, at its column. Returns
 * the row, or undefined if any cell was invalid. Each column is named in the code, not looked up
 * in a loop over the columns: property access by a computed name cost more than the reading.
 */
export function readRowFields(text: RowText, ctx: Context): RowFields | undefined {
  const issuesBefore = ctx.issues.length;
  const row = {
    reference: cells.reference(text.reference, 'reference', ctx),
    kind: cells.kind(text.kind, 'kind', ctx),
    procedure: cells.procedure(text.procedure, 'procedure', ctx),
    received_on: cells.received_on(text.received_on, 'received_on', ctx),
    channel: cells.channel(text.channel, 'channel', ctx),
    complainant_id: cells.complainant_id(text.complainant_id, 'complainant_id', ctx),
    complainant_role: cells.complainant_role(text.complainant_role, 'complainant_role', ctx),
    child_circumstance: cells.child_circumstance(
      text.child_circumstance,
      'child_circumstance',
      ctx,
    ),
    team: cells.team(text.team, 'team', ctx),
    service_area: cells.service_area(text.service_area, 'service_area', ctx),
    themes: cells.themes(text.themes, 'themes', ctx),
    advocate: cells.advocate(text.advocate, 'advocate', ctx),
    summary: cells.summary(text.summary, 'summary', ctx),
    related_reference: cells.related_reference(text.related_reference, 'related_reference', ctx),
    restricted: cells.restricted(text.restricted, 'restricted', ctx),
    not_accepted_reason: cells.not_accepted_reason(
      text.not_accepted_reason,
      'not_accepted_reason',
      ctx,
    ),
    withdrawn_on: cells.withdrawn_on(text.withdrawn_on, 'withdrawn_on', ctx),
    s1_received_on: cells.s1_received_on(text.s1_received_on, 's1_received_on', ctx),
    s1_acknowledged_on: cells.s1_acknowledged_on(
      text.s1_acknowledged_on,
      's1_acknowledged_on',
      ctx,
    ),
    s1_extended: cells.s1_extended(text.s1_extended, 's1_extended', ctx),
    s1_suspended_days: cells.s1_suspended_days(text.s1_suspended_days, 's1_suspended_days', ctx),
    s1_responded_on: cells.s1_responded_on(text.s1_responded_on, 's1_responded_on', ctx),
    s1_outcome: cells.s1_outcome(text.s1_outcome, 's1_outcome', ctx),
    s1_manager_contacted: cells.s1_manager_contacted(
      text.s1_manager_contacted,
      's1_manager_contacted',
      ctx,
    ),
    s1_reopened: cells.s1_reopened(text.s1_reopened, 's1_reopened', ctx),
    s2_requested_on: cells.s2_requested_on(text.s2_requested_on, 's2_requested_on', ctx),
    s2_extended: cells.s2_extended(text.s2_extended, 's2_extended', ctx),
    s2_suspended_days: cells.s2_suspended_days(text.s2_suspended_days, 's2_suspended_days', ctx),
    s2_responded_on: cells.s2_responded_on(text.s2_responded_on, 's2_responded_on', ctx),
    s2_outcome: cells.s2_outcome(text.s2_outcome, 's2_outcome', ctx),
    s3_requested_on: cells.s3_requested_on(text.s3_requested_on, 's3_requested_on', ctx),
    s3_panel_on: cells.s3_panel_on(text.s3_panel_on, 's3_panel_on', ctx),
    s3_panel_report_on: cells.s3_panel_report_on(
      text.s3_panel_report_on,
      's3_panel_report_on',
      ctx,
    ),
    s3_responded_on: cells.s3_responded_on(text.s3_responded_on, 's3_responded_on', ctx),
    s3_outcome: cells.s3_outcome(text.s3_outcome, 's3_outcome', ctx),
    ombudsman_reference: cells.ombudsman_reference(
      text.ombudsman_reference,
      'ombudsman_reference',
      ctx,
    ),
    remedy_amount: cells.remedy_amount(text.remedy_amount, 'remedy_amount', ctx),
    remedy_stage: cells.remedy_stage(text.remedy_stage, 'remedy_stage', ctx),
    compliment_from: cells.compliment_from(text.compliment_from, 'compliment_from', ctx),
  } satisfies Record<Column, unknown>;
  if (ctx.issues.length > issuesBefore) return undefined;
  return hasColumnsInOrder(text) ? (row as RowFields) : onlyColumnsOf(text, row);
}

/** Whether a row has every column and no others, in order: quick to check, as a whole file is. */
function hasColumnsInOrder(text: RowText): boolean {
  let index = 0;
  for (const key in text) if (key !== COLUMNS[index++]) return false;
  return index === COLUMNS.length;
}

/** A blank row of the columns a file has, kept for its next row, which has the same columns. */
let blank: { columns: readonly Column[]; row: Partial<Record<Column, unknown>> } = {
  columns: [],
  row: {},
};

/**
 * The row without the columns `text` does not have, as z.object leaves out an absent optional key;
 * themes is kept, as a list that is empty when the column is blank or missing. The row is copied
 * into a blank one, not given deletions, which would leave it in V8's slow dictionary form.
 */
function onlyColumnsOf(text: RowText, row: Record<Column, unknown>): RowFields {
  const columns = COLUMNS.filter((column) => column === 'themes' || column in text);
  if (columns.length === COLUMNS.length) return row as RowFields;
  if (!isSameList(columns, blank.columns)) {
    blank = { columns, row: Object.fromEntries(columns.map((column) => [column, undefined])) };
  }
  const fields = { ...blank.row };
  for (const column of columns) fields[column] = row[column];
  return fields as RowFields;
}

function isSameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
