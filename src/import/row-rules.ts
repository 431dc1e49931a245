import { OMBUDSMAN_OUTCOMES, OUTCOMES, type Kind } from './codes.ts';
import { COLUMNS, type Column } from './columns.ts';
import type { RowFields } from './row-fields.ts';

/** A rule that relates one cell of a row to others, broken on the named column. */
export interface RowProblem {
  column: Column;
  message: string;
}

const STAGE_2_AND_3 = COLUMNS.filter((column) => /^s[23]_/.test(column));

/** Columns that belong to one kind of record. */
const ONLY_FOR: readonly (readonly [Kind, readonly Column[]])[] = [
  ['complaint', ['procedure', 'not_accepted_reason', ...STAGE_2_AND_3]],
  ['compliment', ['compliment_from']],
  ['ombudsman', ['ombudsman_reference']],
];

type DateColumn = Extract<Column, `${string}_on`>;

/**
 * The date each date must not precede. When that one is blank, the comparison is with the one it in
 * turn must not precede, so a historic complaint that starts at stage 2 is still checked against
 * its receipt.
 */
const NOT_BEFORE = new Map<DateColumn, DateColumn>([
  ['withdrawn_on', 'received_on'],
  ['s1_received_on', 'received_on'],
  ['s1_acknowledged_on', 's1_received_on'],
  ['s1_responded_on', 's1_received_on'],
  ['s2_requested_on', 's1_responded_on'],
  ['s2_responded_on', 's2_requested_on'],
  ['s3_requested_on', 's2_responded_on'],
  ['s3_panel_on', 's3_requested_on'],
  ['s3_panel_report_on', 's3_panel_on'],
  ['s3_responded_on', 's3_panel_report_on'],
]);

/** Each date with the dates it must not precede, nearest first, for rows to check quickly. */
const DATE_ORDER = [...NOT_BEFORE.keys()].map((column) => {
  const earlier: DateColumn[] = [];
  for (let date = NOT_BEFORE.get(column); date !== undefined; date = NOT_BEFORE.get(date)) {
    earlier.push(date);
  }
  return [column, earlier] as const;
});

/** Everything wrong between the cells of a row whose cells are each valid. */
export function rowProblems(row: RowFields): RowProblem[] {
  const problems: RowProblem[] = [];
  kindProblems(row, problems);
  outcomeProblems(row, problems);
  dateOrderProblems(row, problems);
  if (row.remedy_amount !== undefined && row.remedy_stage === undefined) {
    problems.push({
      column: 'remedy_stage',
      message: 'remedy_stage is required with remedy_amount: 1, 2, 3 or ombudsman',
    });
  }
  return problems;
}

function kindProblems(row: RowFields, problems: RowProblem[]): void {
  for (const [kind, columns] of ONLY_FOR) {
    if (row.kind === kind) continue;
    for (const column of columns) {
      if (row[column] !== undefined) {
        problems.push({ column, message: `${column} is only for ${kind} rows, not ${row.kind}` });
      }
    }
  }
  if (row.kind === 'complaint' && !row.procedure && !row.not_accepted_reason) {
    problems.push({
      column: 'procedure',
      message: 'procedure is required for a complaint, unless it has a not_accepted_reason',
    });
  }
}

function outcomeProblems({ kind, s1_outcome: outcome }: RowFields, problems: RowProblem[]): void {
  const ombudsman = kind === 'ombudsman';
  const allowed: readonly string[] = ombudsman ? OMBUDSMAN_OUTCOMES : OUTCOMES;
  if (outcome === undefined || allowed.includes(outcome)) return;
  const problem = ombudsman ? 'is not an ombudsman outcome' : 'is only for ombudsman rows';
  problems.push({
    column: 's1_outcome',
    message: `s1_outcome "${outcome}" ${problem}: use one of ${allowed.join(', ')}`,
  });
}

function dateOrderProblems(row: RowFields, problems: RowProblem[]): void {
  for (const [column, earlierColumns] of DATE_ORDER) {
    const value = row[column];
    if (value === undefined) continue;
    const earlier = earlierColumns.find((date) => row[date] !== undefined);
    const earlierValue = earlier && row[earlier];
    // ISO dates sort as strings do, so no Date objects (and no time zones) are needed.
    if (earlierValue !== undefined && value < earlierValue) {
      problems.push({ column, message: `${column} is before ${earlier}` });
    }
  }
}
