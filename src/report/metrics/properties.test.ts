import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../calendar/types.ts';
import { activity, ACTIVITY_KEYS, headlineByYear } from './activity.ts';
import { compareFigures } from './compare.ts';
import type { Counts } from './counts.ts';
import type { Flow } from './flow.ts';
import type { Outcome, RecordKind, ReportRecord, ReportStage } from './input.ts';
import { computeMetrics, type Metrics } from './metrics.ts';
import { quarterlyActivity } from './quarterly.ts';
import type { StageMetrics } from './stage-metrics.ts';
import { suppressSmall } from './suppress.ts';
import { addDays, testCalendar } from './test-calendar.ts';
import { record, stage } from './test-builders.ts';
import { reportYear } from './year.ts';

// Random case-level data from January 2018 to about 2023, checked against the identities every
// report must satisfy whatever the data.

const ORIGIN = '2018-01-01';
const date = (offset: number): IsoDate => addDays(ORIGIN, offset);
const KINDS: RecordKind[] = [
  'complaint',
  'complaint',
  'complaint',
  'compliment',
  'comment',
  'concern',
  'enquiry',
  'mp_enquiry',
  'councillor_enquiry',
  'ombudsman',
  'other',
];
const OUTCOMES: (Outcome | null)[] = [
  'upheld',
  'partially_upheld',
  'not_upheld',
  'withdrawn',
  null,
];

const stagePlan = fc.record({
  gap: fc.integer({ min: 0, max: 40 }),
  duration: fc.option(fc.integer({ min: 0, max: 200 }), { freq: 4 }),
  timescale: fc.constantFrom(
    { limit: 10, maximum: 20 },
    { limit: 25, maximum: 65 },
    { limit: 5, maximum: null },
    { limit: null, maximum: null },
  ),
  dueAfter: fc.option(fc.integer({ min: 0, max: 60 })),
  acknowledgedAfter: fc.integer({ min: 0, max: 3 }),
  suspension: fc.option(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 15 }))),
  outcome: fc.constantFrom(...OUTCOMES),
  extended: fc.boolean(),
  managerContacted: fc.option(fc.boolean()),
  reopened: fc.integer({ min: 0, max: 2 }),
});

const recordPlan = fc.record({
  kind: fc.constantFrom(...KINDS),
  procedure: fc.constantFrom('statutory' as const, 'corporate' as const, null),
  notAccepted: fc.option(fc.constantFrom('court', 'school'), { freq: 5 }),
  received: fc.integer({ min: 0, max: 1900 }),
  stages: fc.array(stagePlan, { minLength: 0, maxLength: 3 }),
  withdrawnAfter: fc.option(fc.integer({ min: 0, max: 300 }), { freq: 5 }),
  complainant: fc.option(fc.constantFrom('P1', 'P2', 'P3', 'P4')),
  role: fc.option(fc.constantFrom('parent', 'child', 'foster_carer')),
  team: fc.option(fc.constantFrom('North', 'South')),
  themes: fc.subarray(['Delay', 'Communication', 'Placement']),
  circumstances: fc.subarray(['child_in_care', 'send']),
  advocate: fc.option(fc.constantFrom('NYAS', 'Coram Voice')),
  relatedTo: fc.option(fc.integer({ min: 0, max: 30 })),
  remedy: fc.option(fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 400 }))),
});

type RecordPlan = typeof recordPlan extends fc.Arbitrary<infer T> ? T : never;

function build(plan: RecordPlan, index: number): ReportRecord {
  const receivedOn = date(plan.received);
  const singleStage = !['complaint', 'compliment', 'other'].includes(plan.kind);
  const planned =
    plan.kind === 'complaint' ? plan.stages : singleStage ? plan.stages.slice(0, 1) : [];
  const stages: ReportStage[] = [];
  let from = receivedOn;
  for (const [i, s] of planned.entries()) {
    // Each stage starts after the one before ended, so an open stage is the last.
    const startedOn = addDays(from, i === 0 ? 0 : s.gap);
    const endedOn = s.duration === null ? null : addDays(startedOn, s.duration);
    stages.push(
      stage({
        stage: (i + 1) as 1 | 2 | 3,
        startedOn,
        clockStartOn: addDays(startedOn, s.acknowledgedAfter),
        endedOn,
        outcome: s.outcome,
        ...s.timescale,
        extended: s.extended,
        suspensions:
          s.suspension === null
            ? []
            : [
                {
                  from: addDays(startedOn, s.suspension[0]),
                  to: addDays(startedOn, s.suspension[0] + s.suspension[1]),
                },
              ],
        managerContacted: s.managerContacted,
        reopened: s.reopened,
        dueOn: s.dueAfter === null ? null : addDays(startedOn, s.dueAfter),
      }),
    );
    if (endedOn === null) break;
    from = endedOn;
  }
  return record({
    id: `r${index}`,
    receivedOn,
    kind: plan.kind,
    procedure: plan.kind === 'complaint' ? plan.procedure : null,
    notAcceptedReason: plan.kind === 'complaint' ? plan.notAccepted : null,
    stages,
    withdrawnOn: plan.withdrawnAfter === null ? null : addDays(receivedOn, plan.withdrawnAfter),
    complainantId: plan.complainant,
    complainantRole: plan.role,
    team: plan.team,
    themes: plan.themes,
    childCircumstances: plan.circumstances,
    advocate: plan.advocate,
    relatedTo: plan.relatedTo === null ? null : `r${plan.relatedTo}`,
    remedies:
      plan.remedy === null
        ? []
        : [
            {
              stage: 1,
              kind: 'financial',
              amount: plan.remedy[0] / 100,
              agreedOn: addDays(receivedOn, plan.remedy[1]),
            },
          ],
  });
}

const records = fc.array(recordPlan, { maxLength: 40 }).map((plans) => plans.map(build));
const yearStart = fc.integer({ min: 2018, max: 2022 });

const sum = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);

function stagesOfMetrics(m: Metrics): StageMetrics[] {
  return [m.statutory, m.corporate].flatMap((p) => [p.stage1, p.stage2, p.stage3]);
}

function flowsOf(m: Metrics): Flow[] {
  return [
    m.concerns,
    m.enquiries,
    m.mpEnquiries,
    m.councillorEnquiries,
    m.ombudsman,
    ...stagesOfMetrics(m),
  ];
}

const metricsFor = (data: readonly ReportRecord[], start: number) =>
  computeMetrics(data, reportYear(start), testCalendar);

describe('properties of the metrics', () => {
  it('every flow adds up: worked on = received + carried forward = concluded + ongoing', () => {
    fc.assert(
      fc.property(records, yearStart, (data, start) => {
        for (const flow of flowsOf(metricsFor(data, start))) {
          expect(flow.workedOn).toBe(flow.received + flow.carriedForward);
          expect(flow.workedOn).toBe(flow.concluded + flow.ongoing);
        }
      }),
    );
  });

  it('what is carried into a year is what was ongoing at the end of the year before', () => {
    fc.assert(
      fc.property(records, yearStart, (data, start) => {
        const before = flowsOf(metricsFor(data, start - 1));
        const after = flowsOf(metricsFor(data, start));
        expect(after.map((f) => f.carriedForward)).toEqual(before.map((f) => f.ongoing));
      }),
    );
  });

  it('breakdowns of concluded stages add up to concluded, of received stages to received', () => {
    fc.assert(
      fc.property(records, yearStart, (data, start) => {
        const m = metricsFor(data, start);
        for (const s of stagesOfMetrics(m)) {
          const { withinLimit, withinMaximum, beyondMaximum } = s.timeliness;
          expect(withinLimit + withinMaximum + beyondMaximum).toBe(s.concluded);
          expect(sum(s.byOutcome)).toBe(s.concluded);
          for (const n of [s.extended, s.late, s.reopened, s.escalated]) {
            expect(n).toBeLessThanOrEqual(s.concluded);
          }
          for (const counts of [s.byRole, s.byTeam, s.byServiceArea]) {
            expect(sum(counts)).toBe(s.received);
          }
          for (const n of [s.advocate, s.repeatComplainants, s.managerContacted]) {
            expect(n).toBeLessThanOrEqual(s.received);
          }
          expect(sum(s.byTheme)).toBeGreaterThanOrEqual(s.received);
        }
        expect(sum(m.ombudsman.byOutcome)).toBe(m.ombudsman.concluded);
        expect(sum(m.notAccepted.byReason)).toBe(m.notAccepted.total);
        for (const rate of Object.values(m.escalation)) {
          if (rate !== null) expect(rate).toBeGreaterThanOrEqual(0);
          if (rate !== null) expect(rate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('the order of the records changes nothing', () => {
    fc.assert(
      fc.property(
        records.chain((data) =>
          fc.tuple(fc.constant(data), fc.shuffledSubarray(data, { minLength: data.length })),
        ),
        yearStart,
        ([data, shuffled], start) => {
          expect(JSON.stringify(metricsFor(shuffled, start))).toBe(
            JSON.stringify(metricsFor(data, start)),
          );
        },
      ),
    );
  });

  it('the four quarters add up to the year', () => {
    fc.assert(
      fc.property(records, yearStart, (data, start) => {
        const quarters = Object.values(quarterlyActivity(data, start));
        const [year] = headlineByYear(data, [start]);
        for (const key of ACTIVITY_KEYS) {
          expect(quarters.reduce((n, quarter) => n + quarter[key], 0)).toBe(year?.activity[key]);
        }
        expect(activity(data, () => true).other).toBe(
          data.filter((r) => r.kind === 'other').length,
        );
      }),
    );
  });
});

describe('properties of presentation', () => {
  const count = fc.integer({ min: 0, max: 100000 });

  it('the direction follows the figures and the percentage has its sign', () => {
    fc.assert(
      fc.property(count, count, (current, previous) => {
        const { changePercent, direction } = compareFigures(current, previous);
        expect(direction).toBe(current > previous ? '↑' : current < previous ? '↓' : '↔');
        if (changePercent !== null && changePercent !== 0) {
          expect(changePercent > 0).toBe(direction === '↑');
        }
        expect(changePercent === null).toBe(previous === 0);
      }),
    );
  });

  it('suppression hides exactly the counts from 1 to threshold − 1', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), count),
        fc.integer({ min: 1, max: 20 }),
        (counts, threshold) => {
          const shown = suppressSmall(counts, threshold);
          for (const [key, n] of Object.entries(counts)) {
            expect(shown[key]).toBe(n > 0 && n < threshold ? `<${threshold}` : n);
          }
        },
      ),
    );
  });
});
