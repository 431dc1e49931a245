import { describe, expect, it } from 'vitest';
import { defaultProcedures } from '../../procedures/defaults.ts';
import { record, stage, stage1Complaint } from '../metrics/test-builders.ts';
import { createTestCalendar } from '../metrics/test-calendar.ts';
import { computeReportData } from '../report-data.ts';
import { SECTIONS } from '../sections.ts';
import { buildReportDocument } from './build.ts';
import type { Block, ReportDocument, ReportTable } from './model.ts';

const setting = {
  organisation: 'Testshire County Council',
  calendar: createTestCalendar([]),
  procedures: defaultProcedures(),
  edits: {
    commentary: { ombudsman: 'Two cases went to the Ombudsman.' },
    context: { childrenPopulation: 45_000, openCases: 400, lookedAfterChildren: 120 },
    improvementIds: null,
    complimentIds: null,
  },
  previousContext: { childrenPopulation: 44_000, openCases: 500, lookedAfterChildren: null },
  compliments: [],
  improvements: [],
};

// 2020/21 against 2019/20: stage 1 statutory complaints 3 (2); the 2020/21 ones answered in 8,
// 15 and 25 working days; one extended.
const records = [
  stage1Complaint('a', '2019-05-01', '2019-05-08', { outcome: 'upheld' }),
  stage1Complaint('b', '2019-06-03', '2019-06-10', { outcome: 'not_upheld' }),
  stage1Complaint('c', '2020-05-01', '2020-05-13', { outcome: 'upheld' }),
  stage1Complaint('d', '2020-06-01', '2020-06-19', { outcome: 'partially_upheld', extended: true }),
  stage1Complaint('e', '2020-07-01', '2020-08-05', { outcome: 'not_upheld' }),
  record({
    id: 'f',
    receivedOn: '2020-08-01',
    kind: 'compliment',
    procedure: null,
    complimentFrom: 'family',
  }),
  record({
    id: 'g',
    receivedOn: '2020-09-01',
    kind: 'ombudsman',
    procedure: null,
    stages: [
      stage({
        startedOn: '2020-09-01',
        endedOn: '2020-12-01',
        limit: null,
        maximum: null,
        outcome: 'closed_local_remedy',
      }),
    ],
  }),
  record({ id: 'h', receivedOn: '2020-10-01', notAcceptedReason: 'out_of_time' }),
];

const report: ReportDocument = buildReportDocument(computeReportData(records, 2020, setting));

const section = (key: string) => report.sections.find((s) => s.key === key)!;
const tables = (key: string) =>
  section(key).blocks.flatMap((b: Block): ReportTable[] =>
    b.type === 'table' || b.type === 'chart' ? [b.table] : [],
  );
const table = (key: string, caption: string) => tables(key).find((t) => t.caption === caption)!;
const words = (key: string) =>
  section(key)
    .blocks.flatMap((b) =>
      b.type === 'paragraph'
        ? [b.text]
        : b.type === 'summary'
          ? b.items.map((i) => `${i.direction} ${i.text}`)
          : [],
    )
    .join(' ');

describe('the report document', () => {
  it('has every section, in order, with the commentary kept for it', () => {
    expect(report.sections.map((s) => s.title)).toEqual(SECTIONS.map((s) => s.title));
    expect(report.title).toBe("Children's services complaints annual report 2020/21");
    expect(report.bracketsNote).toBe(
      'Figures in brackets are for the previous year: April 2019 to March 2020.',
    );
    expect(section('ombudsman').commentary).toBe('Two cases went to the Ombudsman.');
    expect(section('summary').commentary).toBe('');
  });

  it('leads the executive summary with generated sentences and their directions', () => {
    expect(words('summary')).toContain(
      '↑ 3 (2) statutory stage 1 complaints were received, a 50% increase. 0 (0) were still open at the end of the year',
    );
    expect(words('summary')).toContain('↑ 1 (0) compliments were received, an increase from none.');
    expect(words('summary')).toContain(
      '↑ 1 (0) Local Government and Social Care Ombudsman enquiries were worked on, an increase from none.',
    );
  });

  it('bands response times within 10, 11 to 20 and over 20 working days', () => {
    expect(table('statutory-stage-1', 'Stage 1 statutory complaints: response times').rows).toEqual(
      [
        ['Within 10 working days', 1, 2, '↓ 50%'],
        ['11 to 20 working days', 1, 0, '↑ new'],
        ['Over 20 working days', 1, 0, '↑ new'],
      ],
    );
    expect(words('statutory-stage-1')).toContain(
      '1 (0) responses were extended from the initial 10-working-day timescale to a 20-working-day maximum, 33% of those concluded.',
    );
  });

  it('charts stage 1 outcomes beside last year, over the same figures as its table', () => {
    const chart = section('statutory-stage-1').blocks.find((b) => b.type === 'chart')!;
    if (chart.type !== 'chart') throw new Error('no chart');
    expect(chart.chart.categories).toEqual(['Upheld', 'Partially upheld', 'Not upheld']);
    expect(chart.chart.series.map((s) => [s.name, s.values])).toEqual([
      ['2020/21', [1, 1, 1]],
      ['2019/20', [1, 0, 1]],
    ]);
    expect(chart.table.rows.at(-1)).toEqual(['Total concluded', 3, 2, '↑ 50%']);
  });

  it('groups Ombudsman decisions under its headings', () => {
    expect(table('ombudsman', 'Decisions of the Ombudsman').rows).toEqual([
      ['Closed after initial enquiries', 1, 0, '↑ new'],
      ['Total decided', 1, 0, '↑ new'],
    ]);
  });

  it('gives representations per 100 open cases from the context the officer entered', () => {
    expect(table('context', "Children's services context").rows).toEqual([
      ['Children in the area (population aged 0 to 17)', 45_000, 44_000, '↑ 2%'],
      ["Children open to children's social care (open cases)", 400, 500, '↓ 20%'],
      ['Looked-after children', 120, 'Not entered', ''],
      ['Representations received (statutory complaints and concerns)', 3, 2, '↑ 50%'],
      ['Representations per 100 open cases', '0.8', '0.4', '↑ 100%'],
    ]);
  });

  it('shows the years with records in tables over years, newest first', () => {
    expect(
      table('not-accepted', 'Complaints not accepted, by reason, 2019/20 to 2020/21'),
    ).toMatchObject({
      head: ['Reason', '2020/21', '2019/20'],
      rows: [
        ['Out of time', 1, 0],
        ['Total', 1, 0],
      ],
    });
  });

  it('suppresses small equalities counts, with no change that would give them away', () => {
    expect(table('equalities', 'Complaints by who complained')).toMatchObject({
      head: ['Complainant', '2020/21', '2019/20'],
      rows: [['Parent', '<5', '<5']],
    });
  });

  it('says when nothing is chosen to feature', () => {
    expect(words('compliments')).toContain('No compliments have been chosen to feature yet.');
    expect(words('learning')).toContain('No service improvements have been chosen to feature yet.');
  });
});
