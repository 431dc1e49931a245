import { describe, expect, it } from 'vitest';
import type { Outcome, ReportRecord } from './input.ts';
import { computeMetrics } from './metrics.ts';
import { remediesAndCostsByYear } from './money.ts';
import { notAcceptedByYear } from './not-accepted.ts';
import { ombudsmanDecisions } from './ombudsman.ts';
import { testCalendar } from './test-calendar.ts';
import {
  assign,
  grouped,
  type CaseDraft,
  datesInYear,
  draftFactory,
  escalate,
  materialise,
  record,
  respond,
  setRecord,
  setStage,
  stage,
  stagesOf,
} from './test-builders.ts';
import { reportYear } from './year.ts';

// Report B (reference/annual-report-b-2023-24.txt): a council's Children's Social Care statutory
// complaints report for 2023-24, with tables over 2021-22, 2022-23 and 2023-24, and its corporate
// complaints for children's services. Records are generated from the published counts and the
// figures computed from them must be the published ones.

const YEARS = [2021, 2022, 2023] as const;
type ByYear<T> = readonly [T, T, T];
const STAGE_1 = { limit: 10, maximum: 20 };
const STAGE_2 = { limit: 25, maximum: 65 };
const STAGE_3 = { limit: 30, maximum: null };

const metrics = (records: readonly ReportRecord[], yearStart: number) =>
  computeMetrics(records, reportYear(yearStart), testCalendar);

// Figure 4 counts the complaints "determined at Stage 1": upheld, partially upheld or not upheld.
// The other complaints registered (73, 48 and 49, Figure 7) were answered informally (no
// finding: not_determined) or, one in 2023-24, withdrawn; the report does not say more.
const DETERMINED: ByYear<Partial<Record<Outcome, number>>> = [
  { upheld: 8, partially_upheld: 36, not_upheld: 21 },
  { upheld: 13, partially_upheld: 22, not_upheld: 9 },
  { upheld: 19, partially_upheld: 15, not_upheld: 9 },
];
const OTHER_OUTCOMES: ByYear<Partial<Record<Outcome, number>>> = [
  { not_determined: 8 },
  { not_determined: 4 },
  { withdrawn: 1, not_determined: 5 },
];

// Figure 7, "Who is making Complaints?", by role code.
const WHO = {
  'Children-Young People (not LAC)': ['child'],
  'Looked After Children- Leaving Care': ['looked_after_child', 'care_leaver'],
  'Parents-Guardians': ['parent', 'special_guardian'],
  'Other Carers': ['other'],
  'Foster Carers': ['foster_carer'],
  'Prospective Adopters': ['prospective_adopter'],
  'Adoptive Parents': ['adoptive_parent'],
  'LAC (now Adult)': ['adult_formerly_in_care'],
  Friend: ['friend'],
  Relatives: ['relative'],
  Professionals: ['professional'],
};
const ROLES: ByYear<[string, number][]> = [
  [
    ['child', 2],
    ['looked_after_child', 10],
    ['care_leaver', 6],
    ['parent', 45],
    ['special_guardian', 2],
    ['other', 1],
    ['foster_carer', 3],
    ['prospective_adopter', 1],
    ['adoptive_parent', 1],
    ['adult_formerly_in_care', 2],
  ],
  [
    ['child', 2],
    ['looked_after_child', 8],
    ['care_leaver', 4],
    ['parent', 28],
    ['adoptive_parent', 1],
    ['adult_formerly_in_care', 3],
    ['relative', 2],
  ],
  [
    ['looked_after_child', 9],
    ['care_leaver', 5],
    ['parent', 25],
    ['special_guardian', 2],
    ['foster_carer', 3],
    ['adult_formerly_in_care', 2],
    ['relative', 3],
  ],
];
const REGISTERED: ByYear<number> = [73, 48, 49];

// "69% of cases had either a telephone call or meeting ... compared with 56% the previous year":
// 34 of the 49 and 27 of the 48 complaints registered (no other denominator gives both figures).
// Not published for 2021-22.
const MANAGER_CONTACTED: ByYear<number> = [0, 27, 34];

// "only 58% of complaints were responded to within the permitted maximum timescale of 20 working
// days ... the previous year ... was 66%": 25 of the 43 and 29 of the 44 complaints determined
// (no other denominator gives both). The informal and withdrawn ones were answered on time.
const DETERMINED_RESPONSES: ByYear<Parameters<typeof respond>[2]> = [
  { onTime: 30, late: 15, extendedLate: 20 },
  { onTime: 20, late: 9, extendedLate: 15 },
  { onTime: 15, late: 10, extendedLate: 18 },
];

// Figures 11 and 16: compensation, "(number of cases included in each total ...)". Each amount is
// one case's payment; how each total was made up is not published.
const STATUTORY_PAYMENTS: ByYear<number[]> = [
  [300, 350],
  [7000, 10000, 6939, 5000],
  [12000, 8055, 9000, 7000, 5000],
];
const CORPORATE_PAYMENTS: ByYear<number[]> = [[1400], [1250, 750], [1000, 750, 500]];

function pay(drafts: readonly CaseDraft[], year: number, amounts: readonly number[]) {
  assign(
    drafts,
    amounts.map((amount) => [amount, 1] as const),
    (draft, amount) => {
      draft.fields.remedies = [
        { stage: 1, kind: 'financial', amount, agreedOn: `${year + 1}-02-01` },
        { stage: 1, kind: 'apology', amount: null, agreedOn: `${year + 1}-02-01` },
      ];
    },
  );
}

const statutoryDrafts = draftFactory('B-statutory');
const stage1 = ([0, 1, 2] as const).map((y) => {
  const drafts = statutoryDrafts.make(REGISTERED[y], YEARS[y], YEARS[y]);
  const plans = stagesOf(drafts, 1);
  const outcomes = Object.entries({ ...DETERMINED[y], ...OTHER_OUTCOMES[y] }) as [
    Outcome,
    number,
  ][];
  assign(plans, outcomes, setStage('outcome'));
  respond(plans, STAGE_1, DETERMINED_RESPONSES[y]);
  assign(plans, [[true, MANAGER_CONTACTED[y]]], setStage('managerContacted'));
  assign(drafts, ROLES[y], setRecord('complainantRole'));
  pay(drafts, YEARS[y], STATUTORY_PAYMENTS[y]);
  return drafts;
});
const [stage1In2122 = [], stage1In2223 = [], stage1In2324 = []] = stage1;

// Stage 2 in 2023-24: "a total of 6 complaints commencing investigation at Stage 2 in 2023-24, but
// two of these were still under investigation at the end of the year": 2 escalated after a
// 2023-24 stage 1 response, 1 historic complaint went straight to stage 2, and "three cases from the
// previous year". Figure 5: the 4 completed were 2 partially upheld and 2 upheld, one of which went
// on to a stage 3 panel.
// CONTRADICTION: the escalation rate is "5% (2 cases) ... the same figure as the previous year"
// and, a page later, "two cases ... an escalation rate of only 4%". 2 of 44 or 43 determined is 5%,
// 2 of 49 registered is 4%. DESIGN §4 divides by the stage 1 complaints concluded in the year (49
// here, answered informally or not), so 4%. For 2022-23 to have escalated 2 as published, one of
// "the three cases from the previous year" is taken to be a 2021-22 stage 1.
const fromPrevious = [...stage1In2223.slice(0, 2), ...stage1In2122.slice(0, 1)];
const escalatedIn2324 = stage1In2324.slice(0, 2);
const stage2Concluded = [...fromPrevious, ...escalatedIn2324.slice(0, 1)];
escalate(fromPrevious, 2023, 2023, STAGE_2);
escalate(escalatedIn2324.slice(0, 1), 2023, 2023, STAGE_2);
escalate(escalatedIn2324.slice(1), 2023, null, STAGE_2);
assign(
  stagesOf(stage2Concluded, 2),
  [
    ['partially_upheld', 2],
    ['upheld', 2],
  ],
  setStage('outcome'),
);
for (const plan of stagesOf(stage2Concluded, 2)) plan.elapsed = 40;
// Figure 6: the only stage 3 panel in 2023-24 was on a complaint received in 2022-23, not upheld,
// then taken to the Ombudsman; and case 4 of Figure 5 has asked for a panel.
const panelFrom2223 = stage1In2122.slice(1, 2);
escalate(panelFrom2223, 2021, 2022, STAGE_2);
escalate(panelFrom2223, 2022, 2023, STAGE_3);
assign(stagesOf(panelFrom2223, 3), [['not_upheld', 1]], setStage('outcome'));
escalate(stage2Concluded.slice(3), 2023, null, STAGE_3);

const historic = record({
  id: 'B-historic',
  receivedOn: '2023-09-04',
  complainantRole: 'adult_formerly_in_care',
  stages: [stage({ stage: 2, startedOn: '2023-09-04', endedOn: null, ...STAGE_2 })],
});

// "The LGSCO concluded two investigations about Children's Social Care in 2023-24. In both cases
// (which were from previous years) fault was found"; the stage 3 complaint went to it too.
const ombudsman = (
  id: string,
  receivedOn: string,
  endedOn: string | null,
  relatedTo: string | null,
) =>
  record({
    id,
    kind: 'ombudsman',
    procedure: null,
    receivedOn,
    relatedTo,
    stages: [
      stage({
        startedOn: receivedOn,
        endedOn,
        outcome: endedOn === null ? null : 'upheld_injustice',
        limit: null,
        maximum: null,
      }),
    ],
  });
const lgo = [
  ombudsman('B-lgo-1', '2022-11-14', '2023-06-20', null),
  ombudsman('B-lgo-2', '2023-02-06', '2023-10-02', null),
  ombudsman('B-lgo-3', '2024-03-11', null, panelFrom2223[0]?.id ?? ''),
];

// Figure 1, complaints not accepted ("not logged") under the statutory process, by reason code.
// "Out of Time-Jurisdiction" is two codes in Heard, out_of_time and out_of_jurisdiction;
// "Other" is the customer not engaging.
const NOT_ACCEPTED_ROWS = {
  'Court Related': ['court'],
  'Insufficient Interest': ['insufficient_interest'],
  'Alternative Process (Legal-Corporate-GDPR)': ['alternative_process'],
  'General Enquiries': ['general_enquiry'],
  'Out of Time-Jurisdiction': ['out_of_time', 'out_of_jurisdiction'],
  'Consent not gained': ['no_consent'],
  'S47-Child Protection': ['child_protection'],
  'Safeguarding referral': ['safeguarding_referral'],
  Other: ['not_engaging'],
};
const NOT_ACCEPTED: ByYear<[string, number][]> = [
  [
    ['court', 23],
    ['insufficient_interest', 6],
    ['alternative_process', 13],
    ['general_enquiry', 17],
    ['out_of_time', 4],
    ['out_of_jurisdiction', 5],
    ['no_consent', 1],
    ['child_protection', 8],
    ['safeguarding_referral', 17],
    ['not_engaging', 8],
  ],
  [
    ['court', 18],
    ['insufficient_interest', 9],
    ['alternative_process', 24],
    ['general_enquiry', 27],
    ['out_of_time', 10],
    ['out_of_jurisdiction', 13],
    ['no_consent', 2],
    ['child_protection', 5],
    ['safeguarding_referral', 17],
    ['not_engaging', 6],
  ],
  [
    ['court', 19],
    ['insufficient_interest', 9],
    ['alternative_process', 15],
    ['general_enquiry', 29],
    ['out_of_time', 7],
    ['out_of_jurisdiction', 5],
    ['child_protection', 5],
    ['safeguarding_referral', 11],
    ['not_engaging', 8],
  ],
];
const notAcceptedRecords = YEARS.flatMap((year, y) => {
  const reasons = (NOT_ACCEPTED[y] ?? []).flatMap(([reason, n]) => Array<string>(n).fill(reason));
  return datesInYear(year, reasons.length).map((receivedOn, i) =>
    record({
      id: `B-not-accepted-${year}-${i}`,
      receivedOn,
      procedure: null,
      notAcceptedReason: reasons[i] ?? null,
    }),
  );
});

// Corporate complaints about children's services, 2023-24: Figures 13 (social care) and 14
// (education), stage 1 received, fault identified (upheld or partially upheld) and escalated to
// stage 2 by team; Figure 15, the 4 education stage 2 outcomes.
// CONTRADICTION: Figure 14's "TOTALS" row gives 11 faults identified, but its rows add up to 24
// (17 + 3 + 3 + 1); 11 is Figure 13's total. DESIGN's figures are per record, so 24.
const CORPORATE_TEAMS: [team: string, received: number, fault: number, escalated: number][] = [
  ['Assessment Team', 1, 0, 0],
  ['TYSS', 2, 2, 0],
  ['Children in Care', 2, 2, 0],
  ['Adoption', 2, 2, 0],
  ['Family Safeguarding', 5, 5, 0],
  ['SEN', 23, 17, 3],
  ['Attendance', 4, 3, 1],
  ['Admissions', 3, 3, 0],
  ['School Transport', 1, 1, 0],
];
const corporateDrafts = draftFactory('B-corporate');
const corporate2324 = CORPORATE_TEAMS.flatMap(([team, received, fault, escalated]) => {
  const drafts = corporateDrafts.make(received, 2023, 2023);
  assign(drafts, [[team, received]], setRecord('team'));
  assign(
    stagesOf(drafts, 1),
    [
      ['upheld', fault],
      ['not_upheld', received - fault],
    ],
    setStage('outcome'),
  );
  escalate(drafts.slice(0, escalated), 2023, 2023, { limit: 20, maximum: 40 });
  return drafts;
});
const educationStage2 = corporate2324.filter((draft) => draft.stages.length === 2);
// Figure 15 lists Attendance (upheld) after SEN (not upheld, partially, partially) here.
assign(
  stagesOf(educationStage2, 2),
  [
    ['not_upheld', 1],
    ['partially_upheld', 2],
    ['upheld', 1],
  ],
  setStage('outcome'),
);
pay(corporate2324, 2023, CORPORATE_PAYMENTS[2]);
pay(corporateDrafts.make(1, 2021, 2021), 2021, CORPORATE_PAYMENTS[0]);
pay(corporateDrafts.make(2, 2022, 2022), 2022, CORPORATE_PAYMENTS[1]);

const statutoryRecords = [
  ...materialise(statutoryDrafts.all(), testCalendar, { procedure: 'statutory' }),
  historic,
];
const corporateRecords = materialise(corporateDrafts.all(), testCalendar, {
  procedure: 'corporate',
});
const records = [...statutoryRecords, ...corporateRecords, ...lgo, ...notAcceptedRecords];
const m2122 = metrics(records, 2021);
const m2223 = metrics(records, 2022);
const m2324 = metrics(records, 2023);
const byYear = <T>(figure: (m: typeof m2324) => T) => [m2122, m2223, m2324].map(figure);

describe('report B, Figure 4: stage 1 outcomes over three years', () => {
  it('complaints determined: upheld, partially upheld and not upheld', () => {
    expect(
      byYear(({ statutory: { stage1 } }) => ({
        determined:
          (stage1.byOutcome.upheld ?? 0) +
          (stage1.byOutcome.partially_upheld ?? 0) +
          (stage1.byOutcome.not_upheld ?? 0),
        upheld: stage1.byOutcome.upheld,
        partiallyUpheld: stage1.byOutcome.partially_upheld,
        notUpheld: stage1.byOutcome.not_upheld,
      })),
    ).toEqual([
      { determined: 65, upheld: 8, partiallyUpheld: 36, notUpheld: 21 },
      { determined: 44, upheld: 13, partiallyUpheld: 22, notUpheld: 9 },
      { determined: 43, upheld: 19, partiallyUpheld: 15, notUpheld: 9 },
    ]);
  });

  it('"Only one complaint was withdrawn in 2023-24"', () => {
    expect(m2324.statutory.stage1.byOutcome.withdrawn).toBe(1);
  });

  it('fault found in 79% in both years', () => {
    // The report truncates: 35 of 44 in 2022-23 is 79.5%, which rounds to 80%.
    const fault = byYear(({ statutory: { stage1 } }) => {
      const found = (stage1.byOutcome.upheld ?? 0) + (stage1.byOutcome.partially_upheld ?? 0);
      return Math.floor((found / (found + (stage1.byOutcome.not_upheld ?? 0))) * 100);
    });
    expect(fault.slice(1)).toEqual([79, 79]);
  });
});

describe('report B, Figure 7: who is making complaints', () => {
  it('rebuilds the table from role codes', () => {
    expect(byYear((m) => grouped(m.statutory.stage1.byRole, WHO))).toEqual([
      {
        'Children-Young People (not LAC)': 2,
        'Looked After Children- Leaving Care': 16,
        'Parents-Guardians': 47,
        'Other Carers': 1,
        'Foster Carers': 3,
        'Prospective Adopters': 1,
        'Adoptive Parents': 1,
        'LAC (now Adult)': 2,
        Friend: 0,
        Relatives: 0,
        Professionals: 0,
      },
      {
        'Children-Young People (not LAC)': 2,
        'Looked After Children- Leaving Care': 12,
        'Parents-Guardians': 28,
        'Other Carers': 0,
        'Foster Carers': 0,
        'Prospective Adopters': 0,
        'Adoptive Parents': 1,
        'LAC (now Adult)': 3,
        Friend: 0,
        Relatives: 2,
        Professionals: 0,
      },
      {
        'Children-Young People (not LAC)': 0,
        'Looked After Children- Leaving Care': 14,
        'Parents-Guardians': 27,
        'Other Carers': 0,
        'Foster Carers': 3,
        'Prospective Adopters': 0,
        'Adoptive Parents': 0,
        'LAC (now Adult)': 2,
        Friend: 0,
        Relatives: 3,
        Professionals: 0,
      },
    ]);
    expect(byYear((m) => m.statutory.stage1.received)).toEqual([73, 48, 49]);
  });

  it('young people in or formerly in care: "32% of complaints in 2023-24"', () => {
    const { byRole, received } = m2324.statutory.stage1;
    const inCare = grouped(byRole, {
      inCare: ['looked_after_child', 'care_leaver', 'adult_formerly_in_care'],
    }).inCare;
    // 16 of 49 is 32.7%: the report truncates again.
    expect([inCare, Math.floor(((inCare ?? 0) / received) * 100)]).toEqual([16, 32]);
  });
});

describe('report B, stage 1 performance and escalation', () => {
  it('manager contact: 69% (56% the year before) of complaints registered', () => {
    expect(
      byYear((m) =>
        Math.round((m.statutory.stage1.managerContacted / m.statutory.stage1.received) * 100),
      ).slice(1),
    ).toEqual([56, 69]);
  });

  it('within the 20-day maximum: 58% (66%) of the complaints determined', () => {
    // The report's denominator is the complaints determined; DESIGN §4 bands every stage 1
    // concluded. Keeping only the determined complaints gives the report's figures back.
    const determinedOnly = records.filter((r) =>
      r.stages.some(
        (s) =>
          s.stage === 1 && ['upheld', 'partially_upheld', 'not_upheld'].includes(s.outcome ?? ''),
      ),
    );
    const withinMaximum = [2022, 2023].map((year) => {
      const { timeliness, concluded } = metrics(determinedOnly, year).statutory.stage1;
      return [timeliness.withinLimit + timeliness.withinMaximum, concluded];
    });
    expect(withinMaximum).toEqual([
      [29, 44],
      [25, 43],
    ]);
    expect(withinMaximum.map(([n = 0, of = 1]) => Math.round((n / of) * 100))).toEqual([66, 58]);
    // Over every stage 1 concluded, as the report JSON gives it:
    expect(m2324.statutory.stage1.timeliness).toEqual({
      withinLimit: 21,
      withinMaximum: 10,
      beyondMaximum: 18,
    });
  });

  it('escalated to stage 2: 2 cases in each of 2022-23 and 2023-24', () => {
    expect(byYear((m) => m.statutory.stage1.escalated).slice(1)).toEqual([2, 2]);
    expect(m2324.escalation.statutoryStage1To2).toBeCloseTo(2 / 49);
    expect(Math.round((m2324.escalation.statutoryStage1To2 ?? NaN) * 100)).toBe(4);
  });
});

describe('report B, stages 2 and 3 and the Ombudsman in 2023-24', () => {
  it('Figure 5: six stage 2 investigations commenced, four completed, two ongoing', () => {
    const s2 = m2324.statutory.stage2;
    expect(s2).toMatchObject({
      received: 6,
      carriedForward: 0,
      workedOn: 6,
      concluded: 4,
      ongoing: 2,
    });
    expect(s2.byOutcome).toEqual({ partially_upheld: 2, upheld: 2 });
    expect(s2.escalated).toBe(1);
  });

  it('Figure 6: one stage 3 panel, on a complaint from 2022-23, not upheld, then to the Ombudsman', () => {
    const s3 = m2324.statutory.stage3;
    expect(s3).toMatchObject({ received: 1, carriedForward: 1, concluded: 1, ongoing: 1 });
    expect(s3.byOutcome).toEqual({ not_upheld: 1 });
    expect(s3.escalated).toBe(1);
  });

  it('the Ombudsman concluded two investigations, both from previous years, fault found in both', () => {
    expect(m2324.ombudsman).toMatchObject({ carriedForward: 2, concluded: 2 });
    expect(ombudsmanDecisions(m2324.ombudsman.byOutcome ?? {})).toEqual({ upheld: 2 });
  });
});

describe('report B, Figure 1: complaints not accepted by reason over three years', () => {
  it('rebuilds every row and the totals', () => {
    const table = notAcceptedByYear(records, YEARS).map(({ year, total, byReason }) => ({
      year: year.label,
      total,
      ...grouped(byReason, NOT_ACCEPTED_ROWS),
    }));
    expect(table).toEqual([
      {
        year: '2021/22',
        total: 102,
        'Court Related': 23,
        'Insufficient Interest': 6,
        'Alternative Process (Legal-Corporate-GDPR)': 13,
        'General Enquiries': 17,
        'Out of Time-Jurisdiction': 9,
        'Consent not gained': 1,
        'S47-Child Protection': 8,
        'Safeguarding referral': 17,
        Other: 8,
      },
      {
        year: '2022/23',
        total: 131,
        'Court Related': 18,
        'Insufficient Interest': 9,
        'Alternative Process (Legal-Corporate-GDPR)': 24,
        'General Enquiries': 27,
        'Out of Time-Jurisdiction': 23,
        'Consent not gained': 2,
        'S47-Child Protection': 5,
        'Safeguarding referral': 17,
        Other: 6,
      },
      {
        year: '2023/24',
        total: 108,
        'Court Related': 19,
        'Insufficient Interest': 9,
        'Alternative Process (Legal-Corporate-GDPR)': 15,
        'General Enquiries': 29,
        'Out of Time-Jurisdiction': 12,
        'Consent not gained': 0,
        'S47-Child Protection': 5,
        'Safeguarding referral': 11,
        Other: 8,
      },
    ]);
  });
});

describe('report B, Figures 11 and 16: cost of complaints (compensation)', () => {
  const compensation = (of: readonly ReportRecord[]) =>
    remediesAndCostsByYear(of, YEARS).map(({ financialTotal, financialCases }) => [
      financialTotal,
      financialCases,
    ]);

  it('statutory complaints: £650 (2), £28,939 (4), £41,055 (5)', () => {
    expect(compensation(statutoryRecords)).toEqual([
      [650, 2],
      [28939, 4],
      [41055, 5],
    ]);
  });

  it("children's services corporate complaints: £1400 (1), £2000 (2), £2250 (3)", () => {
    expect(compensation(corporateRecords)).toEqual([
      [1400, 1],
      [2000, 2],
      [2250, 3],
    ]);
  });

  it('the report JSON gives the year’s remedies over every record', () => {
    expect(m2324.remedies).toEqual({ financialTotal: 43305, financialCases: 8 });
  });
});

describe('report B, Figures 13 to 15: corporate complaints by team, 2023-24', () => {
  it('received, fault identified and escalated to stage 2 by team', () => {
    const table = CORPORATE_TEAMS.map(([team]) => {
      const { stage1 } = metrics(
        corporateRecords.filter((r) => r.team === team),
        2023,
      ).corporate;
      return [
        team,
        stage1.received,
        (stage1.byOutcome.upheld ?? 0) + (stage1.byOutcome.partially_upheld ?? 0),
        stage1.escalated,
      ];
    });
    expect(table).toEqual(CORPORATE_TEAMS);
    expect(m2324.corporate.stage1.received).toBe(43);
    expect(m2324.corporate.stage1.escalated).toBe(4);
  });

  it('the four education stage 2 outcomes', () => {
    expect(m2324.corporate.stage2.byOutcome).toEqual({
      not_upheld: 1,
      partially_upheld: 2,
      upheld: 1,
    });
  });
});
