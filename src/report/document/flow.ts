import type { Flow } from '../metrics/flow.ts';
import { bracketed, period } from './format.ts';
import type { ReportTable } from './model.ts';
import { comparisonTable, type Years } from './tables.ts';

/** How many were received, carried forward, worked on, concluded and still open, beside last year's. */
export function flowTable(
  caption: string,
  current: Flow,
  previous: Flow,
  years: Years,
): ReportTable {
  const row = (label: string, key: keyof Flow) => ({
    label,
    current: current[key],
    previous: previous[key],
  });
  return comparisonTable(
    caption,
    'Measure',
    [
      row('Received in the year', 'received'),
      row('Carried forward from the previous year', 'carriedForward'),
      row('Worked on', 'workedOn'),
      row('Concluded', 'concluded'),
      row('Still open at the end of the year', 'ongoing'),
    ],
    years,
  );
}

/** The reports' opening sentences for anything with a flow: "From April 2020 to March 2021, …". */
export function flowSentences(noun: string, current: Flow, previous: Flow, years: Years): string[] {
  if (current.workedOn === 0 && previous.workedOn === 0) {
    return [`No ${noun} were worked on from ${period(years.current)}, nor in the year before.`];
  }
  const of = (key: keyof Flow) => bracketed(current[key], previous[key]);
  return [
    `From ${period(years.current)}, ${of('workedOn')} ${noun} were worked on.`,
    `Of these, ${of('carriedForward')} were received in the previous year and carried forward into this year. ${of('concluded')} were concluded, so ${of('ongoing')} were still open at the end of the year.`,
  ];
}
