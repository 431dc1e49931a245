import { describe, expect, it } from 'vitest';
import { reportYear } from '../metrics/year.ts';
import {
  changePhrase,
  changeText,
  formatFigure,
  labelFor,
  paragraphsOf,
  period,
} from './format.ts';
import { countRows, yearsTable } from './tables.ts';
import { bandLabels } from './stage-section.ts';

describe('figures as the report writes them', () => {
  it('formats counts, money, percentages and rates', () => {
    expect(formatFigure(4016, 'count')).toBe('4,016');
    expect(formatFigure(41055, 'pounds')).toBe('£41,055');
    expect(formatFigure(250.5, 'pounds')).toBe('£250.50');
    expect(formatFigure(44, 'percent')).toBe('44%');
    expect(formatFigure(4.75, 'rate')).toBe('4.8');
  });

  it('gives the change as a whole-number percentage with its direction', () => {
    expect(changeText(188, 274, 'count')).toBe('↓ 31%');
    expect(changeText(179, 127, 'count')).toBe('↑ 41%');
    expect(changeText(8, 8, 'count')).toBe('↔ 0%');
    expect(changeText(0, 0, 'count')).toBe('↔ 0%');
    expect(changeText(3, 0, 'count')).toBe('↑ new');
    expect(changeText(null, 4, 'count')).toBe('');
    // A rate already in percent moves by points.
    expect(changeText(44, 21, 'percent')).toBe('↑ 23 points');
    expect(changeText(5, 4, 'percent')).toBe('↑ 1 point');
  });

  it('puts a change in words as summarySentence does', () => {
    expect(changePhrase(188, 274)).toBe(', a 31% decrease');
    expect(changePhrase(41055, 28939)).toBe(', a 42% increase');
    expect(changePhrase(8, 8)).toBe(', no change');
    expect(changePhrase(250, 0)).toBe(', an increase from none');
  });

  it('names the year and labels codes, names and gaps', () => {
    expect(period(reportYear(2020))).toBe('April 2020 to March 2021');
    expect(labelFor({ parent: 'Parent' }, 'parent')).toBe('Parent');
    expect(labelFor({ parent: 'Parent' }, 'step_parent')).toBe('Step parent');
    expect(labelFor(null, 'Children in Care (North)')).toBe('Children in Care (North)');
    expect(labelFor(null, 'not_recorded')).toBe('Not recorded');
  });

  it('splits commentary into paragraphs at line breaks', () => {
    expect(paragraphsOf('First.\r\n\r\n  Second.\nThird. ')).toEqual([
      'First.',
      'Second.',
      'Third.',
    ]);
  });
});

describe('table rows', () => {
  it('puts codes in the order of their list, other codes after, and not recorded last', () => {
    const rows = countRows(
      { not_recorded: 1, parent: 5, zz_custom: 2, child: 1 },
      { foster_carer: 3 },
      {
        labels: { child: 'Child', parent: 'Parent', foster_carer: 'Foster carer' },
        order: ['child', 'parent', 'foster_carer'],
        total: 'Total',
      },
    );
    expect(rows.map((r) => [r.label, r.current, r.previous])).toEqual([
      ['Child', 1, 0],
      ['Parent', 5, 0],
      ['Foster carer', 0, 3],
      ['Zz custom', 2, 0],
      ['Not recorded', 1, 0],
      ['Total', 9, 3],
    ]);
  });

  it('puts names with the most first', () => {
    const rows = countRows({ 'Team A': 1, 'Team B': 4, 'Team C': 4 }, { 'Team A': 9 });
    expect(rows.map((r) => r.label)).toEqual(['Team B', 'Team C', 'Team A']);
  });

  it('shows years newest first and compares the last two in the CSV figures', () => {
    const table = yearsTable(
      'Cost',
      'Cost',
      [reportYear(2018), reportYear(2019), reportYear(2020)],
      [
        { label: 'Remedies', values: [650, 28939, 41055], unit: 'pounds' },
        { label: 'Rate', values: [null, 21, 44], unit: 'percent' },
      ],
    );
    expect(table.head).toEqual(['Cost', '2020/21', '2019/20', '2018/19']);
    expect(table.rows).toEqual([
      ['Remedies', '£41,055', '£28,939', '£650'],
      ['Rate', '44%', '21%', '–'],
    ]);
    expect(table.figures[0]).toMatchObject({ current: 41055, previous: 28939, unit: 'pounds' });
  });
});

describe('response time bands', () => {
  it('follow the timescale of the stage', () => {
    expect(bandLabels({ limit: 25, maximum: 65 })).toEqual({
      withinLimit: 'Within 25 working days',
      withinMaximum: '26 to 65 working days',
      beyondMaximum: 'Over 65 working days',
    });
    expect(bandLabels({ limit: 30, maximum: null }).beyondMaximum).toBe('Over 30 working days');
    expect(bandLabels({ limit: null, maximum: null }).withinLimit).toBe('By the date set');
  });
});
