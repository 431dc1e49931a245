import { COLUMNS, type Column } from './columns.ts';
import type { ImportRow } from './row-schema.ts';
import { protectCell } from './spreadsheet-safety.ts';

const blank = '';

function yesNo(value: boolean | undefined): string {
  return value === undefined ? blank : value ? 'yes' : 'no';
}

function whole(value: number | undefined): string {
  return value === undefined ? blank : String(value);
}

function pounds(value: number | undefined): string {
  if (value === undefined) return blank;
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** Free text as the import reads it back (trimmed), protected from formula injection. */
function text(value: string | undefined): string {
  return value === undefined ? blank : protectCell(value.trim());
}

function plain(value: string | undefined): string {
  return value ?? blank;
}

/** How each column is written; `satisfies` makes the compiler check that every column is here. */
const CELLS = {
  reference: (row) => text(row.reference),
  kind: (row) => row.kind,
  procedure: (row) => plain(row.procedure),
  received_on: (row) => row.received_on,
  channel: (row) => plain(row.channel),
  complainant_id: (row) => text(row.complainant_id),
  complainant_role: (row) => plain(row.complainant_role),
  child_circumstance: (row) => plain(row.child_circumstance),
  team: (row) => text(row.team),
  service_area: (row) => text(row.service_area),
  themes: (row) => text(row.themes.map((theme) => theme.trim()).join(';')),
  advocate: (row) => text(row.advocate),
  summary: (row) => text(row.summary),
  related_reference: (row) => text(row.related_reference),
  restricted: (row) => yesNo(row.restricted),
  not_accepted_reason: (row) => plain(row.not_accepted_reason),
  withdrawn_on: (row) => plain(row.withdrawn_on),
  // Left blank when stage 1 starts on receipt, the import's default.
  s1_received_on: (row) => (row.s1_received_on === row.received_on ? blank : row.s1_received_on),
  s1_acknowledged_on: (row) => plain(row.s1_acknowledged_on),
  s1_extended: (row) => yesNo(row.s1_extended),
  s1_suspended_days: (row) => whole(row.s1_suspended_days),
  s1_responded_on: (row) => plain(row.s1_responded_on),
  s1_outcome: (row) => plain(row.s1_outcome),
  s1_manager_contacted: (row) => yesNo(row.s1_manager_contacted),
  s1_reopened: (row) => whole(row.s1_reopened),
  s2_requested_on: (row) => plain(row.s2_requested_on),
  s2_extended: (row) => yesNo(row.s2_extended),
  s2_suspended_days: (row) => whole(row.s2_suspended_days),
  s2_responded_on: (row) => plain(row.s2_responded_on),
  s2_outcome: (row) => plain(row.s2_outcome),
  s3_requested_on: (row) => plain(row.s3_requested_on),
  s3_panel_on: (row) => plain(row.s3_panel_on),
  s3_panel_report_on: (row) => plain(row.s3_panel_report_on),
  s3_responded_on: (row) => plain(row.s3_responded_on),
  s3_outcome: (row) => plain(row.s3_outcome),
  ombudsman_reference: (row) => text(row.ombudsman_reference),
  remedy_amount: (row) => pounds(row.remedy_amount),
  remedy_stage: (row) => plain(row.remedy_stage),
  compliment_from: (row) => plain(row.compliment_from),
} satisfies Record<Column, (row: ImportRow) => string>;

/** A row's cells in the order of COLUMNS, written so that importing them gives the row back. */
export function rowCells(row: ImportRow): string[] {
  return COLUMNS.map((column) => CELLS[column](row));
}
