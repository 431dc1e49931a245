import { describe, expect, it } from 'vitest';
import { shippedBankHolidays } from '../calendar/bank-holidays.ts';
import { createCalendar } from '../calendar/calendar.ts';
import { KINDS } from '../import/codes.ts';
import { COLUMNS } from '../import/columns.ts';
import { toCsvLine } from '../import/csv-parser.ts';
import { rowCells } from '../import/export-cells.ts';
import { financialYearOf } from '../import/export-records.ts';
import { streamOf } from '../import/testing.ts';
import { validateImport } from '../import/testing.ts';
import {
  demoPersonName,
  generateDemoRecords,
  type DemoOptions,
  type DemoRecord,
} from './generate.ts';
import { FIRST_NAMES, LAST_NAMES } from './vocabulary.ts';

const calendar = createCalendar({ nation: 'england-and-wales', holidays: shippedBankHolidays() });
const TODAY = '2026-11-22';
const options: DemoOptions = { seed: 7, years: 3, perYear: 1500, today: TODAY, calendar };
const records = [...generateDemoRecords(options)];
const rows = records.map((r) => r.row);

/** Records received in a whole financial year, the one before today's. */
const lastYear = rows.filter((row) => financialYearOf(row.received_on) === 2025);

function count(list: typeof rows, test: (row: (typeof rows)[number]) => boolean): number {
  return list.filter(test).length;
}

describe('demo data', () => {
  it('is the same for the same seed and different for another', () => {
    const again = [...generateDemoRecords(options)];
    expect(again).toEqual(records);
    const other = [...generateDemoRecords({ ...options, seed: 8 })];
    expect(other.map((r) => r.row.summary)).not.toEqual(records.map((r) => r.row.summary));
  });

  it('spans three financial years, up to today', () => {
    const years = new Set(rows.map((row) => financialYearOf(row.received_on)));
    expect([...years].sort()).toEqual([2024, 2025, 2026]);
    expect(rows.every((row) => row.received_on <= TODAY)).toBe(true);
    const dates = rows.flatMap((row) =>
      [row.s1_responded_on, row.s2_responded_on, row.s3_responded_on, row.withdrawn_on].filter(
        (d) => d !== undefined,
      ),
    );
    expect(dates.every((date) => date <= TODAY)).toBe(true);
  });

  it('has every kind, in the proportions of the published reports', () => {
    for (const kind of KINDS) expect(count(rows, (r) => r.kind === kind)).toBeGreaterThan(0);
    const statutory = (r: (typeof rows)[number]) =>
      r.kind === 'complaint' && r.procedure === 'statutory' && !r.not_accepted_reason;
    // Report A: 188 and 274 statutory stage 1 complaints; report B's tables have a handful at
    // stage 2 and one or two review panels a year.
    expect(count(lastYear, statutory)).toBeGreaterThanOrEqual(190);
    expect(count(lastYear, statutory)).toBeLessThanOrEqual(290);
    expect(
      count(lastYear, (r) => statutory(r) && r.s2_requested_on !== undefined),
    ).toBeGreaterThanOrEqual(8);
    expect(
      count(lastYear, (r) => statutory(r) && r.s2_requested_on !== undefined),
    ).toBeLessThanOrEqual(40);
    expect(
      count(rows, (r) => statutory(r) && r.s3_requested_on !== undefined),
    ).toBeGreaterThanOrEqual(1);
    expect(
      count(lastYear, (r) => statutory(r) && r.s3_requested_on !== undefined),
    ).toBeLessThanOrEqual(6);
    expect(count(lastYear, (r) => r.kind === 'compliment')).toBeGreaterThanOrEqual(300);
    expect(count(lastYear, (r) => r.kind === 'concern')).toBeGreaterThanOrEqual(150);
    expect(count(lastYear, (r) => r.kind === 'mp_enquiry')).toBeGreaterThanOrEqual(40);
    expect(count(lastYear, (r) => r.not_accepted_reason !== undefined)).toBeGreaterThanOrEqual(70);
    expect(count(lastYear, (r) => r.kind === 'ombudsman')).toBeGreaterThanOrEqual(10);
    expect(count(lastYear, (r) => r.kind === 'ombudsman')).toBeLessThanOrEqual(40);
    expect(
      count(rows, (r) => r.procedure === 'corporate' && r.s2_requested_on !== undefined),
    ).toBeGreaterThan(0);
    expect(count(rows, (r) => r.withdrawn_on !== undefined)).toBeGreaterThan(0);
  });

  it('has remedies, learning, advocates, themes, teams and repeat complainants', () => {
    const remedies = rows.filter((r) => r.remedy_amount !== undefined);
    expect(new Set(remedies.map((r) => r.remedy_stage))).toEqual(
      new Set(['1', '2', '3', 'ombudsman']),
    );
    expect(remedies.every((r) => r.remedy_amount! >= 50 && r.remedy_amount! <= 5000)).toBe(true);
    const learning = records.flatMap((r) => (r.learning ? [r.learning] : []));
    expect(new Set(learning.map((l) => l.category)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(learning.map((l) => l.status))).toEqual(
      new Set(['open', 'in_progress', 'completed']),
    );
    expect(count(rows, (r) => r.advocate === 'NYAS')).toBeGreaterThan(0);
    expect(new Set(rows.flatMap((r) => r.themes))).toContain('Placement issues');
    expect(new Set(rows.map((r) => r.team))).toContain('Children in Care (North)');
    const complainants = rows.flatMap((r) => (r.complainant_id ? [r.complainant_id] : []));
    expect(new Set(complainants).size).toBeLessThan(complainants.length * 0.8);
  });

  it('receives fewer contacts in August than in October', () => {
    const inMonth = (month: string) => count(lastYear, (r) => r.received_on.slice(5, 7) === month);
    expect(inMonth('08')).toBeLessThan(inMonth('10') * 0.8);
  });

  it('answers later when Christmas falls in the timescale', () => {
    // More years than the others use, so that the weeks before Christmas hold enough complaints.
    const many = [...generateDemoRecords({ ...options, years: 8, perYear: 3000 })].map(
      (r) => r.row,
    );
    const answered = many.filter(
      (r) => r.procedure === 'statutory' && r.s1_responded_on !== undefined && !r.s1_extended,
    );
    const lateShare = (list: typeof rows) =>
      count(list, (r) => calendar.workingDaysBetween(r.received_on, r.s1_responded_on!) > 10) /
      list.length;
    const beforeChristmas = answered.filter((r) => /-12-(1[5-9]|2[0-3])$/.test(r.received_on));
    const autumn = answered.filter((r) => /-(10|11)-\d\d$/.test(r.received_on));
    expect(beforeChristmas.length).toBeGreaterThan(30);
    // Report A: 18% of statutory stage 1 responses outside the timescale.
    expect(lateShare(autumn)).toBeLessThan(0.25);
    expect(lateShare(beforeChristmas)).toBeGreaterThan(lateShare(autumn) + 0.2);
  });

  it('makes rows that pass the import checks', async () => {
    const csv = [COLUMNS, ...rows.map(rowCells)].map((fields) => toCsvLine(fields)).join('\r\n');
    const result = await validateImport(streamOf(csv));
    expect(result).toMatchObject({ ok: true, rows: records.length });
  });

  it('names a complainant from their key: always the same name, spread over the lists', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `P${String(i + 1).padStart(5, '0')}`);
    const names = keys.map(demoPersonName);
    expect(keys.map(demoPersonName)).toEqual(names);
    expect(new Set(names).size).toBeGreaterThan(300);
    for (const name of names) {
      const [first, last] = name.split(' ');
      expect(FIRST_NAMES).toContain(first);
      expect(LAST_NAMES).toContain(last);
    }
  });

  it('uses only names made up from its own lists', () => {
    const names = records.flatMap((r: DemoRecord) => (r.learning ? [r.learning.owner] : []));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const [first, last] = name.split(' ');
      expect(FIRST_NAMES).toContain(first);
      expect(LAST_NAMES).toContain(last);
    }
  });
});
