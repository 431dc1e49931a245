import { NOT_RECORDED, type Counts } from '../metrics/counts.ts';
import type { ReportYear } from '../metrics/year.ts';
import { changeText, formatFigure, labelFor } from './format.ts';
import type { Block, Cell, Figure, ReportTable, Unit } from './model.ts';

/** The two years every comparison sets side by side. */
export interface Years {
  current: ReportYear;
  previous: ReportYear;
}

export interface Comparison {
  /** The code or name counted, for rows made from counts. */
  key?: string;
  label: string;
  current: number | null;
  previous: number | null;
  unit?: Unit;
}

const NOT_KNOWN = 'Not entered';

const cellOf = (value: number | null, unit: Unit): Cell =>
  value === null ? NOT_KNOWN : unit === 'count' ? value : formatFigure(value, unit);

/** A figure per row beside last year's, with the change: the reports' usual table. */
export function comparisonTable(
  caption: string,
  rowHeading: string,
  rows: readonly Comparison[],
  years: Years,
): ReportTable {
  return {
    caption,
    head: [rowHeading, years.current.label, years.previous.label, 'Change'],
    rows: rows.map(({ label, current, previous, unit = 'count' }) => [
      label,
      cellOf(current, unit),
      cellOf(previous, unit),
      changeText(current, previous, unit),
    ]),
    figures: rows.map(({ label, current, previous, unit = 'count' }) => ({
      measure: caption,
      breakdown: label,
      current,
      previous,
      unit,
    })),
  };
}

/**
 * Rows for counts by code or name: codes in the order of their list, then any others by name,
 * names by this year's count; "Not recorded" last. With `total`, a total row ends the table.
 */
export function countRows(
  current: Counts,
  previous: Counts,
  options: {
    labels?: Readonly<Record<string, string>> | null;
    order?: readonly string[];
    total?: string;
  } = {},
): Comparison[] {
  const keys = [...new Set([...Object.keys(current), ...Object.keys(previous)])];
  const rank = (key: string) => {
    if (key === NOT_RECORDED) return Number.MAX_SAFE_INTEGER;
    const index = options.order?.indexOf(key) ?? -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER - 1 : index;
  };
  const labels = options.labels ?? null;
  keys.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (options.order ? 0 : (current[b] ?? 0) - (current[a] ?? 0)) ||
      labelFor(labels, a).localeCompare(labelFor(labels, b)),
  );
  const rows: Comparison[] = keys.map((key) => ({
    key,
    label: labelFor(labels, key),
    current: current[key] ?? 0,
    previous: previous[key] ?? 0,
  }));
  if (options.total && rows.length > 0) {
    const sum = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);
    rows.push({ label: options.total, current: sum(current), previous: sum(previous) });
  }
  return rows;
}

/** Sentences, each a paragraph. */
export function paragraphs(texts: readonly string[]): Block[] {
  return texts.map((text) => ({ type: 'paragraph', text }));
}

/** The table, or a sentence saying there was nothing to count in either year. */
export function tableOrNone(table: ReportTable, none: string): Block[] {
  return table.rows.length > 0 ? [{ type: 'table', table }] : [{ type: 'paragraph', text: none }];
}

export interface YearsRow {
  label: string;
  /** One for each year, oldest first; null where no figure can be given. */
  values: (number | null)[];
  unit?: Unit;
}

/**
 * A figure per row for each of several years, given oldest first and shown newest first, as the
 * comparisons are; this year and last are compared in the CSV.
 */
export function yearsTable(
  caption: string,
  rowHeading: string,
  years: readonly ReportYear[],
  rows: readonly YearsRow[],
): ReportTable {
  return {
    caption,
    head: [rowHeading, ...years.map((year) => year.label).reverse()],
    rows: rows.map(({ label, values, unit = 'count' }) => [
      label,
      ...values.map((value) => (value === null ? '–' : cellOf(value, unit))).reverse(),
    ]),
    figures: rows.map(({ label, values, unit = 'count' }): Figure => ({
      measure: caption,
      breakdown: label,
      current: values.at(-1) ?? null,
      previous: values.length > 1 ? (values.at(-2) ?? null) : null,
      unit,
    })),
  };
}
