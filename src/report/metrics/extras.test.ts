import { describe, expect, it } from 'vitest';
import { channelCounts } from './channels.ts';
import { NOT_RECORDED } from './counts.ts';
import type { ReportLearningAction } from './input.ts';
import { learningSummary } from './learning.ts';
import { costTotals, remediesAndCostsByYear } from './money.ts';
import { ombudsmanDecisions } from './ombudsman.ts';
import { record } from './test-builders.ts';
import { reportYear } from './year.ts';

const year = reportYear(2020);

describe('channelCounts', () => {
  it('counts the records received in the year by channel, other correspondence left out', () => {
    expect(
      channelCounts(
        [
          record({ id: 'a', receivedOn: '2020-05-01', channel: 'email' }),
          record({ id: 'b', receivedOn: '2020-06-01', channel: 'email', kind: 'compliment' }),
          record({ id: 'c', receivedOn: '2020-06-01', channel: null }),
          record({ id: 'd', receivedOn: '2020-06-01', channel: 'letter', kind: 'other' }),
          record({ id: 'e', receivedOn: '2021-06-01', channel: 'phone' }),
        ],
        year,
      ),
    ).toEqual({ email: 2, [NOT_RECORDED]: 1 });
  });
});

describe('learningSummary', () => {
  const action = (
    category: ReportLearningAction['category'],
    status: ReportLearningAction['status'],
    agreedOn = '2020-06-01',
  ): ReportLearningAction => ({ category, status, agreedOn });

  it('counts actions agreed in the year by category and status', () => {
    const summary = learningSummary(
      [
        record({
          id: 'a',
          receivedOn: '2020-05-01',
          learningActions: [
            action('communication', 'completed'),
            action('communication', 'open'),
            action('policy', 'completed'),
          ],
        }),
        record({
          id: 'b',
          receivedOn: '2019-05-01',
          learningActions: [
            action('training', 'in_progress'),
            action('policy', 'open', '2019-06-01'),
          ],
        }),
      ],
      year,
    );
    expect(summary).toEqual({
      total: 4,
      byStatus: { completed: 2, in_progress: 1, open: 1 },
      byCategory: {
        communication: { total: 2, byStatus: { completed: 1, open: 1 } },
        policy: { total: 1, byStatus: { completed: 1 } },
        training: { total: 1, byStatus: { in_progress: 1 } },
      },
    });
  });
});

describe('remedies and costs', () => {
  const records = [
    record({
      id: 'a',
      receivedOn: '2019-05-01',
      remedies: [
        { stage: 2, kind: 'financial', amount: 5600, agreedOn: '2020-09-01' },
        { stage: 1, kind: 'financial', amount: 250.5, agreedOn: '2019-07-01' },
      ],
      costs: [
        { kind: 'investigation', amount: 1200.1, incurredOn: '2020-04-01' },
        { kind: 'investigation', amount: 0.2, incurredOn: '2020-05-01' },
        { kind: 'panel', amount: 950, incurredOn: '2021-04-01' },
      ],
    }),
    record({
      id: 'lgo',
      kind: 'ombudsman',
      procedure: null,
      receivedOn: '2020-06-01',
      remedies: [{ stage: 'ombudsman', kind: 'financial', amount: 500, agreedOn: '2021-01-15' }],
    }),
  ];

  it('sum investigation and panel fees of the year to the penny', () => {
    expect(costTotals(records, year)).toEqual({ investigationCosts: 1200.3, panelCosts: 0 });
  });

  it('give remedies and costs for each year asked for', () => {
    expect(remediesAndCostsByYear(records, [2019, 2020, 2021])).toEqual([
      {
        year: reportYear(2019),
        financialTotal: 250.5,
        financialCases: 1,
        investigationCosts: 0,
        panelCosts: 0,
      },
      {
        year: reportYear(2020),
        financialTotal: 6100,
        financialCases: 2,
        investigationCosts: 1200.3,
        panelCosts: 0,
      },
      {
        year: reportYear(2021),
        financialTotal: 0,
        financialCases: 0,
        investigationCosts: 0,
        panelCosts: 950,
      },
    ]);
  });
});

describe('ombudsmanDecisions', () => {
  it('groups outcomes under the Ombudsman’s headings and keeps unknown codes', () => {
    expect(
      ombudsmanDecisions({
        premature: 2,
        closed_local_remedy: 1,
        closed_outside_jurisdiction: 2,
        partially_upheld: 1,
        upheld_no_injustice: 1,
        upheld_injustice: 3,
        withdrawn: 1,
        not_recorded: 1,
        toString: 1,
      }),
    ).toEqual({
      referred_back: 2,
      closed_after_initial_enquiries: 3,
      upheld: 5,
      withdrawn: 1,
      not_recorded: 1,
      toString: 1,
    });
  });
});
