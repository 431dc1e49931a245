import { formatMonth } from '../../records/format.ts';
import { compareFigures } from '../metrics/compare.ts';
import { NOT_RECORDED } from '../metrics/counts.ts';
import { summarySentence } from '../metrics/summary.ts';
import type { ReportYear } from '../metrics/year.ts';
import type { Unit } from './model.ts';

/** "April 2020 to March 2021", as the reports name the year. */
export function period(year: ReportYear): string {
  return `${formatMonth(year.start.slice(0, 7))} to ${formatMonth(year.end.slice(0, 7))}`;
}

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
});
const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A figure as the report writes it: 1,234; £41,055 or £250.50; 40%; 4.7 per 100. */
export function formatFigure(value: number, unit: Unit): string {
  switch (unit) {
    case 'count':
      return whole.format(value);
    case 'pounds':
      return (Number.isInteger(value) ? pounds : poundsAndPence).format(value);
    case 'percent':
      return `${whole.format(value)}%`;
    case 'rate':
      return oneDecimal.format(value);
  }
}

/** The whole-number percentage `part` is of `whole`; null when there is no whole. */
export function percentOf(part: number, total: number): number | null {
  return total === 0 ? null : Math.round((part * 100) / total);
}

/**
 * The change column: "↓ 31%", "↑ new" when last year had none, "↔ 0%" for no change. A rate
 * already in percent changes by points, not by a percentage of itself.
 */
export function changeText(current: number | null, previous: number | null, unit: Unit): string {
  if (current === null || previous === null) return '';
  const { direction, changePercent } = compareFigures(current, previous);
  if (unit === 'percent') {
    const points = Math.abs(Math.round(current - previous));
    return `${direction} ${points} ${points === 1 ? 'point' : 'points'}`;
  }
  if (changePercent === null) return direction === '↔' ? '↔ 0%' : `${direction} new`;
  return `${direction} ${Math.abs(changePercent)}%`;
}

/** "188 (274)": this year's figure with last year's in brackets. */
export function bracketed(current: number, previous: number, unit: Unit = 'count'): string {
  return `${formatFigure(current, unit)} (${formatFigure(previous, unit)})`;
}

/**
 * ", a 31% decrease" or ", no change": how `summarySentence` puts a change, for sentences whose
 * figures are not plain counts (money, say). It is cut from that sentence so the words agree.
 */
export function changePhrase(current: number, previous: number): string {
  return summarySentence('', current, previous).slice(`${current} (${previous}) `.length);
}

/** "child_in_need" → "Child in need", for codes an organisation added without a label. */
export function humanise(code: string): string {
  const words = code.replaceAll('_', ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The words for a code, or for a name (teams, themes) the name itself; "Not recorded" for gaps. */
export function labelFor(labels: Readonly<Record<string, string>> | null, key: string): string {
  if (key === NOT_RECORDED) return 'Not recorded';
  if (!labels) return key;
  return Object.hasOwn(labels, key) ? labels[key]! : humanise(key);
}

/** The officer's text as paragraphs: each line break starts a new one. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
