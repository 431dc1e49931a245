import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';
import { logRecord } from '../../casework/use-cases/log-record.ts';
import { triage } from '../../casework/use-cases/triage.ts';
import { checkRules } from '../../setup/check-rules.ts';
import { shippedBankHolidays } from '../bank-holidays.ts';
import type { Actor } from '../../casework/access.ts';

let app: TestApp;
let officer: Actor;
beforeAll(async () => {
  app = await startTestApp();
  officer = {
    id: app.users.complaints_officer.id,
    name: 'Officer',
    organisationId: app.organisationId,
    role: 'complaints_officer',
    teamId: null,
  };
});
afterAll(() => app.close());

async function statutoryDue(receivedOn: string): Promise<string | null> {
  const { db } = app.connection;
  const { id } = await logRecord(db, officer, app.organisationId, {
    kind: 'complaint',
    receivedOn,
  });
  await triage(db, officer, id, undefined, { decision: 'accept', procedure: 'statutory' });
  const stage = await db
    .selectFrom('stages')
    .select('due_on')
    .where('record_id', '=', id)
    .executeTakeFirstOrThrow();
  return stage.due_on;
}

describe('working days and timescales per organisation', () => {
  it('counts an added closure day, and refuses bad input with GOV.UK errors', async () => {
    // Received Monday 15 December 2025: 10 working days over Christmas is Wednesday 31 December.
    expect(await statutoryDue('2025-12-15')).toBe('2025-12-31');
    const admin = await app.signedIn('administrator');
    await admin.get('/admin/calendar');
    const bad = await admin.post('/admin/calendar/closure-days', {
      'day-day': '30',
      'day-month': '2',
      'day-year': '2025',
      description: '',
    });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('The closure day must be a real date');
    expect(bad.html).toContain('Enter a description');
    const added = await admin.post('/admin/calendar/closure-days', {
      'day-day': '24',
      'day-month': '12',
      'day-year': '2025',
      description: 'Christmas Eve closure',
    });
    expect(added.status).toBe(302);
    expect((await admin.get('/admin/calendar')).html).toContain('Christmas Eve closure');
    expect(await statutoryDue('2025-12-15')).toBe('2026-01-02');
    await admin.get('/admin/calendar');
    await admin.post('/admin/calendar/closure-days/2025-12-24/remove', {});
    expect(await statutoryDue('2025-12-15')).toBe('2025-12-31');
  });

  it("follows the organisation's nation", async () => {
    const admin = await app.signedIn('administrator');
    await admin.get('/admin/calendar');
    await admin.post('/admin/calendar/nation', { nation: 'scotland' });
    // 2 January 2024 is a bank holiday in Scotland only: 5 working days from 27 Dec 2023 reach 5 Jan.
    const { db } = app.connection;
    const { id } = await logRecord(db, officer, app.organisationId, {
      kind: 'concern',
      receivedOn: '2023-12-27',
    });
    const stage = await db
      .selectFrom('stages')
      .select('due_on')
      .where('record_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stage.due_on).toBe('2024-01-05');
    await admin.get('/admin/calendar');
    await admin.post('/admin/calendar/nation', { nation: 'england-and-wales' });
  });

  it('uses a newer imported GOV.UK file without a release', async () => {
    const { db } = app.connection;
    expect(await statutoryDue('2026-01-05')).toBe('2026-01-19');
    const newer = structuredClone(shippedBankHolidays());
    newer['england-and-wales'].events.push({
      title: 'Extra bank holiday',
      date: '2026-01-12',
      notes: '',
      bunting: true,
    });
    await db
      .insertInto('bank_holiday_files')
      .values({ content: JSON.stringify(newer) })
      .execute();
    expect(await statutoryDue('2026-01-05')).toBe('2026-01-20');
    await db.deleteFrom('bank_holiday_files').execute();
  });

  it('applies procedure overrides to new stages, and refuses to start with invalid ones', async () => {
    const { db } = app.connection;
    const setOverrides = (procedures: unknown) =>
      db
        .updateTable('organisations')
        .set({ settings: JSON.stringify({ procedures }) as unknown as Record<string, unknown> })
        .where('id', '=', app.organisationId)
        .execute();
    await setOverrides({ procedures: { statutory: { stages: { '1': { limit: 15 } } } } });
    expect(await checkRules(db)).toEqual([]);
    expect(await statutoryDue('2025-06-02')).toBe('2025-06-23');
    await setOverrides({ procedures: { statutory: { stages: { '2': { limit: 70 } } } } });
    expect((await checkRules(db)).join('\n')).toContain('limit 70 is above its maximum 65');
    await setOverrides({});
    expect(await statutoryDue('2025-06-02')).toBe('2025-06-16');
  });
});
