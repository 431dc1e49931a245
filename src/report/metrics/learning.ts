import { countBy, type Counts } from './counts.ts';
import type { ReportRecord } from './input.ts';
import { inRange, type YearRange } from './year.ts';

/** "You said, we did": learning actions agreed in the year. */
export interface LearningSummary {
  readonly total: number;
  readonly byStatus: Counts;
  readonly byCategory: Readonly<
    Record<string, { readonly total: number; readonly byStatus: Counts }>
  >;
}

export function learningSummary(
  records: readonly ReportRecord[],
  year: YearRange,
): LearningSummary {
  const actions = records.flatMap((record) =>
    record.learningActions.filter((action) => inRange(action.agreedOn, year)),
  );
  const categories = [...new Set(actions.map((action) => action.category))].sort();
  return {
    total: actions.length,
    byStatus: countBy(actions.map((action) => action.status)),
    byCategory: Object.fromEntries(
      categories.map((category) => {
        const inCategory = actions.filter((action) => action.category === category);
        return [
          category,
          {
            total: inCategory.length,
            byStatus: countBy(inCategory.map((action) => action.status)),
          },
        ];
      }),
    ),
  };
}
