import { compareFigures } from '../metrics/compare.ts';
import type { Flow } from '../metrics/flow.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { summarySentence } from '../metrics/summary.ts';
import type { ReportData } from '../report-data.ts';
import type { ReportContext } from '../schema.ts';
import { bracketed, changePhrase, formatFigure } from './format.ts';
import type { Block } from './model.ts';
import { comparisonTable, type Comparison, type Years } from './tables.ts';

type Item = { direction: '↑' | '↓' | '↔'; text: string };

const item = (current: number, previous: number, text: string): Item => ({
  direction: compareFigures(current, previous).direction,
  text,
});

/** "8 (8) stage 2 statutory complaints were worked on, no change. Of these, …" as report A puts it. */
function workedOn(noun: string, c: Flow, p: Flow): Item {
  return item(
    c.workedOn,
    p.workedOn,
    `${summarySentence(`${noun} were worked on`, c.workedOn, p.workedOn)}. Of these, ${bracketed(c.carriedForward, p.carriedForward)} were received in the previous year and ${bracketed(c.ongoing, p.ongoing)} were still open at the end of this year.`,
  );
}

function received(noun: string, c: Flow, p: Flow): Item {
  return item(
    c.received,
    p.received,
    `${summarySentence(`${noun} were received`, c.received, p.received)}. ${bracketed(c.ongoing, p.ongoing)} were still open at the end of the year, to be responded to in the next.`,
  );
}

const escalationPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 100));

/** The executive summary: one generated sentence per headline figure, led by its direction. */
export function summaryBlocks(data: ReportData): Block[] {
  const c: Metrics = data.report.current;
  const p: Metrics = data.report.previous;
  const enquiries = (m: Metrics) =>
    m.enquiries.received + m.mpEnquiries.received + m.councillorEnquiries.received;
  const stage1 = (m: Metrics) => m.statutory.stage1.received + m.corporate.stage1.received;
  const items: Item[] = [
    item(
      c.compliments.received,
      p.compliments.received,
      `${summarySentence('compliments were received', c.compliments.received, p.compliments.received)}.`,
    ),
    item(
      c.concerns.received,
      p.concerns.received,
      `${summarySentence('concerns were received and resolved without a formal complaint', c.concerns.received, p.concerns.received)}.`,
    ),
    item(
      enquiries(c),
      enquiries(p),
      `${summarySentence('enquiries were received in all', enquiries(c), enquiries(p))}: ${bracketed(c.enquiries.received, p.enquiries.received)} general enquiries, ${bracketed(c.councillorEnquiries.received, p.councillorEnquiries.received)} councillor enquiries and ${bracketed(c.mpEnquiries.received, p.mpEnquiries.received)} MP enquiries.`,
    ),
    received('statutory stage 1 complaints', c.statutory.stage1, p.statutory.stage1),
    received('corporate stage 1 complaints', c.corporate.stage1, p.corporate.stage1),
    workedOn('statutory stage 2 complaints', c.statutory.stage2, p.statutory.stage2),
    workedOn('corporate stage 2 complaints', c.corporate.stage2, p.corporate.stage2),
    workedOn('statutory stage 3 complaints', c.statutory.stage3, p.statutory.stage3),
    workedOn('corporate stage 3 complaints', c.corporate.stage3, p.corporate.stage3),
    workedOn('Local Government and Social Care Ombudsman enquiries', c.ombudsman, p.ombudsman),
    item(
      c.notAccepted.total,
      p.notAccepted.total,
      `${summarySentence('complaints were not accepted under the complaints procedures', c.notAccepted.total, p.notAccepted.total)}.`,
    ),
    item(
      c.remedies.financialTotal,
      p.remedies.financialTotal,
      `${bracketed(c.remedies.financialTotal, p.remedies.financialTotal, 'pounds')} was agreed in financial remedies${changePhrase(c.remedies.financialTotal, p.remedies.financialTotal)}, in ${bracketed(c.remedies.financialCases, p.remedies.financialCases)} cases.`,
    ),
  ];
  const rate = escalationPercent(c.escalation.statutoryStage1To2);
  const previousRate = escalationPercent(p.escalation.statutoryStage1To2);
  if (rate !== null && previousRate !== null) {
    items.push(
      item(
        rate,
        previousRate,
        `${formatFigure(rate, 'percent')} (${formatFigure(previousRate, 'percent')}) of the statutory stage 1 complaints concluded went on to stage 2.`,
      ),
    );
  }
  return [
    { type: 'summary', items },
    {
      type: 'paragraph',
      text: `In all, ${summarySentence('statutory and corporate stage 1 complaints were received', stage1(c), stage1(p))}.`,
    },
  ];
}

/**
 * Representations in the Children Act's sense, "representations (including complaints)": the
 * statutory complaints and the concerns received in the year.
 */
const representations = (m: Metrics) => m.statutory.stage1.received + m.concerns.received;

const per100 = (count: number, openCases: number | null) =>
  openCases ? Math.round((count * 1000) / openCases) / 10 : null;

/** The officer's figures about the council's children, and representations as a rate of open cases. */
export function contextBlocks(data: ReportData, years: Years): Block[] {
  const c: ReportContext = data.edits.context;
  const p: ReportContext = data.previousContext;
  const repsNow = representations(data.report.current);
  const repsThen = representations(data.report.previous);
  const rows: Comparison[] = [
    {
      label: 'Children in the area (population aged 0 to 17)',
      current: c.childrenPopulation,
      previous: p.childrenPopulation,
    },
    {
      label: "Children open to children's social care (open cases)",
      current: c.openCases,
      previous: p.openCases,
    },
    {
      label: 'Looked-after children',
      current: c.lookedAfterChildren,
      previous: p.lookedAfterChildren,
    },
    {
      label: 'Representations received (statutory complaints and concerns)',
      current: repsNow,
      previous: repsThen,
    },
    {
      label: 'Representations per 100 open cases',
      current: per100(repsNow, c.openCases),
      previous: per100(repsThen, p.openCases),
      unit: 'rate',
    },
  ];
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: "The numbers of children are entered by the complaints team from the council's own figures; the rest come from the records.",
    },
  ];
  const rate = per100(repsNow, c.openCases);
  if (rate !== null && c.openCases !== null) {
    const previousRate = per100(repsThen, p.openCases);
    blocks.push({
      type: 'paragraph',
      text: `${formatFigure(c.openCases, 'count')} children were open to children's social care. ${formatFigure(repsNow, 'count')} representations were received, ${formatFigure(rate, 'rate')}${previousRate === null ? '' : ` (${formatFigure(previousRate, 'rate')})`} for every 100 open cases.`,
    });
  }
  blocks.push({
    type: 'table',
    table: comparisonTable("Children's services context", 'Measure', rows, years),
  });
  return blocks;
}
