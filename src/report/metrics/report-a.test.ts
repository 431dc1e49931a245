import { describe, expect, it } from 'vitest';
import { compareFigures } from './compare.ts';
import type { Outcome, ReportRecord } from './input.ts';
import { computeMetrics } from './metrics.ts';
import type { StageMetrics } from './stage-metrics.ts';
import { summarySentence } from './summary.ts';
import { testCalendar } from './test-calendar.ts';
import {
  assign,
  grouped,
  type CaseDraft,
  datesInYear,
  draftFactory,
  escalate,
  materialise,
  pick,
  record,
  respond,
  setRecord,
  setStage,
  stagesOf,
} from './test-builders.ts';
import { reportYear } from './year.ts';

// Report A (reference/annual-report-a-2020-21.txt): a county council's Children's Customer Care
// Team annual report for April 2020 – March 2021, each figure beside 2019/20's "(in brackets)".
// The records below are generated from its published counts; computeMetrics must give the
// published figures back. "[2019/20, 2020/21]" pairs below are in that order.

const STAGE_1 = { limit: 10, maximum: 20 };
const STATUTORY_STAGE_2 = { limit: 25, maximum: 65 };
const STATUTORY_STAGE_3 = { limit: 30, maximum: null };
// The report times corporate stages 2 and 3 against 10 and 20 working days, like stage 1.
const CORPORATE_LATER = { limit: 10, maximum: 20 };

/** Everyone given this id complained before (a complaint not accepted in 2015): a repeat complainant. */
const REPEAT = 'repeat-complainant';
const seed = record({
  id: 'A-seed',
  receivedOn: '2015-06-01',
  complainantId: REPEAT,
  notAcceptedReason: 'out_of_time',
});

/** The report's groups of who complained, as role codes. */
const WHO = {
  parents: ['parent'],
  youngPeople: ['child', 'looked_after_child', 'care_leaver'],
  otherFamily: ['relative', 'special_guardian'],
  nonFamily: ['foster_carer', 'friend', 'professional', 'other'],
};

const role = (draft: CaseDraft) => draft.fields.complainantRole ?? 'parent';
const withRole =
  (...roles: readonly string[]) =>
  (draft: CaseDraft) =>
    roles.includes(role(draft));
const outcomes = (counts: Partial<Record<Outcome, number>>) =>
  Object.entries(counts) as [Outcome, number][];

type Factory = ReturnType<typeof draftFactory>;

/**
 * Cases of one stage over 2019/20 and 2020/21 by when they started and ended: answered in the year
 * they arrived, carried into the next year, or still open at the end of 2020/21.
 */
function cohorts(
  factory: Factory,
  n: {
    fromBefore: number;
    openSince1819?: number;
    answered1920: number;
    carried: number;
    answered2021: number;
    open: number;
  },
) {
  const fromBefore = factory.make(n.fromBefore, 2018, 2019);
  const openSince1819 = factory.make(n.openSince1819 ?? 0, 2018, 2020);
  const answered1920 = factory.make(n.answered1920, 2019, 2019);
  const carried = factory.make(n.carried, 2019, 2020);
  const answered2021 = factory.make(n.answered2021, 2020, 2020);
  const open = factory.make(n.open, 2020, null);
  return {
    openSince1819,
    answered1920,
    answered2021,
    concluded: [
      [...fromBefore, ...answered1920],
      [...carried, ...answered2021, ...openSince1819],
    ] as const,
    received: [
      [...answered1920, ...carried],
      [...answered2021, ...open],
    ] as const,
  };
}

type Pair<T> = readonly [T, T];

interface Stage1Figures {
  outcomes: Pair<Partial<Record<Outcome, number>>>;
  responses: Pair<Parameters<typeof respond>[2]>;
  reopenedOnce: Pair<number>;
  reopenedMore: Pair<number>;
  repeat: Pair<number>;
  roles: Pair<[string, number][]>;
  teams: Pair<[string, number][]>;
}

/** Gives the cases of a stage 1 the published breakdowns of each year. */
function publish(cases: ReturnType<typeof cohorts>, figures: Stage1Figures) {
  for (const y of [0, 1] as const) {
    const concluded = stagesOf(cases.concluded[y], 1);
    const received = cases.received[y];
    assign(concluded, outcomes(figures.outcomes[y]), setStage('outcome'));
    respond(concluded, STAGE_1, figures.responses[y]);
    assign(
      concluded,
      [
        [2, figures.reopenedMore[y]],
        [1, figures.reopenedOnce[y]],
      ],
      setStage('reopened'),
    );
    assign(received, [[REPEAT, figures.repeat[y]]], setRecord('complainantId'));
    assign(received, figures.roles[y], setRecord('complainantRole'));
    assign(received, figures.teams[y], setRecord('team'));
  }
}

/** Each role's stage 1 cases, picked from `from` among those not yet escalated, go on to stage 2. */
function toStage2ByRole(
  from: readonly CaseDraft[],
  roles: [string, number][],
  startedIn: number,
  endedIn: number | null,
  timescale: { limit: number; maximum: number },
): CaseDraft[] {
  return roles.flatMap(([code, count]) => {
    const chosen = pick(from, count, (d) => role(d) === code && d.stages.length === 1);
    return [...escalate(chosen, startedIn, endedIn, timescale)];
  });
}

const SOUTH_ASSESSMENT = 'South Cambridge Children and Assessment';
const SOUTH_CARE = 'Children in Care and Care Leavers (South)';
const SAT = 'Statutory Assessment Team';
const CARE = 'Children in Care and Care Leavers';
const teams = (top: [string, number][], others: number[]): [string, number][] => [
  ...top,
  ...others.map((n, i): [string, number] => [`Team ${i + 1}`, n]),
];

// Statutory stage 1. Published 2019/20: received 274, carried forward 19, worked on 293,
// concluded 279, ongoing 14; 2020/21: received 188, carried forward 15, worked on 203,
// concluded 198, ongoing 5.
// CONTRADICTION: 14 were ongoing at the end of 2019/20 but 15 were carried forward into 2020/21;
// by DESIGN §4 both are the stages open across 31 March 2020 and must be equal. The records follow
// 2020/21, this report's own year: one complaint received in 2018/19 stays open until 2020/21, so
// 2019/20's carried forward, worked on and ongoing come out one more than published (20, 294, 15).
const statutoryDrafts = draftFactory('A-statutory');
const statutory1 = cohorts(statutoryDrafts, {
  fromBefore: 19,
  openSince1819: 1,
  answered1920: 260,
  carried: 14,
  answered2021: 183,
  open: 5,
});
for (const plan of stagesOf(statutory1.openSince1819, 1)) plan.elapsed = 258;
publish(statutory1, {
  outcomes: [
    {
      upheld: 26,
      partially_upheld: 139,
      not_upheld: 50,
      not_determined: 4,
      withdrawn: 6,
      advice_given: 4,
      outside_remit: 50,
    },
    {
      upheld: 10,
      partially_upheld: 82,
      not_upheld: 37,
      not_determined: 4,
      withdrawn: 13,
      advice_given: 11,
      outside_remit: 41,
    },
  ],
  // Published: extended 55 (38), late 139 (35). Which late ones had been extended is not
  // published; this is one split that fits. The complaint open since 2018/19 is late too.
  // NOTE: 139 late in 2019/20 is also the year's partially upheld count; it may be a slip, but
  // nothing contradicts it, so it is reproduced.
  responses: [
    { onTime: 115, late: 109, extendedOnTime: 25, extendedLate: 30 },
    { onTime: 135, late: 24, extendedOnTime: 28, extendedLate: 10 },
  ],
  reopenedOnce: [46, 32],
  reopenedMore: [8, 3],
  repeat: [97, 109],
  roles: [
    [
      ['parent', 172],
      ['child', 15],
      ['looked_after_child', 18],
      ['care_leaver', 8],
      ['relative', 30],
      ['special_guardian', 7],
      ['foster_carer', 12],
      ['professional', 8],
      ['friend', 4],
    ],
    [
      ['parent', 146],
      ['child', 6],
      ['looked_after_child', 10],
      ['care_leaver', 5],
      ['relative', 14],
      ['special_guardian', 2],
      ['foster_carer', 3],
      ['professional', 2],
    ],
  ],
  // "The majority ... South Cambridge Children and Assessment Teams with 34 (25) complaints,
  // followed by Children in Care and Care Leaver (South) Teams with 27 (25)".
  teams: [
    teams(
      [
        [SOUTH_ASSESSMENT, 25],
        [SOUTH_CARE, 25],
      ],
      [24, 24, 24, 24, 24, 24, 24, 24, 24, 8],
    ),
    teams(
      [
        [SOUTH_ASSESSMENT, 34],
        [SOUTH_CARE, 27],
      ],
      [26, 26, 25, 25, 25],
    ),
  ],
});
// Advocates were involved in 27 (14) complaints, 23 (13) of them from NYAS.
for (const [y, count, nyas] of [
  [0, 27, 23],
  [1, 14, 13],
] as const) {
  const young = pick(statutory1.received[y], count, withRole(...WHO.youngPeople));
  assign(
    young,
    [
      ['NYAS', nyas],
      ['Coram Voice', count - nyas],
    ],
    setRecord('advocate'),
  );
}
// Children in care and care leavers 112 (62), children in need 40 (57); the rest not published.
const circumstances: Pair<[string, number][]> = [
  [
    ['child_in_care', 90],
    ['care_leaver', 22],
    ['child_in_need', 40],
    ['child_protection', 80],
    ['other', 42],
  ],
  [
    ['child_in_care', 50],
    ['care_leaver', 12],
    ['child_in_need', 57],
    ['child_protection', 40],
    ['other', 29],
  ],
];
for (const y of [0, 1] as const) {
  assign(
    statutory1.received[y],
    circumstances[y].map(([code, n]): [string[], number] => [[code], n]),
    setRecord('childCircumstances'),
  );
}

// Statutory stage 2. Published 2019/20: worked on 8, carried forward 5 (so received 3),
// concluded 8, ongoing 0; 2020/21: worked on 8, none carried forward, concluded 4, ongoing 4
// ("open or suspended"). Each is the escalation of a stage 1 above (or of one answered in
// 2018/19), picked by who complained so that stage 1's figures stay as published.
const statutory2From1819 = escalate(
  statutoryDrafts.make(5, 2018, 2018),
  2018,
  2019,
  STATUTORY_STAGE_2,
);
const statutory2In1920 = toStage2ByRole(
  statutory1.answered1920,
  [
    ['parent', 2],
    ['relative', 1],
  ],
  2019,
  2019,
  STATUTORY_STAGE_2,
);
const statutory2Concluded2021 = toStage2ByRole(
  statutory1.answered2021,
  [['parent', 4]],
  2020,
  2020,
  STATUTORY_STAGE_2,
);
toStage2ByRole(
  statutory1.answered2021,
  [
    ['parent', 2],
    ['child', 1],
    ['relative', 1],
  ],
  2020,
  null,
  STATUTORY_STAGE_2,
);
const statutory2Concluded1920 = stagesOf([...statutory2In1920, ...statutory2From1819], 2);
// 2019/20: 6 partially upheld; the other 2 outcomes are not published (the list names only the
// outcomes that occurred in 2020/21), so they are left unrecorded.
assign(statutory2Concluded1920, [['partially_upheld', 6]], setStage('outcome'));
assign(
  stagesOf(statutory2Concluded2021, 2),
  outcomes({ partially_upheld: 1, not_upheld: 1, outside_remit: 1, non_responsive: 1 }),
  setStage('outcome'),
);
// Extended 7 (2), none late in either year.
respond(statutory2Concluded1920, STATUTORY_STAGE_2, { onTime: 1, extendedOnTime: 7 });
respond(stagesOf(statutory2Concluded2021, 2), STATUTORY_STAGE_2, { onTime: 2, extendedOnTime: 2 });

// Statutory stage 3: 4 worked on in 2019/20 and none carried into 2020/21, so all 4 concluded in
// 2019/20 (whether received then is not published: here they are); in 2020/21 1 received, ongoing.
escalate(statutory2From1819.slice(0, 4), 2019, 2019, STATUTORY_STAGE_3);
escalate(statutory2Concluded2021.slice(0, 1), 2020, null, STATUTORY_STAGE_3);

// Corporate stage 1. Published 2019/20: received 127, carried forward 7, worked on 134,
// concluded 126, ongoing 8; 2020/21: received 179, carried forward 8, worked on 187,
// concluded 173, ongoing 14. These agree across the years.
const corporateDrafts = draftFactory('A-corporate');
const corporate1 = cohorts(corporateDrafts, {
  fromBefore: 7,
  answered1920: 119,
  carried: 8,
  answered2021: 165,
  open: 14,
});
publish(corporate1, {
  outcomes: [
    {
      upheld: 24,
      partially_upheld: 52,
      not_upheld: 27,
      not_determined: 3,
      withdrawn: 4,
      advice_given: 3,
      outside_remit: 13,
    },
    {
      upheld: 29,
      partially_upheld: 54,
      not_upheld: 50,
      not_determined: 1,
      withdrawn: 12,
      advice_given: 6,
      outside_remit: 21,
    },
  ],
  // Published: extended 23 (32), late 52 (31).
  responses: [
    { onTime: 61, late: 42, extendedOnTime: 13, extendedLate: 10 },
    { onTime: 118, late: 23, extendedOnTime: 24, extendedLate: 8 },
  ],
  // Reopened 16 (62); how many more than once is not published.
  reopenedOnce: [16, 62],
  reopenedMore: [0, 0],
  repeat: [39, 82],
  roles: [
    [
      ['parent', 71],
      ['child', 4],
      ['relative', 21],
      ['professional', 20],
      ['foster_carer', 11],
    ],
    [
      ['parent', 120],
      ['care_leaver', 6],
      ['relative', 20],
      ['special_guardian', 7],
      ['professional', 16],
      ['other', 10],
    ],
  ],
  // "The highest volume ... Statutory Assessment Team (SAT) with 38 (31) complaints, followed by
  // Children in Care and Care Leavers with 33 (24)".
  teams: [
    teams(
      [
        [SAT, 31],
        [CARE, 24],
      ],
      [20, 20, 20, 12],
    ),
    teams(
      [
        [SAT, 38],
        [CARE, 33],
      ],
      [30, 30, 30, 18],
    ),
  ],
});

// Corporate stage 2. Published 2019/20: worked on 8, carried forward 2 (so received 6),
// concluded 7, ongoing 1; 2020/21: worked on 16, carried forward 1 (received 15), concluded 13,
// ongoing 3. Who complained, 5 (13) parents, 0 (1) relatives, 0 (1) non-family, accounts for 5 of
// the 6 received in 2019/20; the sixth is here a young person, a group the report does not list.
const corporate2From1819 = escalate(
  corporateDrafts.make(2, 2018, 2018),
  2018,
  2019,
  CORPORATE_LATER,
);
const corporate2In1920 = toStage2ByRole(
  corporate1.answered1920,
  [['parent', 5]],
  2019,
  2019,
  CORPORATE_LATER,
);
const corporate2Carried = toStage2ByRole(
  corporate1.answered1920,
  [['child', 1]],
  2019,
  2020,
  CORPORATE_LATER,
);
const corporate2In2021 = toStage2ByRole(
  corporate1.answered2021,
  [
    ['parent', 10],
    ['relative', 1],
    ['professional', 1],
  ],
  2020,
  2020,
  CORPORATE_LATER,
);
toStage2ByRole(corporate1.answered2021, [['parent', 3]], 2020, null, CORPORATE_LATER);
const corporate2Concluded1920 = stagesOf([...corporate2From1819, ...corporate2In1920], 2);
const corporate2Concluded2021 = stagesOf([...corporate2Carried, ...corporate2In2021], 2);
assign(
  corporate2Concluded1920,
  outcomes({ upheld: 4, partially_upheld: 2, not_upheld: 1 }),
  setStage('outcome'),
);
assign(
  corporate2Concluded2021,
  outcomes({
    upheld: 1,
    partially_upheld: 5,
    not_upheld: 3,
    withdrawn: 2,
    outside_remit: 1,
    non_responsive: 1,
  }),
  setStage('outcome'),
);
// Extended 4 (6), late 1 (5).
respond(corporate2Concluded1920, CORPORATE_LATER, { onTime: 2, late: 1, extendedOnTime: 4 });
respond(corporate2Concluded2021, CORPORATE_LATER, {
  onTime: 4,
  late: 3,
  extendedOnTime: 4,
  extendedLate: 2,
});

// Corporate stage 3, 2020/21: 5 received, all concluded: 1 upheld, 3 partially upheld, 1 not
// upheld; 4 parents and 1 relative; extended 3, late 4.
// CONTRADICTIONS for 2019/20: the summary has 3 worked on, 1 carried forward and 1 ongoing, but
// the section says all 3 were received in the year (and gives 3 complainants), and 2020/21 has
// nothing carried forward although 1 was ongoing a year before. The records follow 2020/21 and
// the section: 3 received and concluded in 2019/20, nothing carried either way. Only "worked on
// 3", the base of the summary's 67% increase, is asserted for 2019/20.
// CONTRADICTION: "Of the 5 complaints which concluded this year, all 3 (2) were extended": 3 of 5.
const corporate3In2021 = escalate(
  [
    ...pick(corporate2In2021, 4, withRole('parent')),
    ...pick(corporate2In2021, 1, withRole('relative')),
  ],
  2020,
  2020,
  CORPORATE_LATER,
);
const corporate3In1920 = escalate(
  [...corporate2From1819, ...pick(corporate2In1920, 1, withRole('parent'))],
  2019,
  2019,
  CORPORATE_LATER,
);
assign(
  stagesOf(corporate3In2021, 3),
  outcomes({ upheld: 1, partially_upheld: 3, not_upheld: 1 }),
  setStage('outcome'),
);
assign(
  stagesOf(corporate3In1920, 3),
  outcomes({ partially_upheld: 1, not_upheld: 1 }),
  setStage('outcome'),
);
respond(stagesOf(corporate3In2021, 3), CORPORATE_LATER, {
  late: 2,
  extendedOnTime: 1,
  extendedLate: 2,
});

// Single-stage records. Ombudsman (LGO) enquiries: 2019/20 received 16, carried forward 2,
// worked on 18, concluded 14, ongoing 4; 2020/21 received 12, carried forward 4, worked on 16,
// concluded 11, ongoing 5. MP enquiries: 2019/20 received 62, carried forward 2, worked on 64,
// ongoing 4; 2020/21 received 37, carried forward 4, worked on 41, none ongoing. Councillor and
// general enquiries: all received and answered in the year.
const lgoDrafts = draftFactory('A-lgo');
const lgo = cohorts(lgoDrafts, {
  fromBefore: 2,
  answered1920: 12,
  carried: 4,
  answered2021: 7,
  open: 5,
});
for (const plan of stagesOf(lgoDrafts.all(), 1)) plan.elapsed = 30;
// 2019/20: 3 partially upheld, 10 outside remit, and one of the 14 not published (unrecorded).
assign(
  stagesOf(lgo.concluded[0], 1),
  [
    ['partially_upheld', 3],
    ['closed_outside_jurisdiction', 10],
  ],
  setStage('outcome'),
);
assign(
  stagesOf(lgo.concluded[1], 1),
  [
    ['partially_upheld', 3],
    ['not_upheld', 2],
    ['closed_outside_jurisdiction', 6],
  ],
  setStage('outcome'),
);
const mpDrafts = draftFactory('A-mp');
cohorts(mpDrafts, { fromBefore: 2, answered1920: 58, carried: 4, answered2021: 37, open: 0 });
const councillorDrafts = draftFactory('A-councillor');
councillorDrafts.make(20, 2019, 2019);
councillorDrafts.make(8, 2020, 2020);
const enquiryDrafts = draftFactory('A-enquiry');
enquiryDrafts.make(42, 2019, 2019);
enquiryDrafts.make(52, 2020, 2020);
// "2 Comments, 17 Correspondences, 8 Representations, 2 Resolving Professional Differences, and
// 1 Social Work England enquiry" in 2020/21: representations are concerns; the last three kinds
// are other correspondence.
const concernDrafts = draftFactory('A-concern');
concernDrafts.make(8, 2020, 2020);

const notComplaint = { procedure: null } as const;
const undated = (id: string, kind: ReportRecord['kind'], yearStart: number, count: number) =>
  datesInYear(yearStart, count).map((receivedOn, i) =>
    record({ id: `${id}-${yearStart}-${i}`, kind, receivedOn, ...notComplaint }),
  );

const records: ReportRecord[] = [
  seed,
  ...materialise(statutoryDrafts.all(), testCalendar, { procedure: 'statutory' }),
  ...materialise(corporateDrafts.all(), testCalendar, { procedure: 'corporate' }),
  ...materialise(
    lgoDrafts.all(),
    testCalendar,
    { kind: 'ombudsman', ...notComplaint },
    { limit: null, maximum: null },
  ),
  ...materialise(mpDrafts.all(), testCalendar, { kind: 'mp_enquiry', ...notComplaint }),
  ...materialise(councillorDrafts.all(), testCalendar, {
    kind: 'councillor_enquiry',
    ...notComplaint,
  }),
  ...materialise(enquiryDrafts.all(), testCalendar, { kind: 'enquiry', ...notComplaint }),
  ...materialise(concernDrafts.all(), testCalendar, { kind: 'concern', ...notComplaint }),
  ...undated('A-compliment', 'compliment', 2019, 255),
  ...undated('A-compliment', 'compliment', 2020, 242),
  ...undated('A-comment', 'comment', 2020, 2),
  ...undated('A-other', 'other', 2020, 20),
];

const current = computeMetrics(records, reportYear(2020), testCalendar);
const previous = computeMetrics(records, reportYear(2019), testCalendar);
const both = <T>(figures: (m: typeof current) => T): [T, T] => [
  figures(previous),
  figures(current),
];

const flow = ({ received, carriedForward, workedOn, concluded, ongoing }: StageMetrics) => ({
  received,
  carriedForward,
  workedOn,
  concluded,
  ongoing,
});

describe('report A, statutory stage 1 (section 1.5)', () => {
  it('received, carried forward, worked on, concluded and ongoing', () => {
    expect(both((m) => flow(m.statutory.stage1))).toEqual([
      // Published 19, 293 and 14: see the contradiction above.
      { received: 274, carriedForward: 20, workedOn: 294, concluded: 279, ongoing: 15 },
      { received: 188, carriedForward: 15, workedOn: 203, concluded: 198, ongoing: 5 },
    ]);
  });

  it('outcomes of the complaints concluded', () => {
    expect(both((m) => m.statutory.stage1.byOutcome)).toEqual([
      {
        upheld: 26,
        partially_upheld: 139,
        not_upheld: 50,
        not_determined: 4,
        withdrawn: 6,
        advice_given: 4,
        outside_remit: 50,
      },
      {
        upheld: 10,
        partially_upheld: 82,
        not_upheld: 37,
        not_determined: 4,
        withdrawn: 13,
        advice_given: 11,
        outside_remit: 41,
      },
    ]);
  });

  it('extended and late responses', () => {
    expect(both((m) => [m.statutory.stage1.extended, m.statutory.stage1.late])).toEqual([
      [55, 139],
      [38, 35],
    ]);
    // "which equates to 18%"
    expect(
      Math.round((current.statutory.stage1.late / current.statutory.stage1.concluded) * 100),
    ).toBe(18);
  });

  it('reopened, repeat complainants and advocates', () => {
    expect(both((m) => m.statutory.stage1.reopened)).toEqual([54, 35]);
    expect(both((m) => m.statutory.stage1.repeatComplainants)).toEqual([97, 109]);
    expect(both((m) => m.statutory.stage1.advocate)).toEqual([27, 14]);
  });

  it('who complained', () => {
    expect(both((m) => grouped(m.statutory.stage1.byRole, WHO))).toEqual([
      { parents: 172, youngPeople: 41, otherFamily: 37, nonFamily: 24 },
      { parents: 146, youngPeople: 21, otherFamily: 16, nonFamily: 5 },
    ]);
  });

  it('children in care and care leavers, and children in need', () => {
    const inCareAndNeed = (m: typeof current) =>
      grouped(m.statutory.stage1.byChildCircumstance, {
        inCareOrLeavingCare: ['child_in_care', 'care_leaver'],
        inNeed: ['child_in_need'],
      });
    expect(both(inCareAndNeed)).toEqual([
      { inCareOrLeavingCare: 112, inNeed: 40 },
      { inCareOrLeavingCare: 62, inNeed: 57 },
    ]);
  });

  it('the teams most complained about', () => {
    const top = Object.entries(current.statutory.stage1.byTeam)
      .sort(([, a], [, b]) => b - a)
      .slice(0, 2);
    expect(top).toEqual([
      [SOUTH_ASSESSMENT, 34],
      [SOUTH_CARE, 27],
    ]);
    expect(previous.statutory.stage1.byTeam).toMatchObject({
      [SOUTH_ASSESSMENT]: 25,
      [SOUTH_CARE]: 25,
    });
  });
});

describe('report A, corporate stage 1 (section 1.6)', () => {
  it('received, carried forward, worked on, concluded and ongoing', () => {
    expect(both((m) => flow(m.corporate.stage1))).toEqual([
      { received: 127, carriedForward: 7, workedOn: 134, concluded: 126, ongoing: 8 },
      { received: 179, carriedForward: 8, workedOn: 187, concluded: 173, ongoing: 14 },
    ]);
  });

  it('outcomes of the complaints concluded', () => {
    expect(both((m) => m.corporate.stage1.byOutcome)).toEqual([
      {
        upheld: 24,
        partially_upheld: 52,
        not_upheld: 27,
        not_determined: 3,
        withdrawn: 4,
        advice_given: 3,
        outside_remit: 13,
      },
      {
        upheld: 29,
        partially_upheld: 54,
        not_upheld: 50,
        not_determined: 1,
        withdrawn: 12,
        advice_given: 6,
        outside_remit: 21,
      },
    ]);
  });

  it('extended and late responses, reopened and repeat complainants', () => {
    expect(both((m) => [m.corporate.stage1.extended, m.corporate.stage1.late])).toEqual([
      [23, 52],
      [32, 31],
    ]);
    expect(both((m) => m.corporate.stage1.reopened)).toEqual([16, 62]);
    expect(both((m) => m.corporate.stage1.repeatComplainants)).toEqual([39, 82]);
  });

  it('who complained and the teams most complained about', () => {
    expect(both((m) => grouped(m.corporate.stage1.byRole, WHO))).toEqual([
      { parents: 71, youngPeople: 4, otherFamily: 21, nonFamily: 31 },
      { parents: 120, youngPeople: 6, otherFamily: 27, nonFamily: 26 },
    ]);
    expect(both((m) => [m.corporate.stage1.byTeam[SAT], m.corporate.stage1.byTeam[CARE]])).toEqual([
      [31, 24],
      [38, 33],
    ]);
  });
});

describe('report A, stages 2 and 3 (sections 1.7 to 1.10)', () => {
  it('statutory stage 2', () => {
    expect(both((m) => flow(m.statutory.stage2))).toEqual([
      { received: 3, carriedForward: 5, workedOn: 8, concluded: 8, ongoing: 0 },
      { received: 8, carriedForward: 0, workedOn: 8, concluded: 4, ongoing: 4 },
    ]);
    expect(both((m) => m.statutory.stage2.byOutcome)).toEqual([
      { partially_upheld: 6, not_recorded: 2 },
      { partially_upheld: 1, not_upheld: 1, outside_remit: 1, non_responsive: 1 },
    ]);
    expect(both((m) => [m.statutory.stage2.extended, m.statutory.stage2.late])).toEqual([
      [7, 0],
      [2, 0],
    ]);
    expect(both((m) => m.statutory.stage2.byRole)).toEqual([
      { parent: 2, relative: 1 },
      { parent: 6, child: 1, relative: 1 },
    ]);
  });

  it('corporate stage 2', () => {
    expect(both((m) => flow(m.corporate.stage2))).toEqual([
      { received: 6, carriedForward: 2, workedOn: 8, concluded: 7, ongoing: 1 },
      { received: 15, carriedForward: 1, workedOn: 16, concluded: 13, ongoing: 3 },
    ]);
    expect(both((m) => m.corporate.stage2.byOutcome)).toEqual([
      { upheld: 4, partially_upheld: 2, not_upheld: 1 },
      {
        upheld: 1,
        partially_upheld: 5,
        not_upheld: 3,
        withdrawn: 2,
        outside_remit: 1,
        non_responsive: 1,
      },
    ]);
    expect(both((m) => [m.corporate.stage2.extended, m.corporate.stage2.late])).toEqual([
      [4, 1],
      [6, 5],
    ]);
    expect(current.corporate.stage2.byRole).toEqual({ parent: 13, relative: 1, professional: 1 });
    expect(previous.corporate.stage2.byRole.parent).toBe(5);
  });

  it('statutory stage 3', () => {
    expect(previous.statutory.stage3.workedOn).toBe(4);
    expect(flow(current.statutory.stage3)).toEqual({
      received: 1,
      carriedForward: 0,
      workedOn: 1,
      concluded: 0,
      ongoing: 1,
    });
    expect(current.statutory.stage3.byRole).toEqual({ parent: 1 });
  });

  it('corporate stage 3', () => {
    expect(previous.corporate.stage3.workedOn).toBe(3);
    expect(flow(current.corporate.stage3)).toEqual({
      received: 5,
      carriedForward: 0,
      workedOn: 5,
      concluded: 5,
      ongoing: 0,
    });
    expect(current.corporate.stage3.byOutcome).toEqual({
      upheld: 1,
      partially_upheld: 3,
      not_upheld: 1,
    });
    expect(current.corporate.stage3.byRole).toEqual({ parent: 4, relative: 1 });
    expect([current.corporate.stage3.extended, current.corporate.stage3.late]).toEqual([3, 4]);
  });
});

describe('report A, enquiries, compliments and the Ombudsman (sections 1.1 to 1.3, 1.11)', () => {
  it('Ombudsman enquiries', () => {
    const { byOutcome, ...lgoFlow } = current.ombudsman;
    expect(lgoFlow).toEqual({
      received: 12,
      carriedForward: 4,
      workedOn: 16,
      concluded: 11,
      ongoing: 5,
    });
    expect(byOutcome).toEqual({
      partially_upheld: 3,
      not_upheld: 2,
      closed_outside_jurisdiction: 6,
    });
    expect(previous.ombudsman).toEqual({
      received: 16,
      carriedForward: 2,
      workedOn: 18,
      concluded: 14,
      ongoing: 4,
      // CONTRADICTION: the outcomes published for 2019/20 (3 + 10) account for 13 of the 14.
      byOutcome: { partially_upheld: 3, closed_outside_jurisdiction: 10, not_recorded: 1 },
    });
  });

  it('MP, councillor and general enquiries, representations and compliments', () => {
    expect(both((m) => m.mpEnquiries)).toEqual([
      { received: 62, carriedForward: 2, workedOn: 64, concluded: 60, ongoing: 4 },
      { received: 37, carriedForward: 4, workedOn: 41, concluded: 41, ongoing: 0 },
    ]);
    expect(both((m) => m.councillorEnquiries.workedOn)).toEqual([20, 8]);
    expect(both((m) => m.enquiries)).toEqual([
      { received: 42, carriedForward: 0, workedOn: 42, concluded: 42, ongoing: 0 },
      { received: 52, carriedForward: 0, workedOn: 52, concluded: 52, ongoing: 0 },
    ]);
    expect(current.concerns.received).toBe(8);
    expect(both((m) => m.compliments.received)).toEqual([255, 242]);
  });
});

describe('report A, executive summary', () => {
  const enquiries = (m: typeof current) =>
    m.enquiries.received + m.councillorEnquiries.received + m.mpEnquiries.received;
  const stage1 = (m: typeof current) => m.statutory.stage1.received + m.corporate.stage1.received;
  const compare = (figure: (m: typeof current) => number) =>
    compareFigures(figure(current), figure(previous));

  it.each([
    {
      name: 'compliments',
      figure: (m: typeof current) => m.compliments.received,
      change: -5,
      direction: '↓',
    },
    { name: 'all enquiries combined', figure: enquiries, change: -22, direction: '↓' },
    {
      name: 'statutory stage 1',
      figure: (m: typeof current) => m.statutory.stage1.received,
      change: -31,
      direction: '↓',
    },
    {
      name: 'corporate stage 1',
      figure: (m: typeof current) => m.corporate.stage1.received,
      change: 41,
      direction: '↑',
    },
    {
      name: 'statutory stage 2 worked on',
      figure: (m: typeof current) => m.statutory.stage2.workedOn,
      change: 0,
      direction: '↔',
    },
    {
      name: 'corporate stage 2 worked on',
      figure: (m: typeof current) => m.corporate.stage2.workedOn,
      change: 100,
      direction: '↑',
    },
    {
      name: 'statutory stage 3 worked on',
      figure: (m: typeof current) => m.statutory.stage3.workedOn,
      change: -75,
      direction: '↓',
    },
    {
      name: 'corporate stage 3 worked on',
      figure: (m: typeof current) => m.corporate.stage3.workedOn,
      change: 67,
      direction: '↑',
    },
    {
      name: 'Ombudsman enquiries worked on',
      figure: (m: typeof current) => m.ombudsman.workedOn,
      change: -11,
      direction: '↓',
    },
    { name: 'stage 1 complaints combined', figure: stage1, change: -8, direction: '↓' },
  ])('$name: $change% $direction', ({ figure, change, direction }) => {
    expect(compare(figure)).toMatchObject({ changePercent: change, direction });
  });

  it('writes the summary sentences', () => {
    const received = (m: typeof current) => m.statutory.stage1.received;
    expect(
      summarySentence(
        'Stage 1 Statutory complaints were received',
        received(current),
        received(previous),
      ),
    ).toBe('188 (274) Stage 1 Statutory complaints were received, a 31% decrease');
    expect(
      summarySentence(
        'combined Stage 1 complaints were received',
        stage1(current),
        stage1(previous),
      ),
    ).toBe('367 (401) combined Stage 1 complaints were received, an 8% decrease');
  });
});
