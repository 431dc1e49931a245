import type { ReportRecord } from './input.ts';
import { inRange, perYear, type YearRange } from './year.ts';

/** Financial remedies agreed in the year. */
export interface RemedyTotals {
  /** Pounds. */
  readonly financialTotal: number;
  /** Records with at least one financial remedy agreed in the year. */
  readonly financialCases: number;
}

/** Independent investigation and review panel fees incurred in the year, in pounds. */
export interface CostTotals {
  readonly investigationCosts: number;
  readonly panelCosts: number;
}

export function remedyTotals(records: readonly ReportRecord[], year: YearRange): RemedyTotals {
  const amounts = records.map((record) =>
    record.remedies
      .filter((remedy) => remedy.kind === 'financial' && inRange(remedy.agreedOn, year))
      .map((remedy) => remedy.amount ?? 0),
  );
  return {
    financialTotal: sumPounds(amounts.flat()),
    financialCases: amounts.filter((paid) => paid.length > 0).length,
  };
}

export function costTotals(records: readonly ReportRecord[], year: YearRange): CostTotals {
  const costs = records.flatMap((record) =>
    record.costs.filter((cost) => inRange(cost.incurredOn, year)),
  );
  const of = (kind: 'investigation' | 'panel') =>
    sumPounds(costs.filter((cost) => cost.kind === kind).map((cost) => cost.amount));
  return { investigationCosts: of('investigation'), panelCosts: of('panel') };
}

/** Remedies and costs over several years; `years` are starting years (2020 = 2020/21). */
export function remediesAndCostsByYear(records: readonly ReportRecord[], years: readonly number[]) {
  return perYear(years, (year) => ({
    ...remedyTotals(records, year),
    ...costTotals(records, year),
  }));
}

// Summed in pence so that pounds and pence add up exactly (0.1 + 0.2 is not 0.3 in floating point).
function sumPounds(amounts: readonly number[]): number {
  return amounts.reduce((pence, amount) => pence + Math.round(amount * 100), 0) / 100;
}
