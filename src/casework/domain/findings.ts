import type { Outcome } from '../../import/codes.ts';

export const FINDINGS = ['upheld', 'partially_upheld', 'not_upheld', 'not_determined'] as const;
export type Finding = (typeof FINDINGS)[number];

/**
 * A stage 2 outcome follows from its points: all upheld is upheld, none upheld is not upheld,
 * anything between is partially upheld. Points with no finding are left out; with none found at
 * all, the stage is not determined.
 */
export function outcomeFromFindings(findings: readonly (Finding | null)[]): Outcome {
  const found = findings.filter(
    (f): f is Exclude<Finding, 'not_determined'> => f !== null && f !== 'not_determined',
  );
  if (found.length === 0) return 'not_determined';
  if (found.every((f) => f === 'upheld')) return 'upheld';
  if (found.every((f) => f === 'not_upheld')) return 'not_upheld';
  return 'partially_upheld';
}
