import { describe, expect, it } from 'vitest';
import { shippedBankHolidays } from '../calendar/bank-holidays.ts';
import { createCalendar } from '../calendar/calendar.ts';
import { dueDate } from './deadlines.ts';
import { defaultProcedures } from './defaults.ts';
import {
  applyOverrides,
  ProcedureConfigError,
  resolveProcedures,
  validateProcedures,
} from './overrides.ts';
import type { ProcedureSet, StageDefinition } from './types.ts';

const defaults = defaultProcedures();

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProcedureConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ProcedureConfigError');
}

describe('applyOverrides', () => {
  it('returns the defaults when there are no overrides', () => {
    expect(applyOverrides(defaults, undefined)).toEqual(defaults);
    expect(applyOverrides(defaults, {})).toEqual(defaults);
  });

  it('changes only what it names', () => {
    const set = applyOverrides(defaults, {
      procedures: {
        statutory: { acknowledgement: { limit: 2 }, stages: { '2': { limit: 20 } } },
        corporate: { stages: { '3': { enabled: true } }, nextStageWindow: null },
      },
      complaintTimeLimitMonths: 6,
    });
    expect(set.procedures.statutory.acknowledgement?.limit).toBe(2);
    expect(set.procedures.statutory.stages[1]).toMatchObject({ stage: 2, limit: 20, maximum: 65 });
    expect(set.procedures.statutory.stages[0]).toEqual(defaults.procedures.statutory.stages[0]);
    expect(set.procedures.corporate.stages[2]?.enabled).toBe(true);
    expect(set.procedures.corporate.nextStageWindow).toBeNull();
    expect(set.complaintTimeLimitMonths).toBe(6);
    expect(defaults.procedures.statutory.acknowledgement?.limit).toBe(5);
  });

  it('changes a step within a stage', () => {
    const set = applyOverrides(defaults, {
      procedures: { statutory: { stages: { '3': { steps: { panel_report: { limit: 10 } } } } } },
    });
    expect(set.procedures.statutory.stages[2]?.steps[0]).toMatchObject({
      key: 'panel_report',
      limit: 10,
      clockStart: 'panel',
    });
  });

  it('adds a new stage when told when its clock starts and its limit', () => {
    const set = applyOverrides(defaults, {
      procedures: {
        corporate: {
          stages: { '4': { clockStart: 'request', limit: 15, name: 'Chief executive' } },
        },
      },
    });
    expect(set.procedures.corporate.stages.map((s) => s.stage)).toEqual([1, 2, 3, 4]);
    expect(set.procedures.corporate.stages[3]).toEqual<StageDefinition>({
      stage: 4,
      name: 'Chief executive',
      clockStart: 'request',
      limit: 15,
      maximum: null,
      enabled: true,
      steps: [],
    });
  });

  it('changes the computed due date', () => {
    const calendar = createCalendar({
      nation: 'england-and-wales',
      holidays: shippedBankHolidays(),
    });
    const stage1 = (set: ProcedureSet) => set.procedures.statutory.stages[0]!;
    expect(dueDate(calendar, '2020-12-21', stage1(defaults))).toBe('2021-01-07');
    const set = applyOverrides(defaults, {
      procedures: { statutory: { stages: { '1': { limit: 15 } } } },
    });
    expect(dueDate(calendar, '2020-12-21', stage1(set))).toBe('2021-01-14');
  });

  it('reports overrides of the wrong shape, saying where', () => {
    expect(
      problemsOf(() =>
        applyOverrides(defaults, {
          procedures: {
            statutory: { stages: { '1': { limt: 10 }, two: { limit: 3 } } },
            complaint: {},
            corporate: { stages: { '1': { limit: 7.5, clockStart: 'whenever' } } },
          },
        }),
      ),
    ).toEqual(
      expect.arrayContaining([
        'Procedure overrides at procedures.statutory.stages.1: Unrecognized key: "limt"',
        expect.stringMatching(
          /^Procedure overrides at procedures.statutory.stages.two: .*stage number/,
        ),
        'Procedure overrides at procedures: Unrecognized key: "complaint"',
        'Procedure overrides at procedures.corporate.stages.1.limit: must be a whole number of working days',
        expect.stringMatching(/^Procedure overrides at procedures.corporate.stages.1.clockStart: /),
      ]),
    );
    expect(problemsOf(() => applyOverrides(defaults, 'statutory: 10'))).toEqual([
      'Procedure overrides: Invalid input: expected object, received string',
    ]);
  });

  it('reports a new stage or step without a clock start and limit', () => {
    expect(
      problemsOf(() =>
        applyOverrides(defaults, {
          procedures: {
            concern: { stages: { '2': { limit: 5 } } },
            statutory: { stages: { '3': { steps: { appeal: { clockStart: 'panel' } } } } },
            ombudsman: { acknowledgement: { limit: 3 } },
          },
        }),
      ),
    ).toEqual([
      'Procedure "statutory" stage 3 step "appeal" is new, so it needs both a clockStart and a limit',
      'Procedure "concern" stage 2 is new, so it needs both a clockStart and a limit',
      'Procedure "ombudsman" acknowledgement is new, so it needs both a clockStart and a limit',
    ]);
  });
});

describe('validateProcedures', () => {
  const withOverrides = (overrides: unknown) =>
    validateProcedures(applyOverrides(defaults, overrides));

  it('finds a limit above its maximum', () => {
    expect(
      withOverrides({ procedures: { statutory: { stages: { '2': { limit: 70 } } } } }),
    ).toEqual(['Procedure "statutory" stage 2: limit 70 is above its maximum 65']);
  });

  it('finds limits and maximums that are not positive', () => {
    expect(
      withOverrides({
        procedures: {
          corporate: { stages: { '1': { limit: 0 } }, acknowledgement: { limit: -2 } },
          enquiry: { stages: { '1': { maximum: 0 } } },
        },
      }),
    ).toEqual([
      'Procedure "corporate" stage 1: limit must be a whole number of working days, 1 or more, not 0',
      'Procedure "corporate" acknowledgement: limit must be a whole number of working days, 1 or more, not -2',
      'Procedure "enquiry" stage 1: maximum must be a whole number of working days, 1 or more, not 0',
    ]);
  });

  it('finds stage numbers with a gap', () => {
    expect(
      withOverrides({
        procedures: { concern: { stages: { '3': { clockStart: 'receipt', limit: 5 } } } },
      }),
    ).toEqual([
      'Procedure "concern": stages must be numbered 1, 2, 3 and so on without gaps or repeats; found 1, 3',
    ]);
  });

  it('finds a missing stage', () => {
    const set = defaultProcedures();
    const statutory = set.procedures.statutory;
    const broken: ProcedureSet = {
      ...set,
      procedures: {
        ...set.procedures,
        statutory: { ...statutory, stages: statutory.stages.filter((s) => s.stage !== 2) },
      },
    };
    expect(validateProcedures(broken)).toEqual(['Procedure "statutory" stage 2 is missing']);
  });

  it('finds stages turned off out of order', () => {
    expect(
      withOverrides({
        procedures: {
          statutory: { stages: { '2': { enabled: false } } },
          corporate: { stages: { '4': { clockStart: 'request', limit: 5 } } },
        },
      }),
    ).toEqual([
      'Procedure "statutory" stage 2 cannot be turned off',
      'Procedure "corporate" stage 4 is turned on but stage 3 is off',
    ]);
  });

  it('finds limits left open where a fixed one is needed', () => {
    expect(
      withOverrides({
        procedures: {
          concern: { stages: { '1': { limit: null } } },
          enquiry: { stages: { '1': { limit: null } } },
          ombudsman: { stages: { '1': { limit: null } } },
        },
      }),
    ).toEqual([
      'Procedure "concern" stage 1: needs a limit (only Ombudsman enquiries have their deadline set case by case)',
      'Procedure "enquiry" stage 1: needs a limit (only Ombudsman enquiries have their deadline set case by case)',
      'Procedure "enquiry" stage 1: has a maximum of 20 but no limit',
    ]);
  });

  it('finds a time limit for complaints that is not whole months', () => {
    expect(withOverrides({ complaintTimeLimitMonths: 0 })).toEqual([
      'The time limit for making a complaint must be a whole number of months, 1 or more, not 0',
    ]);
  });
});

describe('resolveProcedures', () => {
  it('returns the checked set', () => {
    const set = resolveProcedures({ procedures: { statutory: { acknowledgement: { limit: 3 } } } });
    expect(set.procedures.statutory.acknowledgement?.limit).toBe(3);
  });

  it('refuses to start with a message listing every problem', () => {
    expect(() =>
      resolveProcedures({ procedures: { statutory: { stages: { '2': { limit: 70 } } } } }),
    ).toThrow(
      'The procedure timescales are not valid:\n- Procedure "statutory" stage 2: limit 70 is above its maximum 65',
    );
  });
});
