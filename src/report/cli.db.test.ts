import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-db.ts';
import type { Connection } from '../db/connect.ts';
import { seedOrganisation } from '../testing/fixtures.ts';
import { runReport } from './cli.ts';
import { gatherReportData } from './report-data.ts';
import { seedReportYears } from './testing/seed-report.ts';

let connection: Connection;
let folder: string;
let organisationId: string;
beforeAll(async () => {
  connection = await createTestDatabase();
  const org = await seedOrganisation(connection.db);
  organisationId = org.organisationId;
  await seedReportYears(connection.db, org.actors.complaints_officer, org.teamId);
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'heard-report-'));
});
afterAll(async () => {
  await connection.close();
  await fs.rm(folder, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const output: string[] = [];
  const messages: string[] = [];
  const code = await runReport(args, {
    db: connection.db,
    today: '2021-06-01',
    write: (text) => output.push(text),
    say: (line) => messages.push(line),
  });
  return { code, output: output.join(''), messages: messages.join('\n') };
}

describe('heard report', () => {
  it('prints the DESIGN §4 JSON of the year to the standard output', async () => {
    const { code, output, messages } = await run('--year', '2020');
    expect(code).toBe(0);
    expect(messages).toBe('');
    const expected = (await gatherReportData(connection.db, organisationId, 2020)).report;
    expect(JSON.parse(output)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.parse(output).year.label).toBe('2020/21');
  });

  it('writes Word, the spreadsheet, CSV and HTML to the file given', async () => {
    for (const format of ['docx', 'xlsx', 'csv', 'html']) {
      const out = path.join(folder, `report.${format}`);
      const { code, output, messages } = await run(
        '--year',
        '2020',
        '--format',
        format,
        '--out',
        out,
      );
      expect(code, format).toBe(0);
      expect(output).toBe('');
      expect(messages).toBe(`Wrote the 2020/21 report to ${out}.`);
      const written = await fs.readFile(out);
      if (format === 'docx' || format === 'xlsx')
        expect(written.subarray(0, 2).toString()).toBe('PK');
      if (format === 'csv') expect(written.toString('utf8')).toContain('section,measure,breakdown');
      if (format === 'html') expect(written.toString('utf8')).toContain('<!DOCTYPE html>');
    }
  });

  it('says clearly what is wrong with a bad year or format', async () => {
    expect(await run('--year', '20')).toMatchObject({
      code: 1,
      messages: '--year 20: Give the year the financial year starts in, such as 2020 for 2020/21.',
    });
    expect(await run('--year', '2021')).toMatchObject({ code: 0 });
    expect(await run('--year', '2022')).toMatchObject({
      code: 1,
      messages: '--year 2022: 2022/23 has not started yet.',
    });
    expect(await run('--year', '2020', '--format', 'pdf')).toMatchObject({
      code: 1,
      messages:
        '--format pdf is not a format of the report. Choose one of: json, docx, xlsx, csv, html.',
    });
    const missing = await run('--format', 'json');
    expect(missing.code).toBe(2);
    expect(missing.messages).toMatch(/^Give --year, the year the financial year starts in/);
    const unknown = await run('--year', '2020', '--colour');
    expect(unknown.code).toBe(2);
    expect(unknown.messages).toContain("Unknown option '--colour'");
  });
});
