import type { Counts } from './counts.ts';

/** A count fit to publish: the number, or `<5` in place of a small one. */
export type PublishedCount = number | `<${number}`;

/**
 * Equalities figures are about few people, so a count from 1 to threshold − 1 is shown as
 * `<threshold` (with the default, 1–4 become `<5`) lest a person be recognised. Zero is shown: it
 * identifies nobody. This is primary suppression only: publish a total beside the figures only when
 * it cannot be used to work a suppressed figure out, e.g. when two or more are suppressed.
 */
export function suppressSmall(counts: Counts, threshold = 5): Record<string, PublishedCount> {
  return Object.fromEntries(
    Object.entries(counts).map(([key, n]) => [key, n > 0 && n < threshold ? `<${threshold}` : n]),
  );
}
