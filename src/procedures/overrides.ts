import { z } from 'zod';
import { defaultProcedures } from './defaults.ts';
import {
  CLOCK_STARTS,
  PROCEDURE_CODES,
  type ProcedureCode,
  type ProcedureDefinition,
  type ProcedureSet,
  type StageDefinition,
  type StepDefinition,
  type Timescale,
} from './types.ts';

// An organisation's overrides name only what differs from the defaults, for example
//   { "procedures": { "statutory": { "acknowledgement": { "limit": 2 },
//                                    "stages": { "1": { "limit": 10, "maximum": 20 } } },
//                     "corporate": { "stages": { "3": { "enabled": true } } } } }
// Objects are strict so that a misspelt key is reported rather than silently ignored.

const days = z.number().int({ error: 'must be a whole number of working days' });

const timescaleOverride = z.strictObject({
  clockStart: z.enum(CLOCK_STARTS).optional(),
  limit: days.nullable().optional(),
  maximum: days.nullable().optional(),
});

const stepOverride = timescaleOverride.extend({ name: z.string().min(1).optional() });

const stageOverride = timescaleOverride.extend({
  name: z.string().min(1).optional(),
  enabled: z.boolean().optional(),
  steps: z.record(z.string().min(1), stepOverride).optional(),
});

const procedureOverride = z.strictObject({
  name: z.string().min(1).optional(),
  stages: z
    .record(
      z.string().regex(/^[1-9][0-9]*$/, { error: 'stages are keyed by stage number, such as "1"' }),
      stageOverride,
    )
    .optional(),
  // null removes the timescale altogether.
  acknowledgement: timescaleOverride.nullable().optional(),
  nextStageWindow: timescaleOverride.nullable().optional(),
});

const procedureOverridesSchema = z.strictObject({
  procedures: z.partialRecord(z.enum(PROCEDURE_CODES), procedureOverride).optional(),
  complaintTimeLimitMonths: z.number().optional(),
});

export type ProcedureOverrides = z.infer<typeof procedureOverridesSchema>;
type TimescaleOverride = z.infer<typeof timescaleOverride>;

export class ProcedureConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The procedure timescales are not valid:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ProcedureConfigError';
    this.problems = problems;
  }
}

const orElse = <T>(value: T | undefined, fallback: T): T =>
  value === undefined ? fallback : value;

/**
 * Lays an organisation's overrides over the defaults, returning a new set. Throws a
 * ProcedureConfigError when the overrides are not in the expected shape, or add a stage, step or
 * timescale without saying when its clock starts and what its limit is. Whether the result makes
 * sense (limits within maximums and so on) is validateProcedures' job.
 */
export function applyOverrides(defaults: ProcedureSet, overrides: unknown): ProcedureSet {
  const parsed = procedureOverridesSchema.safeParse(overrides ?? {});
  if (!parsed.success) {
    throw new ProcedureConfigError(
      parsed.error.issues.map((issue) => {
        const where = issue.path.map(String).join('.');
        // A bad record key's own message ("Invalid key in record") hides the helpful one inside.
        const message =
          issue.code === 'invalid_key'
            ? issue.issues.map((inner) => inner.message).join('; ')
            : issue.message;
        return `Procedure overrides${where === '' ? '' : ` at ${where}`}: ${message}`;
      }),
    );
  }
  const data = parsed.data;
  const problems: string[] = [];

  function timescale<T extends Timescale>(
    label: string,
    base: T | undefined,
    change: TimescaleOverride,
    create: (timescale: Timescale) => T,
  ): T {
    if (base !== undefined) {
      return {
        ...base,
        clockStart: orElse(change.clockStart, base.clockStart),
        limit: orElse(change.limit, base.limit),
        maximum: orElse(change.maximum, base.maximum),
      };
    }
    if (change.clockStart === undefined || change.limit === undefined) {
      problems.push(`${label} is new, so it needs both a clockStart and a limit`);
    }
    return create({
      clockStart: orElse(change.clockStart, 'receipt'),
      limit: orElse(change.limit, null),
      maximum: orElse(change.maximum, null),
    });
  }

  function procedure(code: ProcedureCode, base: ProcedureDefinition): ProcedureDefinition {
    const change = data.procedures?.[code];
    if (change === undefined) return base;
    const label = `Procedure "${code}"`;

    const stages = new Map<number, StageDefinition>(base.stages.map((s) => [s.stage, s]));
    for (const [key, stageChange] of Object.entries(change.stages ?? {})) {
      const number = Number(key);
      const stageLabel = `${label} stage ${number}`;
      const existing = stages.get(number);
      const merged = timescale(stageLabel, existing, stageChange, (t) => ({
        ...t,
        stage: number,
        name: `Stage ${number}`,
        enabled: true,
        steps: [],
      }));
      const steps = new Map<string, StepDefinition>(merged.steps.map((s) => [s.key, s]));
      for (const [stepKey, stepChange] of Object.entries(stageChange.steps ?? {})) {
        const step = timescale(
          `${stageLabel} step "${stepKey}"`,
          steps.get(stepKey),
          stepChange,
          (t) => ({
            ...t,
            key: stepKey,
            name: stepKey,
          }),
        );
        steps.set(stepKey, { ...step, name: orElse(stepChange.name, step.name) });
      }
      stages.set(number, {
        ...merged,
        name: orElse(stageChange.name, merged.name),
        enabled: orElse(stageChange.enabled, merged.enabled),
        steps: [...steps.values()],
      });
    }

    const optionalTimescale = (
      what: string,
      current: Timescale | null,
      next: TimescaleOverride | null | undefined,
    ): Timescale | null => {
      if (next === undefined) return current;
      if (next === null) return null;
      return timescale(`${label} ${what}`, current ?? undefined, next, (t) => t);
    };

    return {
      ...base,
      name: orElse(change.name, base.name),
      stages: [...stages.values()].sort((a, b) => a.stage - b.stage),
      acknowledgement: optionalTimescale(
        'acknowledgement',
        base.acknowledgement,
        change.acknowledgement,
      ),
      nextStageWindow: optionalTimescale(
        'next-stage window',
        base.nextStageWindow,
        change.nextStageWindow,
      ),
    };
  }

  const procedures = Object.fromEntries(
    PROCEDURE_CODES.map((code) => [code, procedure(code, defaults.procedures[code])]),
  ) as Record<ProcedureCode, ProcedureDefinition>;
  if (problems.length > 0) throw new ProcedureConfigError(problems);
  return {
    procedures,
    complaintTimeLimitMonths: orElse(
      data.complaintTimeLimitMonths,
      defaults.complaintTimeLimitMonths,
    ),
  };
}

/** The stages each procedure must have, in order: the Regulations fix statutory's three. */
const REQUIRED_STAGES: Record<ProcedureCode, number> = {
  statutory: 3,
  corporate: 2,
  concern: 1,
  enquiry: 1,
  mp_enquiry: 1,
  councillor_enquiry: 1,
  comment: 1,
  ombudsman: 1,
  compliment: 0,
  other: 0,
};

const isWholeDays = (n: number): boolean => Number.isInteger(n) && n >= 1;

/**
 * Everything wrong with a procedure set, as sentences an administrator can act on, such as
 * `Procedure "statutory" stage 2: limit 70 is above its maximum 65`. Empty when the set is sound.
 */
export function validateProcedures(set: ProcedureSet): string[] {
  const problems: string[] = [];

  function checkTimescale(label: string, t: Timescale, limitMayBeOpen: boolean): void {
    if (t.limit === null) {
      if (!limitMayBeOpen) {
        problems.push(
          `${label}: needs a limit (only Ombudsman enquiries have their deadline set case by case)`,
        );
      }
    } else if (!isWholeDays(t.limit)) {
      problems.push(
        `${label}: limit must be a whole number of working days, 1 or more, not ${t.limit}`,
      );
    }
    if (t.maximum !== null) {
      if (!isWholeDays(t.maximum)) {
        problems.push(
          `${label}: maximum must be a whole number of working days, 1 or more, not ${t.maximum}`,
        );
      } else if (t.limit === null) {
        problems.push(`${label}: has a maximum of ${t.maximum} but no limit`);
      } else if (t.limit > t.maximum) {
        problems.push(`${label}: limit ${t.limit} is above its maximum ${t.maximum}`);
      }
    }
  }

  for (const code of PROCEDURE_CODES) {
    const procedure = set.procedures[code] as ProcedureDefinition | undefined;
    const label = `Procedure "${code}"`;
    if (procedure === undefined) {
      problems.push(`${label} is missing`);
      continue;
    }

    const numbers = procedure.stages.map((s) => s.stage).sort((a, b) => a - b);
    const missing: number[] = [];
    for (let n = 1; n <= REQUIRED_STAGES[code]; n++) if (!numbers.includes(n)) missing.push(n);
    for (const n of missing) problems.push(`${label} stage ${n} is missing`);
    if (missing.length === 0 && numbers.some((n, i) => n !== i + 1)) {
      problems.push(
        `${label}: stages must be numbered 1, 2, 3 and so on without gaps or repeats; found ${numbers.join(', ')}`,
      );
    }

    let previous: StageDefinition | undefined;
    for (const stage of [...procedure.stages].sort((a, b) => a.stage - b.stage)) {
      const stageLabel = `${label} stage ${stage.stage}`;
      if (!stage.enabled && stage.stage <= REQUIRED_STAGES[code]) {
        problems.push(`${stageLabel} cannot be turned off`);
      } else if (
        stage.enabled &&
        previous?.enabled === false &&
        // A required stage turned off has been reported already.
        previous.stage > REQUIRED_STAGES[code]
      ) {
        problems.push(`${stageLabel} is turned on but stage ${previous.stage} is off`);
      }
      previous = stage;
      checkTimescale(stageLabel, stage, code === 'ombudsman');
      for (const step of stage.steps) {
        checkTimescale(`${stageLabel} step "${step.key}"`, step, false);
      }
    }
    if (procedure.acknowledgement !== null) {
      checkTimescale(`${label} acknowledgement`, procedure.acknowledgement, false);
    }
    if (procedure.nextStageWindow !== null) {
      checkTimescale(`${label} next-stage window`, procedure.nextStageWindow, false);
    }
  }

  if (!isWholeDays(set.complaintTimeLimitMonths)) {
    problems.push(
      `The time limit for making a complaint must be a whole number of months, 1 or more, not ${set.complaintTimeLimitMonths}`,
    );
  }
  return problems;
}

/**
 * The procedures an organisation runs with: the defaults with its overrides applied, checked.
 * Throws a ProcedureConfigError listing every problem, so the app can refuse to start.
 */
export function resolveProcedures(
  overrides: unknown,
  defaults: ProcedureSet = defaultProcedures(),
): ProcedureSet {
  const set = applyOverrides(defaults, overrides);
  const problems = validateProcedures(set);
  if (problems.length > 0) throw new ProcedureConfigError(problems);
  return set;
}
