import {
  CIRCUMSTANCE_LABELS,
  CIRCUMSTANCES,
  OUTCOME_LABELS,
  OUTCOMES,
  ROLE_LABELS,
  ROLES,
} from '../../import/codes.ts';
import { CHART_COLOURS } from '../../charts/bar-chart.ts';
import type { StageMetrics } from '../metrics/stage-metrics.ts';
import type { ReportData, Timescale } from '../report-data.ts';
import { bracketed, percentOf } from './format.ts';
import { flowSentences, flowTable } from './flow.ts';
import type { Block } from './model.ts';
import {
  comparisonTable,
  countRows,
  paragraphs,
  tableOrNone,
  type Comparison,
  type Years,
} from './tables.ts';

export interface StagePart {
  procedure: 'statutory' | 'corporate';
  stage: 1 | 2 | 3;
  /** The level of the headings within the part. */
  level: 3 | 4;
}

/** "Stage 1 statutory complaints" */
export function stageName({ procedure, stage }: Pick<StagePart, 'procedure' | 'stage'>): string {
  return `Stage ${stage} ${procedure} complaints`;
}

const withPercent = (part: number, whole: number, of: string) => {
  const percent = percentOf(part, whole);
  return percent === null ? '' : `, ${percent}% of ${of}`;
};

/** The bands the reports put response times in: within 10, 11 to 20 and over 20 working days. */
export function bandLabels({
  limit,
  maximum,
}: Timescale): Record<keyof StageMetrics['timeliness'], string> {
  if (limit === null) {
    return {
      withinLimit: 'By the date set',
      withinMaximum: '',
      beyondMaximum: 'After the date set',
    };
  }
  if (maximum === null) {
    return {
      withinLimit: `Within ${limit} working days`,
      withinMaximum: '',
      beyondMaximum: `Over ${limit} working days`,
    };
  }
  return {
    withinLimit: `Within ${limit} working days`,
    withinMaximum: `${limit + 1} to ${maximum} working days`,
    beyondMaximum: `Over ${maximum} working days`,
  };
}

function outcomeBlocks(
  name: string,
  c: StageMetrics,
  p: StageMetrics,
  years: Years,
  chart: boolean,
): Block[] {
  const rows = countRows(c.byOutcome, p.byOutcome, {
    labels: OUTCOME_LABELS,
    order: OUTCOMES,
    total: 'Total concluded',
  });
  const table = comparisonTable(`${name}: outcomes`, 'Outcome', rows, years);
  const intro: Block = {
    type: 'paragraph',
    text: `Of the ${bracketed(c.concluded, p.concluded)} complaints concluded this year:`,
  };
  if (!chart) return [intro, { type: 'table', table }];
  const shown = rows.slice(0, -1);
  return [
    intro,
    {
      type: 'chart',
      chart: {
        title: `${name}: outcomes, ${years.current.label} and ${years.previous.label}`,
        description: `Bar chart of the outcomes of ${name.toLowerCase()} concluded in ${years.current.label}, beside ${years.previous.label}. The table after it gives the figures.`,
        categoryTitle: 'Outcome',
        valueTitle: 'Complaints concluded',
        categories: shown.map((row) => row.label),
        series: [
          {
            name: years.current.label,
            colour: CHART_COLOURS.blue,
            values: shown.map((r) => r.current ?? 0),
          },
          {
            name: years.previous.label,
            colour: CHART_COLOURS.purple,
            values: shown.map((r) => r.previous ?? 0),
          },
        ],
        stacked: false,
      },
      table,
    },
  ];
}

function timelinessBlocks(
  name: string,
  c: StageMetrics,
  p: StageMetrics,
  years: Years,
  timescale: Timescale,
): Block[] {
  const labels = bandLabels(timescale);
  const bands = (['withinLimit', 'withinMaximum', 'beyondMaximum'] as const).filter(
    (band) => labels[band] !== '',
  );
  const table = comparisonTable(
    `${name}: response times`,
    'Response time',
    bands.map((band) => ({
      label: labels[band],
      current: c.timeliness[band],
      previous: p.timeliness[band],
    })),
    years,
  );
  const colours = {
    withinLimit: CHART_COLOURS.green,
    withinMaximum: CHART_COLOURS.blue,
    beyondMaximum: CHART_COLOURS.red,
  };
  const { limit, maximum } = timescale;
  const sentences: string[] = [];
  if (limit !== null && maximum !== null) {
    sentences.push(
      `${bracketed(c.extended, p.extended)} responses were extended from the initial ${limit}-working-day timescale to a ${maximum}-working-day maximum${withPercent(c.extended, c.concluded, 'those concluded')}.`,
      `${bracketed(c.late, p.late)} were responded to outside the timescale in force (whether ${limit} or ${maximum} working days)${withPercent(c.late, c.concluded, 'those concluded')}.`,
    );
  } else {
    sentences.push(
      `${bracketed(c.late, p.late)} were responded to outside the timescale${withPercent(c.late, c.concluded, 'those concluded')}.`,
    );
  }
  return [
    {
      type: 'chart',
      chart: {
        title: `${name}: response times, ${years.current.label} and ${years.previous.label}`,
        description: `Stacked bar chart of how long the responses to ${name.toLowerCase()} concluded in each year took, in working days. The table after it gives the figures.`,
        categoryTitle: 'Year',
        valueTitle: 'Complaints concluded',
        categories: [years.current.label, years.previous.label],
        series: bands.map((band) => ({
          name: labels[band],
          colour: colours[band],
          values: [c.timeliness[band], p.timeliness[band]],
        })),
        stacked: true,
      },
      table,
    },
    ...paragraphs(sentences),
  ];
}

function otherMeasures(
  part: StagePart,
  name: string,
  c: StageMetrics,
  p: StageMetrics,
  years: Years,
) {
  const next = part.stage === 1 ? 'stage 2' : 'the next stage or to the Ombudsman';
  const rows: Comparison[] = [
    { label: 'Extended', current: c.extended, previous: p.extended },
    { label: 'Responded to late', current: c.late, previous: p.late },
    { label: 'Reopened with further concerns', current: c.reopened, previous: p.reopened },
    { label: `Went on to ${next}`, current: c.escalated, previous: p.escalated },
    {
      label: 'From a repeat complainant',
      current: c.repeatComplainants,
      previous: p.repeatComplainants,
    },
    { label: 'Advocate involved', current: c.advocate, previous: p.advocate },
    {
      label: 'Manager phoned or met the complainant first',
      current: c.managerContacted,
      previous: p.managerContacted,
    },
  ];
  const sentences = [
    `${bracketed(c.reopened, p.reopened)} complainants returned with further concerns and the complaint was reopened${withPercent(c.reopened, c.concluded, 'those concluded')}.`,
    `${bracketed(c.escalated, p.escalated)} of the complaints concluded went on to ${next}${withPercent(c.escalated, c.concluded, 'those concluded')}.`,
    `Out of the ${bracketed(c.received, p.received)} complaints received this year, ${bracketed(c.repeatComplainants, p.repeatComplainants)} were made by complainants who had made at least one complaint before${withPercent(c.repeatComplainants, c.received, 'those received')}.`,
    `Advocates were involved in ${bracketed(c.advocate, p.advocate)} of the complaints received.`,
    `In ${bracketed(c.managerContacted, p.managerContacted)} of the complaints received, the responding manager phoned or met the complainant before responding${withPercent(c.managerContacted, c.received, 'those received')}.`,
  ];
  return [
    { type: 'table', table: comparisonTable(`${name}: other measures`, 'Measure', rows, years) },
    ...paragraphs(sentences),
  ] satisfies Block[];
}

function breakdownBlocks(
  name: string,
  c: StageMetrics,
  p: StageMetrics,
  years: Years,
  level: 3 | 4,
): Block[] {
  const heading = (text: string): Block => ({ type: 'heading', level, text });
  const table = (what: string, rowHeading: string, rows: Comparison[]) =>
    tableOrNone(comparisonTable(`${name}: ${what}`, rowHeading, rows, years), 'None recorded.');
  const themed = Object.keys(c.byTheme).length + Object.keys(p.byTheme).length > 0;
  return [
    heading('Who complained'),
    ...table(
      'who complained',
      'Complainant',
      countRows(c.byRole, p.byRole, { labels: ROLE_LABELS, order: ROLES }),
    ),
    heading("Children's circumstances"),
    ...table(
      "children's circumstances",
      'Circumstance',
      countRows(c.byChildCircumstance, p.byChildCircumstance, {
        labels: CIRCUMSTANCE_LABELS,
        order: CIRCUMSTANCES,
      }),
    ),
    heading('Teams and service areas'),
    ...table('teams', 'Team', countRows(c.byTeam, p.byTeam)),
    ...table('service areas', 'Service area', countRows(c.byServiceArea, p.byServiceArea)),
    heading('Themes'),
    ...(themed
      ? [
          {
            type: 'paragraph',
            text: 'A complaint with several themes counts under each of them.',
          } satisfies Block,
        ]
      : []),
    ...table('themes', 'Theme', countRows(c.byTheme, p.byTheme)),
  ];
}

/** Every figure of one stage of one procedure, in the order report A sets them out. */
export function stageBlocks(data: ReportData, years: Years, part: StagePart): Block[] {
  const c = data.report.current[part.procedure][`stage${part.stage}`];
  const p = data.report.previous[part.procedure][`stage${part.stage}`];
  const name = stageName(part);
  const noun = name.charAt(0).toLowerCase() + name.slice(1);
  const opening = paragraphs(flowSentences(noun, c, p, years));
  if (c.workedOn === 0 && p.workedOn === 0) return opening;
  const heading = (text: string): Block => ({ type: 'heading', level: part.level, text });
  return [
    ...opening,
    { type: 'table', table: flowTable(`${name} worked on`, c, p, years) },
    ...(c.concluded + p.concluded > 0
      ? [
          heading('Outcomes'),
          ...outcomeBlocks(name, c, p, years, part.stage === 1),
          heading('Response times'),
          ...timelinessBlocks(name, c, p, years, data.timescales[part.procedure][part.stage]),
        ]
      : [{ type: 'paragraph', text: 'None were concluded in either year.' } satisfies Block]),
    heading('Reopened, repeat and escalated complaints'),
    ...otherMeasures(part, name, c, p, years),
    ...(c.received + p.received > 0
      ? breakdownBlocks(name, c, p, years, part.level)
      : [
          {
            type: 'paragraph',
            text: 'None were received in either year, so there is no breakdown of who complained or what about.',
          } satisfies Block,
        ]),
  ];
}
