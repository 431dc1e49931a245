import { describe, expect, it } from 'vitest';
import { renderChart } from './render-chart.ts';
import { barChartSpec, CHART_COLOURS } from './bar-chart.ts';

describe('rendering a chart to SVG on the server', () => {
  it('draws one bar per row, as one named image with its description', async () => {
    const svg = await renderChart(
      barChartSpec({
        category: { field: 'kind', title: 'Kind' },
        value: { field: 'count', title: 'Open' },
      }),
      [
        { kind: 'Complaint', count: 4 },
        { kind: 'MP enquiry', count: 2 },
        { kind: 'Concern <local>', count: 1 },
        { kind: 'Statutory complaint: responded at stage 2', count: 1 },
      ],
      { title: 'Open items by kind', description: 'Complaints & enquiries "open" today' },
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/^<svg[^>]* role="img" aria-label="Open items by kind">/);
    expect(svg).toContain('<title>Open items by kind</title>');
    expect(svg).toContain('<desc>Complaints &amp; enquiries &quot;open&quot; today</desc>');
    expect(svg).not.toMatch(/^<svg[^>]* width=/);
    expect(svg).toContain('viewBox=');
    expect(svg).not.toContain('graphics-');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('>MP enquiry</text>');
    expect(svg).toContain('Concern &lt;local&gt;');
    expect(svg).toContain('>Statutory complaint: responded at stage 2</text>');
    const bars = svg.match(new RegExp(`fill="${CHART_COLOURS.blue}"`, 'g')) ?? [];
    expect(bars).toHaveLength(4);
  });

  it('stacks series in the colours given, with a legend', async () => {
    const svg = await renderChart(
      barChartSpec({
        category: { field: 'stage', title: 'Stage' },
        value: { field: 'count', title: 'Responses' },
        series: {
          field: 'timing',
          title: 'Timing',
          domain: ['On time', 'Late'],
          colours: [CHART_COLOURS.green, CHART_COLOURS.red],
        },
      }),
      [
        { stage: 'Statutory stage 1', timing: 'On time', count: 8, order: 0 },
        { stage: 'Statutory stage 1', timing: 'Late', count: 2, order: 1 },
      ],
      { title: 'Responses on time', description: 'On time and late responses by stage' },
    );
    expect(svg).toContain(`fill="${CHART_COLOURS.green}"`);
    expect(svg).toContain(`fill="${CHART_COLOURS.red}"`);
    expect(svg).toContain('>On time</text>');
    expect(svg).toContain('>Late</text>');
  });
});
