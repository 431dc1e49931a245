import { describe, expect, it } from 'vitest';
import { shippedBankHolidays } from '../calendar/bank-holidays.ts';
import { createCalendar } from '../calendar/calendar.ts';
import { defaultProcedures } from '../procedures/defaults.ts';
import { buildImportRow, type RowValues } from './build-row.ts';
import { PlanProblem, planRecord, type PlanRules } from './record-plan.ts';

const rules: PlanRules = {
  calendar: createCalendar({ nation: 'england-and-wales', holidays: shippedBankHolidays() }),
  procedures: defaultProcedures(),
  today: '2025-06-30',
};
const statutory: RowValues = {
  reference: 'CS-1',
  kind: 'complaint',
  procedure: 'statutory',
  received_on: '2025-04-14',
};
const plan = (values: Partial<RowValues>) =>
  planRecord(buildImportRow({ ...statutory, ...values }), rules);

describe('planning an imported record', () => {
  it.each<
    [
      string,
      Partial<RowValues>,
      { status: string; closedOn: string | null; stages: [number, string | null, string | null][] },
    ]
  >([
    // Monday 14 April 2025: Good Friday and Easter Monday fall in the 10 working days.
    [
      'an open statutory complaint',
      {},
      { status: 'open', closedOn: null, stages: [[1, '2025-04-30', null]] },
    ],
    [
      'an extension: due at the 20 day maximum',
      { s1_extended: true },
      { status: 'open', closedOn: null, stages: [[1, '2025-05-15', null]] },
    ],
    [
      'five suspended working days: due five working days later',
      { s1_suspended_days: 5 },
      { status: 'open', closedOn: null, stages: [[1, '2025-05-08', null]] },
    ],
    [
      'a response with the window for stage 2 closed',
      { s1_responded_on: '2025-04-25', s1_outcome: 'upheld' },
      { status: 'closed', closedOn: '2025-04-25', stages: [[1, '2025-04-30', '2025-04-25']] },
    ],
    [
      'a response with the window for stage 2 still open',
      { s1_responded_on: '2025-06-20', s1_outcome: 'upheld' },
      { status: 'responded', closedOn: null, stages: [[1, '2025-04-30', '2025-06-20']] },
    ],
    [
      'a corporate complaint not yet acknowledged: no clock, no due date',
      { procedure: 'corporate' },
      { status: 'open', closedOn: null, stages: [[1, null, null]] },
    ],
    [
      'a withdrawal, which ends the open stage',
      { withdrawn_on: '2025-04-22' },
      { status: 'withdrawn', closedOn: '2025-04-22', stages: [[1, '2025-04-30', '2025-04-22']] },
    ],
    [
      'a complaint not accepted: no stage',
      { procedure: undefined, not_accepted_reason: 'court' },
      { status: 'not_accepted', closedOn: null, stages: [] },
    ],
    [
      'a historic complaint that starts at stage 2',
      { s2_requested_on: '2025-04-14' },
      { status: 'open', closedOn: null, stages: [[2, '2025-05-22', null]] },
    ],
    [
      'stage 2 details without the request date: it starts with the stage 1 response',
      {
        s1_responded_on: '2025-04-25',
        s1_outcome: 'upheld',
        s2_outcome: 'upheld',
        s2_responded_on: '2025-05-30',
      },
      {
        status: 'closed',
        closedOn: '2025-05-30',
        stages: [
          [1, '2025-04-30', '2025-04-25'],
          [2, '2025-06-03', '2025-05-30'],
        ],
      },
    ],
  ])('%s', (_name, values, expected) => {
    const result = plan(values);
    expect({
      status: result.status,
      closedOn: result.closedOn,
      stages: result.stages.map((s) => [s.number, s.due_on, s.ended_on]),
    }).toEqual(expected);
  });

  it('keeps history older than the bank holiday data without a due date', () => {
    expect(plan({ received_on: '2010-05-04' }).stages[0]).toMatchObject({
      limit_days: 10,
      due_on: null,
    });
  });

  it('gives a compliment no stage and closes it, and an enquiry a stage with a deadline', () => {
    const compliment = planRecord(
      buildImportRow({ reference: 'CM-1', kind: 'compliment', received_on: '2025-04-14' }),
      rules,
    );
    expect(compliment).toMatchObject({ status: 'closed', closedOn: '2025-04-14', stages: [] });
    const enquiry = planRecord(
      buildImportRow({ reference: 'EN-1', kind: 'enquiry', received_on: '2025-04-14' }),
      rules,
    );
    expect(enquiry.stages).toMatchObject([
      { procedure: 'enquiry', limit_days: 10, due_on: '2025-04-30' },
    ]);
  });

  it('dates a remedy by the response of the stage that gave it', () => {
    expect(
      plan({
        s1_responded_on: '2025-04-25',
        s1_outcome: 'upheld',
        remedy_amount: 150,
        remedy_stage: '1',
      }).remedy,
    ).toEqual({ stage: '1', amount: 150, agreedOn: '2025-04-25' });
  });

  it('refuses a withdrawal before the stage it would end', () => {
    expect(() =>
      plan({
        s1_responded_on: '2025-04-25',
        s1_outcome: 'upheld',
        s2_requested_on: '2025-05-01',
        withdrawn_on: '2025-04-28',
      }),
    ).toThrow(
      new PlanProblem('withdrawn_on', 'withdrawn_on is before stage 2 started (2025-05-01)'),
    );
  });
});
