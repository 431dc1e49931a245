import { describe, expect, it } from 'vitest';
import { headlineByYear } from './activity.ts';
import type { RecordKind } from './input.ts';
import { quarterlyActivity, quarterOf } from './quarterly.ts';
import { record, stage } from './test-builders.ts';

const simple = (id: string, kind: RecordKind, receivedOn: string) =>
  record({ id, kind, procedure: null, receivedOn });

const records = [
  simple('compliment', 'compliment', '2020-04-01'),
  simple('comment', 'comment', '2020-07-01'),
  simple('mp', 'mp_enquiry', '2020-10-01'),
  simple('other', 'other', '2021-01-04'),
  simple('last year', 'concern', '2020-03-31'),
  record({
    id: 'escalated',
    receivedOn: '2020-03-30',
    stages: [
      stage({ startedOn: '2020-03-30', endedOn: '2020-04-09' }),
      stage({ stage: 2, startedOn: '2020-05-04' }),
    ],
  }),
  record({
    id: 'new',
    receivedOn: '2020-12-01',
    procedure: 'corporate',
    stages: [stage({ startedOn: '2020-12-02' })],
  }),
  record({
    id: 'not accepted',
    receivedOn: '2021-03-31',
    procedure: 'statutory',
    notAcceptedReason: 'court',
  }),
  record({ id: 'untriaged', receivedOn: '2021-02-01', procedure: null }),
];

describe('headlineByYear', () => {
  it('counts each kind, and complaint stages by the day they started', () => {
    const [year] = headlineByYear(records, [2020]);
    expect(year?.year.label).toBe('2020/21');
    expect(year?.activity).toEqual({
      compliment: 1,
      comment: 1,
      concern: 0,
      enquiry: 0,
      mp_enquiry: 1,
      councillor_enquiry: 0,
      statutory_stage1: 0,
      statutory_stage2: 1,
      statutory_stage3: 0,
      corporate_stage1: 1,
      corporate_stage2: 0,
      corporate_stage3: 0,
      not_accepted: 1,
      awaiting_triage: 1,
      ombudsman: 0,
      other: 1,
    });
  });

  it('totals the records received in the year once each, leaving other correspondence out', () => {
    // compliment, comment, MP enquiry, the corporate complaint, not accepted and untriaged
    expect(headlineByYear(records, [2020]).map(({ total }) => total)).toEqual([6]);
  });

  it('gives the years in the order asked for', () => {
    expect(
      headlineByYear(records, [2020, 2019]).map(({ year, total }) => [year.label, total]),
    ).toEqual([
      ['2020/21', 6],
      ['2019/20', 2],
    ]);
  });
});

describe('quarters', () => {
  it.each([
    ['2020-04-01', 1],
    ['2020-06-30', 1],
    ['2020-07-01', 2],
    ['2020-09-30', 2],
    ['2020-10-01', 3],
    ['2020-12-31', 3],
    ['2021-01-01', 4],
    ['2021-03-31', 4],
  ] as const)('%s is in Q%i', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });

  it('break the year’s activity down by when it came in', () => {
    const quarters = quarterlyActivity(records, 2020);
    expect([1, 2, 3, 4].map((q) => quarters[q as 1 | 2 | 3 | 4].compliment)).toEqual([1, 0, 0, 0]);
    expect(quarters[1].statutory_stage2).toBe(1);
    expect(quarters[2].comment).toBe(1);
    expect(quarters[3]).toMatchObject({ mp_enquiry: 1, corporate_stage1: 1 });
    expect(quarters[4]).toMatchObject({
      other: 1,
      not_accepted: 1,
      awaiting_triage: 1,
      concern: 0,
    });
  });
});
