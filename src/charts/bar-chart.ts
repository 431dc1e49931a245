import type { TopLevelSpec } from 'vega-lite';

export interface ChartField {
  field: string;
  title: string;
}

/** GOV.UK colours that keep 3:1 contrast against white and apart from each other. */
export const CHART_COLOURS = {
  blue: '#1d70b8',
  green: '#00703c',
  red: '#d4351c',
  orange: '#f47738',
  purple: '#4c2c92',
} as const;

/**
 * Horizontal bars, one per category, so long labels stay readable; with `series`, the bars are
 * stacked by it in the colours given.
 */
export function barChartSpec(options: {
  category: ChartField;
  value: ChartField;
  series?: ChartField & { domain: readonly string[]; colours: readonly string[] };
  width?: number;
}): TopLevelSpec {
  const { category, value, series } = options;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // The rows are given to renderChart, so the same spec draws any year's figures.
    data: { values: [] },
    width: options.width ?? 480,
    height: { step: 28 },
    mark: { type: 'bar', color: CHART_COLOURS.blue },
    encoding: {
      // Labels are never cut short: the words matter more than the width.
      y: {
        field: category.field,
        type: 'nominal',
        title: category.title,
        sort: null,
        axis: { labelLimit: 0 },
      },
      x: {
        field: value.field,
        type: 'quantitative',
        title: value.title,
        axis: { tickMinStep: 1, format: 'd' },
      },
      ...(series
        ? {
            color: {
              field: series.field,
              type: 'nominal',
              title: series.title,
              scale: { domain: [...series.domain], range: [...series.colours] },
              legend: { orient: 'bottom' },
            },
            order: { field: 'order', type: 'quantitative' },
          }
        : {}),
    },
  };
}
