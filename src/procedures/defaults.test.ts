import { describe, expect, it } from 'vitest';
import { defaultProcedures } from './defaults.ts';
import { validateProcedures } from './overrides.ts';
import { PROCEDURE_CODES, type ClockStart, type ProcedureCode } from './types.ts';

const { procedures, complaintTimeLimitMonths } = defaultProcedures();

describe('the default timescales (DESIGN §3)', () => {
  it.each<[ProcedureCode, number, ClockStart, number | null, number | null, boolean]>([
    ['statutory', 1, 'receipt', 10, 20, true],
    ['statutory', 2, 'request', 25, 65, true],
    ['statutory', 3, 'request', 30, null, true],
    ['corporate', 1, 'acknowledgement', 10, 20, true],
    ['corporate', 2, 'acknowledgement', 20, 40, true],
    ['corporate', 3, 'acknowledgement', 20, 40, false],
    ['concern', 1, 'receipt', 5, null, true],
    ['enquiry', 1, 'receipt', 10, 20, true],
    ['mp_enquiry', 1, 'receipt', 10, 20, true],
    ['councillor_enquiry', 1, 'receipt', 10, 20, true],
    ['comment', 1, 'receipt', 10, 20, true],
    ['ombudsman', 1, 'receipt', null, null, true],
  ])(
    '%s stage %i: from %s, limit %s, maximum %s, on: %s',
    (code, number, clockStart, limit, maximum, enabled) => {
      const stage = procedures[code].stages.find((s) => s.stage === number);
      expect(stage).toMatchObject({ clockStart, limit, maximum, enabled });
    },
  );

  it('gives statutory stage 3 its panel report and response deadlines', () => {
    expect(procedures.statutory.stages[2]?.steps).toEqual([
      { key: 'panel_report', name: 'Panel report', clockStart: 'panel', limit: 5, maximum: null },
      {
        key: 'authority_response',
        name: 'Authority’s response',
        clockStart: 'panel_report',
        limit: 15,
        maximum: null,
      },
    ]);
  });

  it('acknowledges complaints within 5 working days and gives 20 to ask for the next stage', () => {
    for (const code of ['statutory', 'corporate'] as const) {
      expect(procedures[code].acknowledgement).toEqual({
        clockStart: 'receipt',
        limit: 5,
        maximum: null,
      });
      expect(procedures[code].nextStageWindow).toEqual({
        clockStart: 'response',
        limit: 20,
        maximum: null,
      });
    }
    expect(procedures.concern.acknowledgement).toBeNull();
  });

  it('sets no deadline for compliments and other correspondence', () => {
    expect(procedures.compliment.stages).toEqual([]);
    expect(procedures.other.stages).toEqual([]);
  });

  it('allows 12 months to make a complaint', () => {
    expect(complaintTimeLimitMonths).toBe(12);
  });

  it('covers every procedure and passes validation', () => {
    expect(Object.keys(procedures).sort()).toEqual([...PROCEDURE_CODES].sort());
    expect(validateProcedures(defaultProcedures())).toEqual([]);
  });

  it('hands out a fresh copy each time', () => {
    const mine = defaultProcedures();
    (mine.procedures.statutory.stages[0] as { limit: number }).limit = 99;
    expect(defaultProcedures().procedures.statutory.stages[0]?.limit).toBe(10);
  });
});
