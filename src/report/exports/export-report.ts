import { buildReportDocument } from '../document/build.ts';
import type { ReportData } from '../report-data.ts';
import { reportView } from '../view-model.ts';
import { reportCsv } from './csv.ts';
import { reportDocx } from './docx.ts';
import { reportHtml } from './html.ts';
import { reportXlsx } from './xlsx.ts';

export const REPORT_FORMATS = ['json', 'docx', 'xlsx', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: Buffer | string;
}

/** The report of a year in one of its formats; JSON is exactly DESIGN §4's. */
export async function exportReport(data: ReportData, format: ReportFormat): Promise<ReportFile> {
  const fileName = `annual-report-${data.report.year.label.replace('/', '-')}.${format}`;
  const file = (body: Buffer | string): ReportFile => ({
    fileName,
    contentType: CONTENT_TYPES[format],
    body,
  });
  if (format === 'json') return file(`${JSON.stringify(data.report, null, 2)}\n`);
  const document = buildReportDocument(data);
  switch (format) {
    case 'docx':
      return file(await reportDocx(document));
    case 'xlsx':
      return file(await reportXlsx(document));
    // The byte order mark makes Excel read the file as UTF-8.
    case 'csv':
      return file(`\uFEFF${reportCsv(document)}`);
    case 'html':
      return file(await reportHtml(await reportView(document)));
  }
}
