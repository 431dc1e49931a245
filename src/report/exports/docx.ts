import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { ChartRun } from 'docx/charts';
import { formatDate } from '../../records/format.ts';
import { formatFigure, paragraphsOf } from '../document/format.ts';
import type { Block, ReportChart, ReportDocument, ReportTable } from '../document/model.ts';

const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text: value, ...options })] });

function table(model: ReportTable): (Paragraph | Table)[] {
  const numeric = model.figures.length > 0;
  const cell = (value: string | number, column: number, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: numeric && column > 0 ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [
            new TextRun({
              text: typeof value === 'number' ? formatFigure(value, 'count') : value,
              bold: header || column === 0,
            }),
          ],
        }),
      ],
    });
  return [
    new Paragraph({ keepNext: true, children: [new TextRun({ text: model.caption, bold: true })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        // Repeated at the top of each page the table runs onto, and read as headers.
        new TableRow({ tableHeader: true, children: model.head.map((h, i) => cell(h, i, true)) }),
        ...model.rows.map(
          (row) =>
            new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, i, false)) }),
        ),
      ],
    }),
    new Paragraph(''),
  ];
}

/**
 * A native Word chart rather than a picture: Word draws it, keeps its data (Edit Data opens it)
 * and reads its description to screen readers, and no PNG has to be drawn without a browser.
 */
function chart(model: ReportChart): Paragraph {
  const bars = model.categories.length * (model.stacked ? 1 : model.series.length);
  return new Paragraph({
    keepNext: true,
    children: [
      new ChartRun({
        type: 'bar',
        title: model.title,
        categories: model.categories,
        series: model.series.map((series) => ({
          name: series.name,
          values: series.values,
          color: series.colour.replace('#', ''),
        })),
        stacking: model.stacked ? 'stacked' : 'none',
        // Word puts the first category at the bottom; the report reads from the top.
        categoryAxis: { title: model.categoryTitle, reverseOrder: true },
        valueAxis: { title: model.valueTitle, numberFormat: '0' },
        legend: model.series.length > 1 ? { position: 'bottom' } : false,
        altText: { name: model.title, description: model.description },
        transformation: { width: 600, height: Math.min(860, 140 + bars * 16) },
      }),
    ],
  });
}

function block(model: Block): (Paragraph | Table)[] {
  switch (model.type) {
    case 'heading':
      return [
        new Paragraph({
          text: model.text,
          heading: model.level === 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
        }),
      ];
    case 'paragraph':
      return [text(model.text)];
    case 'summary':
      return model.items.map((item) => text(`${item.direction} ${item.text}`));
    case 'table':
      return table(model.table);
    case 'chart':
      return [chart(model.chart), ...table(model.table)];
    case 'quote':
      return [
        new Paragraph({
          keepNext: true,
          children: [new TextRun({ text: model.lead, bold: true })],
        }),
        ...paragraphsOf(model.text).map(
          (line) =>
            new Paragraph({
              indent: { left: 567 },
              children: [new TextRun({ text: line, italics: true })],
            }),
        ),
      ];
  }
}

/** The report as a Word document: a title page, contents, then each section with its commentary. */
export async function reportDocx(report: ReportDocument): Promise<Buffer> {
  const titlePage = [
    new Paragraph({ text: report.organisation, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: report.title, heading: HeadingLevel.HEADING_1 }),
    text(`${formatDate(report.year.start)} to ${formatDate(report.year.end)}`),
    text(report.bracketsNote),
    new Paragraph({ text: 'Contents', heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...report.sections.map((section, index) => text(`${index + 1}. ${section.title}`)),
  ];
  const sections = report.sections.flatMap((section, index) => [
    new Paragraph({
      text: `${index + 1}. ${section.title}`,
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
    }),
    ...section.blocks.flatMap(block),
    ...(section.commentary
      ? [
          new Paragraph({ text: 'Commentary', heading: HeadingLevel.HEADING_2 }),
          ...paragraphsOf(section.commentary).map((line) => text(line)),
        ]
      : []),
  ]);
  const document = new Document({
    title: `${report.title} – ${report.organisation}`,
    creator: 'Heard',
    description: report.bracketsNote,
    styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
    sections: [{ children: [...titlePage, ...sections] }],
  });
  return Packer.toBuffer(document);
}
