import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View } from 'vega';

export interface ChartText {
  /** Read out as the chart's name; also its SVG title. */
  title: string;
  /** What the chart shows, in a sentence; the table after it carries the numbers. */
  description: string;
}

const GOVUK_FONT = '"GDS Transport", arial, sans-serif';

const escapeXml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/**
 * Renders a Vega-Lite chart to an SVG string on the server: no browser and no script in the page.
 * The chart is one image to assistive technology, named by its title and described, with Vega's
 * own mark-level roles taken out so they do not compete with that.
 */
export async function renderChart(
  spec: TopLevelSpec,
  data: readonly Record<string, unknown>[],
  text: ChartText,
): Promise<string> {
  const full = {
    ...spec,
    data: { values: data.map((row) => ({ ...row })) },
    config: {
      font: GOVUK_FONT,
      aria: false,
      view: { stroke: null },
      axis: { labelFontSize: 14, titleFontSize: 14, labelColor: '#0b0c0c', titleColor: '#0b0c0c' },
      legend: {
        labelFontSize: 14,
        titleFontSize: 14,
        labelColor: '#0b0c0c',
        titleColor: '#0b0c0c',
      },
      ...('config' in spec ? spec.config : {}),
    },
  } as TopLevelSpec;
  const view = new View(parse(compile(full).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg
      .replace(/ (role|aria-roledescription)="[^"]*"/g, '')
      .replace(
        /^<svg([^>]*?) width="[^"]*" height="[^"]*"([^>]*)>/,
        `<svg$1$2 role="img" aria-label="${escapeXml(text.title)}"><title>${escapeXml(text.title)}</title><desc>${escapeXml(text.description)}</desc>`,
      );
  } finally {
    view.finalize();
  }
}
