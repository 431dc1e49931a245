import type { ReportYear } from '../metrics/year.ts';
import type { SectionKey } from '../sections.ts';

// The annual report as a document: sections of headings, sentences, tables and charts in reading
// order. The web page, the printable HTML, Word, the spreadsheet and the CSV are all drawn from
// this one model, so they cannot say different things.

export type Cell = string | number;

/** How a figure is read, and so how its change is put. */
export type Unit = 'count' | 'pounds' | 'percent' | 'rate';

/** One figure beside last year's: a line of the CSV. */
export interface Figure {
  measure: string;
  breakdown: string;
  /** null when not known; a string for a figure suppressed as too small to publish ("<5"). */
  current: number | string | null;
  previous: number | string | null;
  unit: Unit;
}

export interface ReportTable {
  caption: string;
  /** Column headings; the first column heads the row labels. */
  head: string[];
  /** Each row starts with its label. */
  rows: Cell[][];
  /** The figures in the table, compared with last year's, for the CSV. */
  figures: Figure[];
}

export interface ChartSeries {
  name: string;
  /** A colour of src/charts' palette, as `#rrggbb`. */
  colour: string;
  values: number[];
}

/** A bar chart, drawn from its data so each format draws it in its own way. */
export interface ReportChart {
  title: string;
  /** What the chart shows, in a sentence: the alternative text. */
  description: string;
  categoryTitle: string;
  valueTitle: string;
  categories: string[];
  series: ChartSeries[];
  /** Series stacked in one bar per category, rather than side by side. */
  stacked: boolean;
}

export type Block =
  /** A heading within a section (level 3), or within a part of one (level 4). */
  | { type: 'heading'; level: 3 | 4; text: string }
  | { type: 'paragraph'; text: string }
  /** Sentences led by ↑ ↓ ↔, as the executive summaries set them out. */
  | { type: 'summary'; items: { direction: '↑' | '↓' | '↔'; text: string }[] }
  | { type: 'table'; table: ReportTable }
  /** A chart is always followed by its data table. */
  | { type: 'chart'; chart: ReportChart; table: ReportTable }
  | { type: 'quote'; lead: string; text: string };

export interface ReportSection {
  key: SectionKey;
  title: string;
  /** A name of at most 31 characters, for a spreadsheet's sheet. */
  short: string;
  blocks: Block[];
  /** The officer's words; empty when none were written. */
  commentary: string;
}

export interface ReportDocument {
  organisation: string;
  /** "Children's services complaints annual report 2020/21" */
  title: string;
  year: ReportYear;
  previousYear: ReportYear;
  /** "Figures in brackets are for the previous year: April 2019 to March 2020." */
  bracketsNote: string;
  sections: ReportSection[];
}
