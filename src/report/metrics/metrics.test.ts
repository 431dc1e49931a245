import { describe, expect, it } from 'vitest';
import { NOT_RECORDED } from './counts.ts';
import type { ReportRecord } from './input.ts';
import { computeMetrics } from './metrics.ts';
import { buildReport } from './report.ts';
import { testCalendar } from './test-calendar.ts';
import { record, stage, stage1Complaint } from './test-builders.ts';
import { reportYear } from './year.ts';

const year = reportYear(2020);
const metrics = (records: readonly ReportRecord[]) => computeMetrics(records, year, testCalendar);
const statutory1 = (records: readonly ReportRecord[]) => metrics(records).statutory.stage1;

describe('withdrawal', () => {
  it('closes an open stage on the day, with outcome withdrawn', () => {
    const s1 = statutory1([
      stage1Complaint('w', '2020-05-01', null, {}, { withdrawnOn: '2020-05-06' }),
    ]);
    expect(s1).toMatchObject({ concluded: 1, ongoing: 0, byOutcome: { withdrawn: 1 } });
    expect(s1.timeliness.withinLimit).toBe(1);
  });

  it('after the year end leaves the stage ongoing', () => {
    const s1 = statutory1([
      stage1Complaint('w', '2021-03-29', null, {}, { withdrawnOn: '2021-04-06' }),
    ]);
    expect(s1).toMatchObject({ received: 1, concluded: 0, ongoing: 1 });
  });

  it('keeps an outcome recorded for the stage', () => {
    const s1 = statutory1([
      stage1Complaint(
        'w',
        '2020-05-01',
        null,
        { outcome: 'non_responsive' },
        { withdrawnOn: '2020-06-01' },
      ),
    ]);
    expect(s1.byOutcome).toEqual({ non_responsive: 1 });
  });

  it('does not touch a stage that had already ended', () => {
    const s1 = statutory1([
      stage1Complaint(
        'w',
        '2020-05-01',
        '2020-05-10',
        { outcome: 'upheld' },
        { withdrawnOn: '2020-06-01' },
      ),
    ]);
    expect(s1).toMatchObject({ concluded: 1, byOutcome: { upheld: 1 } });
  });
});

describe('which complaints count where', () => {
  it('a complaint not accepted counts under notAccepted, not in the stages, even with a procedure', () => {
    const m = metrics([
      stage1Complaint('n', '2020-05-01', '2020-05-02', {}, { notAcceptedReason: 'court' }),
      record({ id: 'm', receivedOn: '2020-06-01', procedure: null, notAcceptedReason: 'court' }),
      record({ id: 'o', receivedOn: '2020-06-01', procedure: null, notAcceptedReason: 'school' }),
      record({ id: 'old', receivedOn: '2020-03-31', procedure: null, notAcceptedReason: 'court' }),
    ]);
    expect(m.notAccepted).toEqual({ total: 3, byReason: { court: 2, school: 1 } });
    expect(m.statutory.stage1.workedOn).toBe(0);
  });

  it('a complaint awaiting triage is in no procedure', () => {
    const m = metrics([stage1Complaint('t', '2020-05-01', null, {}, { procedure: null })]);
    expect([m.statutory.stage1.workedOn, m.corporate.stage1.workedOn, m.notAccepted.total]).toEqual(
      [0, 0, 0],
    );
  });

  it('statutory and corporate complaints count under their own procedure', () => {
    const m = metrics([
      stage1Complaint('s', '2020-05-01', '2020-05-05'),
      stage1Complaint('c1', '2020-05-01', '2020-05-05', {}, { procedure: 'corporate' }),
      stage1Complaint('c2', '2020-05-01', null, {}, { procedure: 'corporate' }),
    ]);
    expect(m.statutory.stage1.received).toBe(1);
    expect(m.corporate.stage1).toMatchObject({ received: 2, concluded: 1, ongoing: 1 });
  });

  it('single-stage kinds are counted by their response stage', () => {
    const single = (id: string, kind: ReportRecord['kind'], start: string, end: string | null) =>
      record({
        id,
        kind,
        procedure: null,
        receivedOn: start,
        stages: [stage({ startedOn: start, endedOn: end })],
      });
    const m = metrics([
      single('c', 'concern', '2020-05-01', '2020-05-04'),
      single('e', 'enquiry', '2020-03-25', '2020-04-02'),
      single('mp1', 'mp_enquiry', '2020-03-25', '2020-04-02'),
      single('mp2', 'mp_enquiry', '2021-03-29', null),
      single('cl', 'councillor_enquiry', '2021-03-29', '2021-04-09'),
      single('x', 'other', '2020-05-01', '2020-05-04'),
    ]);
    expect(m.concerns).toEqual({
      received: 1,
      carriedForward: 0,
      workedOn: 1,
      concluded: 1,
      ongoing: 0,
    });
    expect(m.enquiries).toEqual({
      received: 0,
      carriedForward: 1,
      workedOn: 1,
      concluded: 1,
      ongoing: 0,
    });
    expect(m.mpEnquiries).toEqual({
      received: 1,
      carriedForward: 1,
      workedOn: 2,
      concluded: 1,
      ongoing: 1,
    });
    expect(m.councillorEnquiries).toEqual({
      received: 1,
      carriedForward: 0,
      workedOn: 1,
      concluded: 0,
      ongoing: 1,
    });
  });

  it('Ombudsman cases: a flow, and outcomes of the cases decided in the year', () => {
    const lgo = (
      id: string,
      start: string,
      end: string | null,
      outcome: ReportRecord['stages'][number]['outcome'],
    ) =>
      record({
        id,
        kind: 'ombudsman',
        procedure: null,
        receivedOn: start,
        stages: [stage({ startedOn: start, endedOn: end, outcome, limit: null, maximum: null })],
      });
    const m = metrics([
      lgo('a', '2020-02-03', '2020-06-01', 'upheld_injustice'),
      lgo('b', '2020-05-01', '2020-09-01', 'premature'),
      lgo('c', '2020-11-02', null, null),
      lgo('d', '2019-05-01', '2020-01-10', 'not_upheld'),
    ]);
    expect(m.ombudsman).toEqual({
      received: 2,
      carriedForward: 1,
      workedOn: 3,
      concluded: 2,
      ongoing: 1,
      byOutcome: { premature: 1, upheld_injustice: 1 },
    });
  });
});

describe('compliments', () => {
  it('counts those received in the year by team and by who sent them', () => {
    const compliment = (
      id: string,
      receivedOn: string,
      team: string | null,
      from: ReportRecord['complimentFrom'],
    ) =>
      record({ id, kind: 'compliment', procedure: null, receivedOn, team, complimentFrom: from });
    expect(
      metrics([
        compliment('a', '2020-04-01', 'Fostering', 'foster_carer'),
        compliment('b', '2020-07-01', 'Fostering', 'family'),
        compliment('c', '2021-01-01', null, null),
        compliment('d', '2021-04-01', 'Fostering', 'family'),
      ]).compliments,
    ).toEqual({
      received: 3,
      byTeam: { Fostering: 2, [NOT_RECORDED]: 1 },
      byFrom: { family: 1, foster_carer: 1, [NOT_RECORDED]: 1 },
    });
  });
});

describe('who complained and what about: stages received in the year', () => {
  const s1 = statutory1([
    stage1Complaint(
      'a',
      '2020-05-01',
      '2020-05-05',
      {},
      {
        complainantRole: 'child',
        team: 'Children in Care (North)',
        serviceArea: 'Children in Care',
        themes: ['Communication', 'Delay', 'Communication'],
        childCircumstances: ['child_in_care', 'send'],
        advocate: 'NYAS',
      },
    ),
    stage1Complaint('b', '2021-03-30', null, {}, { complainantRole: null }),
    // Received last year, concluded this year: in the outcomes, not in who complained.
    stage1Complaint(
      'c',
      '2020-03-30',
      '2020-04-02',
      { outcome: 'upheld' },
      { complainantRole: 'foster_carer' },
    ),
  ]);

  it('counts each record once under each of its values', () => {
    expect(s1.byRole).toEqual({ child: 1, [NOT_RECORDED]: 1 });
    expect(s1.byTeam).toEqual({ 'Children in Care (North)': 1, [NOT_RECORDED]: 1 });
    expect(s1.byServiceArea).toEqual({ 'Children in Care': 1, [NOT_RECORDED]: 1 });
    expect(s1.byTheme).toEqual({ Communication: 1, Delay: 1, [NOT_RECORDED]: 1 });
    expect(s1.byChildCircumstance).toEqual({ child_in_care: 1, send: 1, [NOT_RECORDED]: 1 });
    expect(s1.advocate).toBe(1);
  });

  it('counts a stage 2 by when stage 2 started, not when the complaint was received', () => {
    const m = metrics([
      record({
        id: 'e',
        receivedOn: '2020-02-03',
        complainantRole: 'care_leaver',
        stages: [
          stage({ startedOn: '2020-02-03', endedOn: '2020-02-14', outcome: 'not_upheld' }),
          stage({ stage: 2, startedOn: '2020-04-20', endedOn: null, limit: 25, maximum: 65 }),
        ],
      }),
    ]);
    expect(m.statutory.stage1.byRole).toEqual({});
    expect(m.statutory.stage2.byRole).toEqual({ care_leaver: 1 });
  });
});

describe('repeat complainants', () => {
  const person = (
    id: string,
    receivedOn: string,
    complainantId: string | null,
    fields: Partial<ReportRecord> = {},
  ) => stage1Complaint(id, receivedOn, null, {}, { complainantId, ...fields });

  it.each([
    { name: 'an earlier statutory complaint', earlier: person('e', '2019-06-01', 'P') },
    {
      name: 'an earlier corporate complaint',
      earlier: person('e', '2020-04-02', 'P', { procedure: 'corporate' }),
    },
    {
      name: 'an earlier complaint not accepted',
      earlier: person('e', '2018-01-01', 'P', { notAcceptedReason: 'court' }),
    },
  ])('are counted after $name', ({ earlier }) => {
    expect(statutory1([earlier, person('r', '2020-05-01', 'P')]).repeatComplainants).toBe(1);
  });

  it.each([
    { name: 'a complaint on the same day', other: person('e', '2020-05-01', 'P') },
    { name: 'a later complaint', other: person('e', '2021-06-01', 'P') },
    {
      name: 'an earlier compliment',
      other: record({ id: 'e', receivedOn: '2019-01-01', kind: 'compliment', complainantId: 'P' }),
    },
    { name: 'another person', other: person('e', '2019-01-01', 'Q') },
    { name: 'an unknown person', other: person('e', '2019-01-01', null) },
  ])('are not counted after $name', ({ other }) => {
    const complainant = other.complainantId === null ? null : 'P';
    expect(statutory1([other, person('r', '2020-05-01', complainant)]).repeatComplainants).toBe(0);
  });
});

describe('stage figures counted over the stages concluded in the year', () => {
  const s1 = statutory1([
    stage1Complaint('a', '2020-06-01', '2020-06-15', {
      outcome: 'upheld',
      reopened: 2,
      managerContacted: true,
    }),
    stage1Complaint('b', '2020-06-01', '2020-06-25', {
      outcome: 'upheld',
      extended: true,
      managerContacted: false,
    }),
    stage1Complaint('c', '2020-06-01', '2020-06-30', { outcome: null, extended: true }),
    stage1Complaint('d', '2020-03-16', '2020-04-16', { outcome: 'not_upheld', reopened: 1 }),
    // Reopened and concluded last year: not counted.
    stage1Complaint('e', '2020-01-06', '2020-01-10', { outcome: 'upheld', reopened: 1 }),
  ]);

  it('outcomes, with a missing outcome under not_recorded', () => {
    expect(s1.byOutcome).toEqual({ upheld: 2, not_upheld: 1, [NOT_RECORDED]: 1 });
  });

  it('timeliness bands, extensions and late responses', () => {
    expect(s1.timeliness).toEqual({ withinLimit: 1, withinMaximum: 1, beyondMaximum: 2 });
    expect(s1.extended).toBe(2);
    expect(s1.late).toBe(2);
  });

  it('reopened: concluded stages reopened at least once', () => {
    expect(s1.reopened).toBe(2);
  });

  it('manager contact: stages received in the year where the manager phoned or met', () => {
    expect(s1.managerContacted).toBe(1);
  });
});

describe('escalation', () => {
  const escalated = (id: string, s1End: string, s2Start: string) =>
    record({
      id,
      receivedOn: '2020-05-01',
      stages: [
        stage({ startedOn: '2020-05-01', endedOn: s1End }),
        stage({ stage: 2, startedOn: s2Start, endedOn: null, limit: 25, maximum: 65 }),
      ],
    });

  it('counts stage 1 concluded in the year that went on to stage 2, even if stage 2 starts next year', () => {
    const m = metrics([
      escalated('a', '2020-05-10', '2020-06-01'),
      escalated('b', '2021-03-01', '2021-04-12'),
      stage1Complaint('c', '2020-05-01', '2020-05-10'),
      stage1Complaint('d', '2020-05-01', '2020-05-10'),
      stage1Complaint('open', '2020-05-01', null),
    ]);
    expect(m.statutory.stage1.escalated).toBe(2);
    expect(m.escalation.statutoryStage1To2).toBe(0.5);
    expect(m.statutory.stage2.received).toBe(1);
  });

  it('is null when no stage 1 was concluded, as there is no rate', () => {
    expect(metrics([stage1Complaint('open', '2020-05-01', null)]).escalation).toEqual({
      statutoryStage1To2: null,
      corporateStage1To2: null,
    });
  });

  it('is 0 when stage 1s concluded and none went further', () => {
    expect(
      metrics([stage1Complaint('a', '2020-05-01', '2020-05-05')]).escalation.statutoryStage1To2,
    ).toBe(0);
  });

  const withOmbudsman = (stages: ReportRecord['stages']) => [
    record({ id: 'complaint', receivedOn: '2020-05-01', procedure: 'corporate', stages }),
    record({
      id: 'lgo',
      kind: 'ombudsman',
      procedure: null,
      receivedOn: '2021-01-04',
      relatedTo: 'complaint',
    }),
  ];

  it('from stage 2 includes going to the Ombudsman (the corporate procedure ends at stage 2)', () => {
    const m = metrics(
      withOmbudsman([
        stage({ startedOn: '2020-05-01', endedOn: '2020-05-10' }),
        stage({ stage: 2, startedOn: '2020-06-01', endedOn: '2020-07-01', limit: 20, maximum: 40 }),
      ]),
    );
    expect(m.corporate.stage2.escalated).toBe(1);
    expect(m.corporate.stage1.escalated).toBe(1);
  });

  it('from stage 1 is only to stage 2: the Ombudsman sends such complaints back as premature', () => {
    const m = metrics(withOmbudsman([stage({ startedOn: '2020-05-01', endedOn: '2020-05-10' })]));
    expect(m.corporate.stage1.escalated).toBe(0);
  });
});

describe('remedies', () => {
  it('adds up financial remedies agreed in the year, and the cases they were paid in', () => {
    const m = metrics([
      record({
        id: 'a',
        receivedOn: '2020-05-01',
        remedies: [
          { stage: 1, kind: 'financial', amount: 0.1, agreedOn: '2020-06-01' },
          { stage: 2, kind: 'financial', amount: 0.2, agreedOn: '2020-09-01' },
          { stage: 1, kind: 'apology', amount: null, agreedOn: '2020-06-01' },
        ],
      }),
      record({
        id: 'b',
        receivedOn: '2019-05-01',
        remedies: [
          { stage: 'ombudsman', kind: 'financial', amount: 500, agreedOn: '2020-04-01' },
          { stage: 1, kind: 'financial', amount: 100, agreedOn: '2019-06-01' },
        ],
      }),
      record({
        id: 'c',
        receivedOn: '2020-05-01',
        remedies: [{ stage: 1, kind: 'apology', amount: null, agreedOn: '2020-06-01' }],
      }),
    ]);
    expect(m.remedies).toEqual({ financialTotal: 500.3, financialCases: 2 });
  });
});

describe('order of records', () => {
  it('does not change the figures or their serialisation', () => {
    const records = [
      stage1Complaint(
        'a',
        '2020-05-01',
        '2020-05-05',
        { outcome: 'upheld' },
        { themes: ['Delay'], complainantId: 'P' },
      ),
      stage1Complaint(
        'b',
        '2020-06-01',
        null,
        {},
        { themes: ['Communication'], complainantId: 'P' },
      ),
      stage1Complaint(
        'c',
        '2020-03-01',
        '2020-04-05',
        { outcome: 'not_upheld' },
        { themes: ['Placement'] },
      ),
    ];
    const forwards = JSON.stringify(metrics(records));
    expect(JSON.stringify(metrics([...records].reverse()))).toBe(forwards);
  });
});

describe('buildReport', () => {
  it('gives the year and the previous year, as DESIGN §4 JSON', () => {
    const report = buildReport(
      [stage1Complaint('a', '2019-05-01', '2019-05-10'), stage1Complaint('b', '2020-05-01', null)],
      2020,
      testCalendar,
      'Anyshire County Council',
    );
    expect(report.organisation).toBe('Anyshire County Council');
    expect(report.year).toEqual({ label: '2020/21', start: '2020-04-01', end: '2021-03-31' });
    expect(report.current.statutory.stage1).toMatchObject({ received: 1, ongoing: 1 });
    expect(report.previous.statutory.stage1).toMatchObject({ received: 1, concluded: 1 });
    expect(Object.keys(report.current).sort()).toEqual([
      'compliments',
      'concerns',
      'corporate',
      'councillorEnquiries',
      'enquiries',
      'escalation',
      'mpEnquiries',
      'notAccepted',
      'ombudsman',
      'remedies',
      'statutory',
    ]);
    expect(Object.keys(report.current.statutory.stage2).sort()).toEqual([
      'advocate',
      'byChildCircumstance',
      'byOutcome',
      'byRole',
      'byServiceArea',
      'byTeam',
      'byTheme',
      'carriedForward',
      'concluded',
      'escalated',
      'extended',
      'late',
      'managerContacted',
      'ongoing',
      'received',
      'reopened',
      'repeatComplainants',
      'timeliness',
      'workedOn',
    ]);
  });
});
