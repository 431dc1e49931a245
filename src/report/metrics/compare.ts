/** A figure beside the previous year's, as every figure in the report is shown. */
export interface Comparison {
  readonly current: number;
  readonly previous: number;
  /** Whole-number percentage change; null when the previous figure is 0 (no percentage of nothing). */
  readonly changePercent: number | null;
  /** From the figures themselves, so 1001 against 1000 is ↑ although it rounds to 0%. */
  readonly direction: '↑' | '↓' | '↔';
}

export function compareFigures(current: number, previous: number): Comparison {
  return {
    current,
    previous,
    changePercent:
      previous === 0 ? null : roundHalfAwayFromZero(((current - previous) * 100) / previous),
    direction: current > previous ? '↑' : current < previous ? '↓' : '↔',
  };
}

// Math.round would take -12.5 to -12 but 12.5 to 13; a fall must round like the same rise.
function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}
