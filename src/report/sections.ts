/**
 * The sections of the annual report, in the order DESIGN §4 lists them and with the headings the
 * published reports use. Each has a commentary box the officer writes, kept with the year, and a
 * `short` name of at most 31 characters for its sheet in the spreadsheet.
 */
export const SECTIONS = [
  { key: 'summary', title: 'Executive summary', short: 'Executive summary' },
  { key: 'context', title: 'Context', short: 'Context' },
  { key: 'activity', title: 'Summary of activity', short: 'Activity' },
  { key: 'compliments', title: 'Compliments', short: 'Compliments' },
  { key: 'enquiries', title: 'Concerns and enquiries', short: 'Concerns and enquiries' },
  { key: 'not-accepted', title: 'Complaints not accepted', short: 'Not accepted' },
  { key: 'statutory-stage-1', title: 'Stage 1 statutory complaints', short: 'Statutory stage 1' },
  { key: 'statutory-stage-2', title: 'Stage 2 statutory complaints', short: 'Statutory stage 2' },
  { key: 'statutory-stage-3', title: 'Stage 3 statutory complaints', short: 'Statutory stage 3' },
  { key: 'corporate', title: 'Corporate complaints', short: 'Corporate' },
  { key: 'ombudsman', title: 'Local Government and Social Care Ombudsman', short: 'Ombudsman' },
  { key: 'escalation', title: 'Escalation comparison over time', short: 'Escalation' },
  { key: 'remedies', title: 'Remedies and costs', short: 'Remedies and costs' },
  { key: 'learning', title: 'Learning and service improvements', short: 'Learning' },
  { key: 'quarterly', title: 'Quarterly breakdown', short: 'Quarterly' },
  { key: 'equalities', title: 'Equalities information', short: 'Equalities' },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];

export function isSectionKey(value: string): value is SectionKey {
  return SECTIONS.some((section) => section.key === value);
}

export function sectionTitle(key: SectionKey): string {
  return SECTIONS.find((section) => section.key === key)!.title;
}
