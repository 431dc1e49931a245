/** Figures keyed by a code or a name, keys sorted so that equal figures serialise identically. */
export type Counts = Record<string, number>;

/** The key for a value that was not recorded, so that broken-down figures still add up. */
export const NOT_RECORDED = 'not_recorded';

/** Adds up the figures given under each key. */
export function sumByKey(figures: Iterable<readonly [string, number]>): Counts {
  const tally = new Map<string, number>();
  for (const [key, n] of figures) tally.set(key, (tally.get(key) ?? 0) + n);
  return Object.fromEntries([...tally].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function countBy(keys: readonly string[]): Counts {
  return sumByKey(keys.map((key) => [key, 1]));
}
