import { toCsv } from '../../records/csv.ts';
import { compareFigures } from '../metrics/compare.ts';
import type { ReportDocument } from '../document/model.ts';

/**
 * Every figure of the report in one long table, for anyone who wants to work with the numbers:
 * section, measure, breakdown, this year's figure, last year's, and the change as a whole-number
 * percentage (empty where last year had none, or a figure was suppressed as too small to publish).
 */
export function reportCsv(report: ReportDocument): string {
  const rows = report.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.type === 'table' || block.type === 'chart'
        ? block.table.figures.map((figure) => [
            section.title,
            figure.measure,
            figure.breakdown,
            figure.current,
            figure.previous,
            typeof figure.current === 'number' && typeof figure.previous === 'number'
              ? compareFigures(figure.current, figure.previous).changePercent
              : null,
          ])
        : [],
    ),
  );
  return toCsv(['section', 'measure', 'breakdown', 'current', 'previous', 'change'], rows);
}
