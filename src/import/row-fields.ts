import { z } from 'zod';
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
import type { Column } from './columns.ts';
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
} satisfies Record<Column, (column: Column) => z.ZodType>;

type Shape = { [C in Column]: ReturnType<(typeof cells)[C]> };

/** One row read cell by cell, before the rules that relate one cell to another. */
export const rowFieldsSchema = z.object(
  Object.fromEntries(
    Object.entries(cells).map(([column, cell]) => [column, cell(column as Column)]),
  ) as Shape,
);

export type RowFields = z.output<typeof rowFieldsSchema>;
