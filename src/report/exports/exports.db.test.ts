import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestDatabase } from '../../db/test-db.ts';
import type { Connection } from '../../db/connect.ts';
import { seedOrganisation } from '../../testing/fixtures.ts';
import { gatherReportData, type ReportData } from '../report-data.ts';
import { saveReportYearPart, versionOf } from '../report-years.ts';
import { SECTIONS } from '../sections.ts';
import { pageText } from '../testing/page-text.ts';
import { readZip } from '../testing/read-zip.ts';
import { seedReportYears } from '../testing/seed-report.ts';
import { exportReport } from './export-report.ts';

let connection: Connection;
let data: ReportData;
beforeAll(async () => {
  connection = await createTestDatabase();
  const org = await seedOrganisation(connection.db);
  const officer = org.actors.complaints_officer;
  await seedReportYears(connection.db, officer, org.teamId);
  await saveReportYearPart(
    connection.db,
    officer,
    2020,
    { commentary: 'statutory-stage-1' },
    versionOf(''),
    'Fewer complaints = better? Not always.',
  );
  data = await gatherReportData(connection.db, org.organisationId, 2020);
});
afterAll(() => connection.close());

const asBuffer = (body: Buffer | string) => (typeof body === 'string' ? Buffer.from(body) : body);

describe('the report exports', () => {
  it('gives JSON in exactly the shape of DESIGN §4', async () => {
    const file = await exportReport(data, 'json');
    expect(file.fileName).toBe('annual-report-2020-21.json');
    const json = JSON.parse(String(file.body));
    expect(Object.keys(json)).toEqual(['organisation', 'year', 'current', 'previous']);
    expect(json.organisation).toBe('Testshire County Council');
    expect(json.year).toEqual({ label: '2020/21', start: '2020-04-01', end: '2021-03-31' });
    const flow = ['received', 'carriedForward', 'workedOn', 'concluded', 'ongoing'];
    const stage = [
      ...flow,
      'byOutcome',
      'timeliness',
      'extended',
      'late',
      'byRole',
      'byTeam',
      'byServiceArea',
      'byTheme',
      'byChildCircumstance',
      'advocate',
      'reopened',
      'repeatComplainants',
      'managerContacted',
      'escalated',
    ];
    for (const metrics of [json.current, json.previous]) {
      expect(Object.keys(metrics).sort()).toEqual(
        [
          'compliments',
          'concerns',
          'enquiries',
          'mpEnquiries',
          'councillorEnquiries',
          'notAccepted',
          'statutory',
          'corporate',
          'ombudsman',
          'remedies',
          'escalation',
        ].sort(),
      );
      expect(Object.keys(metrics.compliments).sort()).toEqual(['byFrom', 'byTeam', 'received']);
      for (const key of ['concerns', 'enquiries', 'mpEnquiries', 'councillorEnquiries']) {
        expect(Object.keys(metrics[key]).sort()).toEqual([...flow].sort());
      }
      expect(Object.keys(metrics.notAccepted).sort()).toEqual(['byReason', 'total']);
      for (const procedure of ['statutory', 'corporate']) {
        expect(Object.keys(metrics[procedure])).toEqual(['stage1', 'stage2', 'stage3']);
        for (const s of ['stage1', 'stage2', 'stage3']) {
          expect(Object.keys(metrics[procedure][s]).sort()).toEqual([...stage].sort());
          expect(Object.keys(metrics[procedure][s].timeliness).sort()).toEqual([
            'beyondMaximum',
            'withinLimit',
            'withinMaximum',
          ]);
        }
      }
      expect(Object.keys(metrics.ombudsman).sort()).toEqual([...flow, 'byOutcome'].sort());
      expect(Object.keys(metrics.remedies).sort()).toEqual(['financialCases', 'financialTotal']);
      expect(Object.keys(metrics.escalation).sort()).toEqual([
        'corporateStage1To2',
        'statutoryStage1To2',
      ]);
    }
    expect(json.current.statutory.stage1.received).toBe(3);
    expect(json.current.escalation.statutoryStage1To2).toBe(0.5);
    expect(json).toEqual(JSON.parse(JSON.stringify(data.report)));
  });

  it('gives a Word document with a title page, every section and its commentary, charts and tables', async () => {
    const file = await exportReport(data, 'docx');
    const body = asBuffer(file.body);
    expect(body.subarray(0, 2).toString()).toBe('PK');
    const parts = readZip(body);
    const xml = parts.get('word/document.xml')!.toString('utf8');
    const words = pageText(xml.replaceAll('&apos;', "'"));
    expect(words).toContain("Children's services complaints annual report 2020/21");
    expect(words).toContain('1 April 2020 to 31 March 2021');
    for (const [index, section] of SECTIONS.entries()) {
      expect(words).toContain(`${index + 1}. ${section.title}`);
    }
    expect(xml).toMatch(
      /<w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/>.*?1\. Executive summary/,
    );
    expect(words).toContain('3 (2) statutory stage 1 complaints were received, a 50% increase.');
    expect(words).toContain('Commentary Fewer complaints = better? Not always.');
    // Tables carry a header row, repeated on each page.
    expect(xml).toContain('<w:tblHeader/>');
    expect(words).toMatch(
      /Stage 1 statutory complaints: outcomes Outcome 2020\/21 2019\/20 Change/,
    );
    // Charts are native Word charts, named and described for screen readers.
    const charts = [...parts.keys()].filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name));
    expect(charts.length).toBeGreaterThanOrEqual(4);
    expect(xml).toContain('name="Stage 1 statutory complaints: outcomes, 2020/21 and 2019/20"');
  });

  it('gives a workbook with a sheet for each section, each table under its headings', async () => {
    const file = await exportReport(data, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asBuffer(file.body) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SECTIONS.map((s) => s.short));
    const sheet = workbook.getWorksheet('Statutory stage 1')!;
    expect(sheet.getCell('A1').value).toBe('Stage 1 statutory complaints');
    // Rows and cells are counted from 1, so both arrays start with a gap.
    const rows = Array.from(sheet.getSheetValues(), (row) =>
      Array.isArray(row) ? row.slice(1) : [],
    );
    const caption = rows.findIndex((row) => row[0] === 'Stage 1 statutory complaints worked on');
    expect(caption).toBeGreaterThan(0);
    expect(rows[caption + 1]).toEqual(['Measure', '2020/21', '2019/20', 'Change']);
    expect(rows[caption + 2]).toEqual(['Received in the year', 3, 2, '↑ 50%']);
    expect(rows.some((row) => row[0] === 'Fewer complaints = better? Not always.')).toBe(true);
  });

  it('gives every figure in one long CSV table: section, measure, breakdown, current, previous, change', async () => {
    const file = await exportReport(data, 'csv');
    const lines = String(file.body)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('section,measure,breakdown,current,previous,change');
    expect(lines).toContain(
      'Stage 1 statutory complaints,Stage 1 statutory complaints worked on,Received in the year,3,2,50',
    );
    expect(lines).toContain(
      'Stage 1 statutory complaints,Stage 1 statutory complaints: outcomes,Upheld,0,1,-100',
    );
    // Suppressed figures stay suppressed, and no change gives them away.
    expect(lines).toContain('Equalities information,Complaints by who complained,Parent,<5,<5,');
    expect(lines).toContain(
      'Remedies and costs,"Cost of complaints, 2019/20 to 2020/21",Financial remedies agreed,250,0,',
    );
  });

  it('gives one printable HTML page with its styles inside and no scripts', async () => {
    const file = await exportReport(data, 'html');
    const html = String(file.body);
    expect(
      html.startsWith('<!DOCTYPE html>') || html.trimStart().startsWith('<!DOCTYPE html>'),
    ).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('href="/');
    expect(html).toMatch(
      /<svg[^>]* role="img" aria-label="Activity by kind, 2019\/20 to 2020\/21"/,
    );
    expect(html).toContain('Fewer complaints = better? Not always.');
  });
});
