import { renderChart } from '../charts/render-chart.ts';
import { barChartSpec, CHART_COLOURS } from '../charts/bar-chart.ts';
import type { OpenCount, TimelinessRow } from './dashboard.ts';

export const openLabel = (row: OpenCount) => `${row.kind}: ${row.stage}`;

/** The dashboard's two charts as SVG; null where there is nothing to draw. */
export async function dashboardCharts(
  open: readonly OpenCount[],
  timeliness: readonly TimelinessRow[],
  yearLabel: string,
) {
  const openChart = open.length
    ? await renderChart(
        barChartSpec({
          category: { field: 'item', title: 'Kind and stage' },
          value: { field: 'count', title: 'Open' },
        }),
        open.map((row) => ({ item: openLabel(row), count: row.count })),
        {
          title: 'Open items by kind and stage',
          description:
            'Bar chart of how many records are open, by kind and stage. The table below gives the numbers.',
        },
      )
    : null;
  const timelinessChart = timeliness.length
    ? await renderChart(
        barChartSpec({
          category: { field: 'stage', title: 'Procedure and stage' },
          value: { field: 'count', title: 'Responses' },
          series: {
            field: 'timing',
            title: 'Response',
            domain: ['On time', 'Late'],
            colours: [CHART_COLOURS.green, CHART_COLOURS.red],
          },
        }),
        timeliness.flatMap((row) => [
          { stage: row.label, timing: 'On time', count: row.onTime, order: 0 },
          { stage: row.label, timing: 'Late', count: row.late, order: 1 },
        ]),
        {
          title: `Responses on time in ${yearLabel}`,
          description: `Stacked bar chart of responses on time and late in ${yearLabel}, by procedure and stage. The table below gives the numbers.`,
        },
      )
    : null;
  return { openChart, timelinessChart };
}
