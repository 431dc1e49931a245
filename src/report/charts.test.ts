import { describe, expect, it } from 'vitest';
import { chartRows, chartSpec, renderReportChart } from './charts.ts';
import type { ReportChart } from './document/model.ts';

const chart = (stacked: boolean): ReportChart => ({
  title: 'Response times',
  description: 'How long responses took.',
  categoryTitle: 'Year',
  valueTitle: 'Complaints',
  categories: ['2020/21', '2019/20'],
  series: [
    { name: 'Within 10 working days', colour: '#00703c', values: [5, 7] },
    { name: 'Over 20 working days', colour: '#d4351c', values: [2, 1] },
  ],
  stacked,
});

describe('report charts', () => {
  it('sets series side by side, or stacked', () => {
    const grouped = chartSpec(chart(false)) as { encoding: Record<string, unknown> };
    expect(grouped.encoding).toHaveProperty('yOffset');
    const stacked = chartSpec(chart(true)) as { encoding: Record<string, unknown> };
    expect(stacked.encoding).not.toHaveProperty('yOffset');
  });

  it('gives one row per bar', () => {
    expect(chartRows(chart(true))).toEqual([
      { category: '2020/21', series: 'Within 10 working days', value: 5, order: 0 },
      { category: '2019/20', series: 'Within 10 working days', value: 7, order: 0 },
      { category: '2020/21', series: 'Over 20 working days', value: 2, order: 1 },
      { category: '2019/20', series: 'Over 20 working days', value: 1, order: 1 },
    ]);
  });

  it('draws an SVG image named by its title, in the colours given, labels in full', async () => {
    const svg = await renderReportChart(chart(true));
    expect(svg).toMatch(/^<svg[^>]* role="img" aria-label="Response times">/);
    expect(svg).toContain('<desc>How long responses took.</desc>');
    expect(svg).toContain('fill="#00703c"');
    expect(svg).toContain('fill="#d4351c"');
    expect(svg).toContain('>Within 10 working days</text>');
  });
});
