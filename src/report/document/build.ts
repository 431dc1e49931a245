import type { ReportData } from '../report-data.ts';
import { SECTIONS, type SectionKey } from '../sections.ts';
import { activityBlocks, escalationBlocks, quarterlyBlocks } from './activity-sections.ts';
import { period } from './format.ts';
import type { Block, ReportDocument } from './model.ts';
import {
  complimentsBlocks,
  enquiriesBlocks,
  equalitiesBlocks,
  learningBlocks,
  notAcceptedBlocks,
  ombudsmanBlocks,
  remediesBlocks,
} from './other-sections.ts';
import { stageBlocks, stageName, type StagePart } from './stage-section.ts';
import { contextBlocks, summaryBlocks } from './summary-section.ts';
import type { Years } from './tables.ts';

type Builder = (data: ReportData, years: Years) => Block[];

const statutory =
  (stage: 1 | 2 | 3): Builder =>
  (data, years) =>
    stageBlocks(data, years, { procedure: 'statutory', stage, level: 3 });

function corporate(data: ReportData, years: Years): Block[] {
  return ([1, 2, 3] as const).flatMap((stage) => {
    const part: StagePart = { procedure: 'corporate', stage, level: 4 };
    return [
      { type: 'heading', level: 3, text: stageName(part) } satisfies Block,
      ...stageBlocks(data, years, part),
    ];
  });
}

const BUILDERS: Record<SectionKey, Builder> = {
  summary: summaryBlocks,
  context: contextBlocks,
  activity: activityBlocks,
  compliments: complimentsBlocks,
  enquiries: enquiriesBlocks,
  'not-accepted': notAcceptedBlocks,
  'statutory-stage-1': statutory(1),
  'statutory-stage-2': statutory(2),
  'statutory-stage-3': statutory(3),
  corporate,
  ombudsman: ombudsmanBlocks,
  escalation: escalationBlocks,
  remedies: remediesBlocks,
  learning: learningBlocks,
  quarterly: quarterlyBlocks,
  equalities: equalitiesBlocks,
};

/** The whole report as a document, every section in order with the officer's commentary. */
export function buildReportDocument(data: ReportData): ReportDocument {
  const years: Years = { current: data.report.year, previous: data.previousYear };
  return {
    organisation: data.report.organisation,
    title: `Children's services complaints annual report ${years.current.label}`,
    year: years.current,
    previousYear: years.previous,
    bracketsNote: `Figures in brackets are for the previous year: ${period(years.previous)}.`,
    sections: SECTIONS.map(({ key, title, short }) => ({
      key,
      title,
      short,
      blocks: BUILDERS[key](data, years),
      commentary: data.edits.commentary[key] ?? '',
    })),
  };
}
