import { renderReportChart } from './charts.ts';
import { formatFigure, paragraphsOf } from './document/format.ts';
import type { Block, ReportDocument, ReportSection, ReportTable } from './document/model.ts';

// The report document as the templates show it: cells as text, charts drawn as SVG, the officer's
// words split into paragraphs. The page and the printable HTML export both render this.

export interface ViewCell {
  text: string;
  /** Figures are right-aligned, as GOV.UK tables set numbers. */
  numeric: boolean;
}

export interface ViewTable {
  caption: string;
  head: ViewCell[];
  rows: ViewCell[][];
}

export type ViewBlock =
  | Exclude<Block, { type: 'table' } | { type: 'chart' } | { type: 'quote' }>
  | { type: 'table'; table: ViewTable }
  | { type: 'chart'; svg: string; table: ViewTable }
  | { type: 'quote'; lead: string; paragraphs: string[] };

export interface ReportView {
  organisation: string;
  title: string;
  yearStart: number;
  yearLabel: string;
  bracketsNote: string;
  sections: { key: string; title: string; blocks: ViewBlock[]; commentary: string[] }[];
}

function viewTable(table: ReportTable): ViewTable {
  // Tables of figures have their figures after the label; the "you said, we did" table is words.
  const numeric = table.figures.length > 0;
  return {
    caption: table.caption,
    head: table.head.map((text, index) => ({ text, numeric: numeric && index > 0 })),
    rows: table.rows.map((row) =>
      row.map((cell, index) => ({
        text: typeof cell === 'number' ? formatFigure(cell, 'count') : cell,
        numeric: numeric && index > 0,
      })),
    ),
  };
}

async function viewBlock(block: Block): Promise<ViewBlock> {
  switch (block.type) {
    case 'table':
      return { type: 'table', table: viewTable(block.table) };
    case 'chart':
      return {
        type: 'chart',
        svg: await renderReportChart(block.chart),
        table: viewTable(block.table),
      };
    case 'quote':
      return { type: 'quote', lead: block.lead, paragraphs: paragraphsOf(block.text) };
    default:
      return block;
  }
}

export type SectionView = ReportView['sections'][number];

/** One section with its charts drawn: the commentary page shows the figures being written about. */
export async function sectionView(section: ReportSection): Promise<SectionView> {
  return {
    key: section.key,
    title: section.title,
    blocks: await Promise.all(section.blocks.map(viewBlock)),
    commentary: paragraphsOf(section.commentary),
  };
}

export async function reportView(document: ReportDocument): Promise<ReportView> {
  return {
    organisation: document.organisation,
    title: document.title,
    yearStart: Number(document.year.start.slice(0, 4)),
    yearLabel: document.year.label,
    bracketsNote: document.bracketsNote,
    sections: await Promise.all(document.sections.map(sectionView)),
  };
}
