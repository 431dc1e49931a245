import { CHANNEL_LABELS, CHANNELS } from '../../import/codes.ts';
import { CHART_COLOURS } from '../../charts/bar-chart.ts';
import { ACTIVITY_KEYS, type Activity, type ActivityKey } from '../metrics/activity.ts';
import type { Metrics } from '../metrics/metrics.ts';
import type { Quarter } from '../metrics/quarterly.ts';
import { summarySentence } from '../metrics/summary.ts';
import type { ReportData } from '../report-data.ts';
import { bracketed, formatFigure, period } from './format.ts';
import type { Block, ChartSeries, Figure, ReportChart, ReportTable } from './model.ts';
import { comparisonTable, countRows, yearsTable, type Years, type YearsRow } from './tables.ts';

export const ACTIVITY_LABELS: Record<ActivityKey, string> = {
  compliment: 'Compliments',
  comment: 'Comments and suggestions',
  concern: 'Concerns',
  enquiry: 'General enquiries',
  mp_enquiry: 'MP enquiries',
  councillor_enquiry: 'Councillor enquiries',
  statutory_stage1: 'Stage 1 statutory complaints',
  statutory_stage2: 'Stage 2 statutory complaints',
  statutory_stage3: 'Stage 3 statutory complaints',
  corporate_stage1: 'Stage 1 corporate complaints',
  corporate_stage2: 'Stage 2 corporate complaints',
  corporate_stage3: 'Stage 3 corporate complaints',
  not_accepted: 'Complaints not accepted',
  awaiting_triage: 'Complaints awaiting a decision on the procedure',
  ombudsman: 'Ombudsman enquiries',
  other: 'Other correspondence',
};

/** Six distinct colours, one per year or per kind, each at least 3:1 against white. */
const SERIES_COLOURS = [
  CHART_COLOURS.blue,
  CHART_COLOURS.green,
  CHART_COLOURS.purple,
  CHART_COLOURS.red,
  '#505a5f',
  CHART_COLOURS.orange,
];

/** The kinds that came in at all over the years shown, in the order of the activity list. */
function keysWithActivity(activities: readonly Activity[]): ActivityKey[] {
  return ACTIVITY_KEYS.filter((key) => activities.some((activity) => activity[key] > 0));
}

export function activityBlocks(data: ReportData, years: Years): Block[] {
  const shown = data.activity;
  const keys = keysWithActivity(shown.map((year) => year.activity)).filter(
    (key) => key !== 'other',
  );
  const rows: YearsRow[] = [
    ...keys.map((key) => ({
      label: ACTIVITY_LABELS[key],
      values: shown.map((y) => y.activity[key]),
    })),
    { label: 'Total received (each record counted once)', values: shown.map((y) => y.total) },
  ];
  const labels = shown.map((y) => y.year.label);
  const table = yearsTable(
    `Activity by kind, ${labels[0]} to ${labels.at(-1)}`,
    'Kind',
    shown.map((y) => y.year),
    rows,
  );
  const [current, previous] = [shown.at(-1)!, shown.at(-2)!];
  const other = current.activity.other;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `From ${period(years.current)}, ${summarySentence('compliments, comments, concerns, complaints and enquiries were received in all', current.total, previous.total)}.`,
    },
  ];
  if (other > 0) {
    blocks.push({
      type: 'paragraph',
      text: `In addition, ${bracketed(other, previous.activity.other)} pieces of other correspondence were dealt with, such as resolving professional differences; they are seldom received and are not counted in the totals.`,
    });
  }
  blocks.push({
    type: 'paragraph',
    text: 'Stages 2 and 3 are further work on complaints already counted at stage 1, so the total counts each record once rather than adding up the rows.',
  });
  const chart: ReportChart = {
    title: `Activity by kind, ${labels[0]} to ${labels.at(-1)}`,
    description: `Bar chart of how many of each kind were received in each year from ${labels[0]} to ${labels.at(-1)}. The table after it gives the figures.`,
    categoryTitle: 'Kind',
    valueTitle: 'Received',
    categories: keys.map((key) => ACTIVITY_LABELS[key]),
    series: shown.map((year, index): ChartSeries => ({
      name: year.year.label,
      // The newest year takes the first colour, the strongest.
      colour: SERIES_COLOURS[shown.length - 1 - index]!,
      values: keys.map((key) => year.activity[key]),
    })),
    stacked: false,
  };
  blocks.push(keys.length > 0 ? { type: 'chart', chart, table } : { type: 'table', table });
  blocks.push({
    type: 'table',
    table: comparisonTable(
      'How representations were received',
      'Method of contact',
      countRows(data.channels.current, data.channels.previous, {
        labels: CHANNEL_LABELS,
        order: CHANNELS,
        total: 'Total',
      }),
      years,
    ),
  });
  return blocks;
}

const QUARTERS: readonly { quarter: Quarter; label: string }[] = [
  { quarter: 1, label: 'Q1 (April to June)' },
  { quarter: 2, label: 'Q2 (July to September)' },
  { quarter: 3, label: 'Q3 (October to December)' },
  { quarter: 4, label: 'Q4 (January to March)' },
];

/** The kinds the quarterly chart shows: the ones most received, as report A's Graph 1 does. */
const QUARTERLY_CHART_KEYS: readonly ActivityKey[] = [
  'compliment',
  'concern',
  'enquiry',
  'statutory_stage1',
  'corporate_stage1',
];

export function quarterlyBlocks(data: ReportData, years: Years): Block[] {
  const { current, previous } = data.quarterly;
  const keys = keysWithActivity([...Object.values(current), ...Object.values(previous)]);
  if (keys.length === 0) {
    return [{ type: 'paragraph', text: 'Nothing was received in either year.' }];
  }
  const caption = `Received in each quarter, ${years.current.label} (${years.previous.label} in brackets)`;
  const yearOf = (quarters: typeof current, key: ActivityKey) =>
    QUARTERS.reduce((sum, { quarter }) => sum + quarters[quarter][key], 0);
  const figures: Figure[] = keys.flatMap((key) => [
    ...QUARTERS.map(({ quarter, label }) => ({
      measure: 'Received in each quarter',
      breakdown: `${ACTIVITY_LABELS[key]}: ${label}`,
      current: current[quarter][key],
      previous: previous[quarter][key],
      unit: 'count' as const,
    })),
  ]);
  const table: ReportTable = {
    caption,
    head: ['Kind', ...QUARTERS.map((q) => q.label), 'Year'],
    rows: keys.map((key) => [
      ACTIVITY_LABELS[key],
      ...QUARTERS.map(({ quarter }) => bracketed(current[quarter][key], previous[quarter][key])),
      bracketed(yearOf(current, key), yearOf(previous, key)),
    ]),
    figures,
  };
  const charted = QUARTERLY_CHART_KEYS.filter((key) => keys.includes(key));
  const chart: ReportChart = {
    title: `Received in each quarter of ${years.current.label}`,
    description: `Bar chart of the compliments, concerns, general enquiries and stage 1 complaints received in each quarter of ${years.current.label}. The table after it gives the figures for every kind.`,
    categoryTitle: 'Quarter',
    valueTitle: 'Received',
    categories: QUARTERS.map((q) => q.label),
    series: charted.map((key, index) => ({
      name: ACTIVITY_LABELS[key],
      colour: SERIES_COLOURS[index]!,
      values: QUARTERS.map(({ quarter }) => current[quarter][key]),
    })),
    stacked: false,
  };
  return [
    {
      type: 'paragraph',
      text: 'What was received in each quarter of the year, with the same quarter of the previous year in brackets.',
    },
    charted.length > 0 ? { type: 'chart', chart, table } : { type: 'table', table },
  ];
}

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 100));

export function escalationBlocks(data: ReportData): Block[] {
  const shown = data.escalation;
  const row = (
    label: string,
    value: (m: Metrics) => number | null,
    unit: 'count' | 'percent' = 'count',
  ): YearsRow => ({
    label,
    values: shown.map(({ metrics }) => value(metrics)),
    unit,
  });
  const table = yearsTable(
    `Escalation comparison over time, ${shown[0]!.year.label} to ${shown.at(-1)!.year.label}`,
    'Measure',
    shown.map((y) => y.year),
    [
      row('Stage 1 statutory complaints received', (m) => m.statutory.stage1.received),
      row('Stage 2 statutory complaints received', (m) => m.statutory.stage2.received),
      row('Stage 3 statutory complaints received', (m) => m.statutory.stage3.received),
      row('Stage 1 corporate complaints received', (m) => m.corporate.stage1.received),
      row('Stage 2 corporate complaints received', (m) => m.corporate.stage2.received),
      row('Ombudsman enquiries received', (m) => m.ombudsman.received),
      row(
        'Statutory stage 1 complaints concluded that went on to stage 2',
        (m) => percent(m.escalation.statutoryStage1To2),
        'percent',
      ),
      row(
        'Corporate stage 1 complaints concluded that went on to stage 2',
        (m) => percent(m.escalation.corporateStage1To2),
        'percent',
      ),
    ],
  );
  const blocks: Block[] = [];
  const { stage1 } = data.report.current.statutory;
  const before = data.report.previous.statutory.stage1;
  const rate = percent(data.report.current.escalation.statutoryStage1To2);
  const previousRate = percent(data.report.previous.escalation.statutoryStage1To2);
  if (rate !== null) {
    const then = previousRate === null ? '' : ` (${formatFigure(previousRate, 'percent')})`;
    blocks.push({
      type: 'paragraph',
      text: `The escalation rate from statutory stage 1 to stage 2 was ${formatFigure(rate, 'percent')}${then}: ${bracketed(stage1.escalated, before.escalated)} of the ${bracketed(stage1.concluded, before.concluded)} stage 1 complaints concluded this year went on to stage 2.`,
    });
  }
  blocks.push({ type: 'table', table });
  return blocks;
}
