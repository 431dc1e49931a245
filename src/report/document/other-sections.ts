import {
  CIRCUMSTANCE_LABELS,
  CIRCUMSTANCES,
  COMPLIMENT_FROM,
  COMPLIMENT_FROM_LABELS,
  NOT_ACCEPTED_REASON_LABELS,
  NOT_ACCEPTED_REASONS,
  ROLE_LABELS,
  ROLES,
} from '../../import/codes.ts';
import {
  LEARNING_CATEGORIES,
  LEARNING_CATEGORY_LABELS,
  LEARNING_STATUS_LABELS,
  LEARNING_STATUSES,
} from '../../learning/codes.ts';
import { sumByKey, type Counts } from '../metrics/counts.ts';
import { ombudsmanDecisions } from '../metrics/ombudsman.ts';
import { suppressSmall } from '../metrics/suppress.ts';
import { summarySentence } from '../metrics/summary.ts';
import type { FeaturedCompliment } from '../featured.ts';
import type { ReportData } from '../report-data.ts';
import { bracketed, changePhrase, labelFor, period } from './format.ts';
import { flowSentences, flowTable } from './flow.ts';
import type { Block, ReportTable } from './model.ts';
import {
  comparisonTable,
  countRows,
  paragraphs,
  tableOrNone,
  yearsTable,
  type Years,
} from './tables.ts';

/** "Foster carer said of the Fostering Support Team", as report A introduces each compliment. */
export function saidOf(compliment: FeaturedCompliment): string {
  const from = compliment.from ? labelFor(COMPLIMENT_FROM_LABELS, compliment.from) : 'Someone';
  const about = compliment.subject ?? compliment.team;
  return about ? `${from} said of ${about}` : `${from} said`;
}

export function complimentsBlocks(data: ReportData, years: Years): Block[] {
  const c = data.report.current.compliments;
  const p = data.report.previous.compliments;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `In the period from ${period(years.current)}, ${summarySentence('compliments were received', c.received, p.received)}.`,
    },
    ...tableOrNone(
      comparisonTable(
        'Compliments by who sent them',
        'From',
        countRows(c.byFrom, p.byFrom, {
          labels: COMPLIMENT_FROM_LABELS,
          order: COMPLIMENT_FROM,
          total: 'Total',
        }),
        years,
      ),
      'No compliments were received in either year.',
    ),
  ];
  if (c.received + p.received > 0) {
    blocks.push({
      type: 'table',
      table: comparisonTable('Compliments by team', 'Team', countRows(c.byTeam, p.byTeam), years),
    });
  }
  blocks.push({ type: 'heading', level: 3, text: 'Examples of compliments' });
  if (data.compliments.length === 0) {
    blocks.push({ type: 'paragraph', text: 'No compliments have been chosen to feature yet.' });
    return blocks;
  }
  blocks.push({
    type: 'paragraph',
    text: 'They have been anonymised, both for the children and families concerned and for the members of staff praised, and are shared with the consent of the people who sent them.',
  });
  for (const compliment of data.compliments) {
    blocks.push({ type: 'quote', lead: `${saidOf(compliment)}:`, text: compliment.text });
  }
  return blocks;
}

export function enquiriesBlocks(data: ReportData, years: Years): Block[] {
  const c = data.report.current;
  const p = data.report.previous;
  const part = (
    title: string,
    noun: string,
    key: 'concerns' | 'enquiries' | 'mpEnquiries' | 'councillorEnquiries',
  ): Block[] => [
    { type: 'heading', level: 3, text: title },
    ...paragraphs(flowSentences(noun, c[key], p[key], years)),
    ...(c[key].workedOn + p[key].workedOn > 0
      ? [
          {
            type: 'table',
            table: flowTable(`${title} worked on`, c[key], p[key], years),
          } satisfies Block,
        ]
      : []),
  ];
  return [
    {
      type: 'paragraph',
      text: 'Concerns are resolved locally without a formal complaint. MP and councillor enquiries are answered in the expectation that they will be shared with the constituent; they are not counted as complaints.',
    },
    ...part('Concerns', 'concerns', 'concerns'),
    ...part('General enquiries', 'general enquiries', 'enquiries'),
    ...part('MP enquiries', 'MP enquiries', 'mpEnquiries'),
    ...part('Councillor enquiries', 'councillor enquiries', 'councillorEnquiries'),
  ];
}

export function notAcceptedBlocks(data: ReportData): Block[] {
  const shown = data.notAccepted;
  // Every reason given in any of the years, in the order of the reasons' list.
  const reasons = countRows(
    sumByKey(shown.flatMap((year) => Object.entries(year.byReason))),
    {},
    { labels: NOT_ACCEPTED_REASON_LABELS, order: NOT_ACCEPTED_REASONS },
  );
  const table = yearsTable(
    `Complaints not accepted, by reason, ${shown[0]!.year.label} to ${shown.at(-1)!.year.label}`,
    'Reason',
    shown.map((year) => year.year),
    [
      ...reasons.map(({ key, label }) => ({
        label,
        values: shown.map((year) => year.byReason[key!] ?? 0),
      })),
      { label: 'Total', values: shown.map((year) => year.total) },
    ],
  );
  const [current, previous] = [shown.at(-1)!, shown.at(-2)!];
  return [
    {
      type: 'paragraph',
      text: `${summarySentence('complaints were not accepted under the complaints procedures', current.total, previous.total)}. The complainant is told why, and what other process may be open to them.`,
    },
    ...(reasons.length > 0 ? [{ type: 'table', table } satisfies Block] : []),
  ];
}

const DECISION_GROUPS = [
  'referred_back',
  'closed_after_initial_enquiries',
  'incomplete_invalid',
  'not_upheld',
  'upheld',
  'withdrawn',
];
const DECISION_LABELS: Record<string, string> = {
  referred_back: 'Referred back to the council for local resolution',
  closed_after_initial_enquiries: 'Closed after initial enquiries',
  incomplete_invalid: 'Incomplete or invalid',
  not_upheld: 'Not upheld',
  upheld: 'Upheld: fault found',
  withdrawn: 'Withdrawn',
};

export function ombudsmanBlocks(data: ReportData, years: Years): Block[] {
  const c = data.report.current.ombudsman;
  const p = data.report.previous.ombudsman;
  const blocks: Block[] = paragraphs(
    flowSentences('Local Government and Social Care Ombudsman enquiries', c, p, years),
  );
  if (c.workedOn + p.workedOn === 0) return blocks;
  blocks.push({ type: 'table', table: flowTable('Ombudsman enquiries worked on', c, p, years) });
  blocks.push(
    ...tableOrNone(
      comparisonTable(
        'Decisions of the Ombudsman',
        'Decision',
        countRows(ombudsmanDecisions(c.byOutcome), ombudsmanDecisions(p.byOutcome), {
          labels: DECISION_LABELS,
          order: DECISION_GROUPS,
          total: 'Total decided',
        }),
        years,
      ),
      'The Ombudsman decided none in either year.',
    ),
  );
  return blocks;
}

export function remediesBlocks(data: ReportData): Block[] {
  const shown = data.money;
  const [current, previous] = [shown.at(-1)!, shown.at(-2)!];
  const table = yearsTable(
    `Cost of complaints, ${shown[0]!.year.label} to ${shown.at(-1)!.year.label}`,
    'Cost',
    shown.map((year) => year.year),
    [
      {
        label: 'Financial remedies agreed',
        values: shown.map((y) => y.financialTotal),
        unit: 'pounds',
      },
      { label: 'Cases with a financial remedy', values: shown.map((y) => y.financialCases) },
      {
        label: 'Independent investigations',
        values: shown.map((y) => y.investigationCosts),
        unit: 'pounds',
      },
      { label: 'Review panels', values: shown.map((y) => y.panelCosts), unit: 'pounds' },
    ],
  );
  const costs = (y: typeof current) => y.investigationCosts + y.panelCosts;
  return [
    {
      type: 'paragraph',
      text: `${bracketed(current.financialTotal, previous.financialTotal, 'pounds')} was agreed in financial remedies${changePhrase(current.financialTotal, previous.financialTotal)}, in ${bracketed(current.financialCases, previous.financialCases)} cases. Remedy payments follow the Ombudsman's guidance on remedies.`,
    },
    {
      type: 'paragraph',
      text: `Independent investigations and review panels cost ${bracketed(costs(current), costs(previous), 'pounds')}${changePhrase(costs(current), costs(previous))}.`,
    },
    { type: 'table', table },
  ];
}

export function learningBlocks(data: ReportData, years: Years): Block[] {
  const { current, previous } = data.learning;
  const completed = (counts: Counts) => counts.completed ?? 0;
  const byCategory = (summary: typeof current): Counts =>
    Object.fromEntries(
      Object.entries(summary.byCategory).map(([key, value]) => [key, value.total]),
    );
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `${summarySentence('learning actions were agreed from complaints, concerns and enquiries', current.total, previous.total)}. ${bracketed(completed(current.byStatus), completed(previous.byStatus))} of them have been done.`,
    },
  ];
  if (current.total + previous.total > 0) {
    blocks.push(
      {
        type: 'table',
        table: comparisonTable(
          'Learning actions by category',
          'Category',
          countRows(byCategory(current), byCategory(previous), {
            labels: LEARNING_CATEGORY_LABELS,
            order: LEARNING_CATEGORIES,
            total: 'Total',
          }),
          years,
        ),
      },
      {
        type: 'table',
        table: comparisonTable(
          'Learning actions by progress',
          'Progress',
          countRows(current.byStatus, previous.byStatus, {
            labels: LEARNING_STATUS_LABELS,
            order: LEARNING_STATUSES,
          }),
          years,
        ),
      },
    );
  }
  blocks.push({ type: 'heading', level: 3, text: 'You said, we did' });
  if (data.improvements.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: 'No service improvements have been chosen to feature yet.',
    });
    return blocks;
  }
  const table: ReportTable = {
    caption: 'Service improvements: you said, we did',
    head: ['You said', 'We did', 'Category', 'Progress'],
    rows: data.improvements.map((improvement) => [
      improvement.learning,
      improvement.action,
      labelFor(LEARNING_CATEGORY_LABELS, improvement.category),
      labelFor(LEARNING_STATUS_LABELS, improvement.status),
    ]),
    figures: [],
  };
  blocks.push({ type: 'table', table });
  return blocks;
}

/** Small counts suppressed, and no change column: a change would give the suppressed figure away. */
function suppressedTable(
  caption: string,
  rowHeading: string,
  current: Counts,
  previous: Counts,
  labels: Readonly<Record<string, string>>,
  order: readonly string[],
  years: Years,
): ReportTable {
  const shownNow = suppressSmall(current);
  const shownThen = suppressSmall(previous);
  const rows = countRows(current, previous, { labels, order }).map(({ key, label }) => ({
    label,
    current: shownNow[key!] ?? 0,
    previous: shownThen[key!] ?? 0,
  }));
  return {
    caption,
    head: [rowHeading, years.current.label, years.previous.label],
    rows: rows.map((row) => [row.label, row.current, row.previous]),
    figures: rows.map((row) => ({
      measure: caption,
      breakdown: row.label,
      current: row.current,
      previous: row.previous,
      unit: 'count',
    })),
  };
}

export function equalitiesBlocks(data: ReportData, years: Years): Block[] {
  const stage1 = (m: typeof data.report.current, key: 'byRole' | 'byChildCircumstance') =>
    sumByKey([
      ...Object.entries(m.statutory.stage1[key]),
      ...Object.entries(m.corporate.stage1[key]),
    ]);
  const c = data.report.current;
  const p = data.report.previous;
  return [
    {
      type: 'paragraph',
      text: 'Who made the stage 1 complaints received, statutory and corporate together, and the circumstances of the children concerned. So that nobody can be recognised, a count from 1 to 4 is shown as <5, and no totals are given.',
    },
    ...tableOrNone(
      suppressedTable(
        'Complaints by who complained',
        'Complainant',
        stage1(c, 'byRole'),
        stage1(p, 'byRole'),
        ROLE_LABELS,
        ROLES,
        years,
      ),
      'No complaints were received in either year.',
    ),
    ...tableOrNone(
      suppressedTable(
        "Complaints by the children's circumstances",
        'Circumstance',
        stage1(c, 'byChildCircumstance'),
        stage1(p, 'byChildCircumstance'),
        CIRCUMSTANCE_LABELS,
        CIRCUMSTANCES,
        years,
      ),
      'No complaints were received in either year.',
    ),
  ];
}
