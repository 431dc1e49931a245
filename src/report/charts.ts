import type { TopLevelSpec } from 'vega-lite';
import { renderChart } from '../charts/render-chart.ts';
import type { ReportChart } from './document/model.ts';

/**
 * Horizontal bars, one per category so long labels stay readable: the series side by side
 * (years, say) or stacked (response-time bands), coloured as the model says.
 */
export function chartSpec(chart: ReportChart): TopLevelSpec {
  const names = chart.series.map((series) => series.name);
  const grouped = !chart.stacked && chart.series.length > 1;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 480,
    height: grouped ? { step: 12, for: 'offset' } : { step: 28 },
    mark: { type: 'bar' },
    encoding: {
      y: {
        field: 'category',
        type: 'nominal',
        title: chart.categoryTitle,
        sort: chart.categories,
        axis: { labelLimit: 0 },
      },
      x: {
        field: 'value',
        type: 'quantitative',
        title: chart.valueTitle,
        axis: { tickMinStep: 1, format: 'd' },
        ...(chart.stacked ? {} : { stack: null }),
      },
      color: {
        field: 'series',
        type: 'nominal',
        title: null,
        scale: { domain: names, range: chart.series.map((series) => series.colour) },
        // Long names (response-time bands) one to a line, short ones (years) across.
        legend:
          chart.series.length > 1
            ? { orient: 'bottom', labelLimit: 0, columns: names.some((n) => n.length > 12) ? 1 : 3 }
            : null,
      },
      ...(grouped ? { yOffset: { field: 'series', type: 'nominal', sort: names } } : {}),
      order: { field: 'order', type: 'quantitative' },
    },
  } as TopLevelSpec;
}

/** The chart's data as Vega-Lite reads it: one row per bar. */
export function chartRows(chart: ReportChart): Record<string, unknown>[] {
  return chart.series.flatMap((series, order) =>
    chart.categories.map((category, index) => ({
      category,
      series: series.name,
      value: series.values[index] ?? 0,
      order,
    })),
  );
}

/** The chart as an SVG image named by its title and described for screen readers. */
export function renderReportChart(chart: ReportChart): Promise<string> {
  return renderChart(chartSpec(chart), chartRows(chart), {
    title: chart.title,
    description: chart.description,
  });
}
