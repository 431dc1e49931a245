import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { triage } from '../casework/use-cases/triage.ts';
import { respond } from '../casework/use-cases/responses.ts';
import { actorIn } from '../records/testing.ts';
import { todayInLondon } from '../casework/clock.ts';
import { addDays } from '../calendar/dates.ts';

let app: TestApp;
let online: { id: string; reference: string };
let overdue: { id: string; reference: string };
beforeAll(async () => {
  app = await startTestApp();
  const db = app.connection.db;
  const officer = actorIn(app, 'complaints_officer');
  online = await logRecord(db, null, app.organisationId, {
    kind: 'complaint',
    receivedOn: '2024-02-01',
    source: 'online',
  });
  overdue = await logRecord(db, officer, app.organisationId, {
    kind: 'complaint',
    receivedOn: '2024-02-01',
  });
  await triage(db, officer, overdue.id, undefined, { decision: 'accept', procedure: 'corporate' });
  // Answered today, so it counts in this year's responses whatever the date the tests run.
  const today = todayInLondon();
  const answered = await logRecord(db, officer, app.organisationId, {
    kind: 'mp_enquiry',
    receivedOn: addDays(today, -3),
    memberName: '@Member',
  });
  await respond(db, officer, answered.id, undefined, {
    respondedOn: today,
    outcome: 'advice_given',
  });
});
afterAll(() => app.close());

describe('the tracker and dashboard pages', () => {
  it('shows online submissions awaiting triage and open stages, on screen, in print and as CSV', async () => {
    const client = await app.signedIn('complaints_manager');
    const page = await client.get('/tracker');
    expect(page.status).toBe(200);
    const triage = page.html.slice(
      page.html.indexOf('id="awaiting-triage"'),
      page.html.indexOf('id="overdue"'),
    );
    expect(triage).toContain(online.reference);
    expect(triage).toContain('Online submission');
    // A corporate stage 1 not yet acknowledged has no due date: its clock has not started.
    expect(page.html).toContain(overdue.reference);
    expect(page.html).toContain('No due date');

    const print = await client.get('/tracker/print');
    expect(print.html).toContain('Complaints tracker');
    expect(print.html).toContain(online.reference);
    expect(print.html).not.toContain('name="teamId"');

    const csv = await client.get('/tracker/download');
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    const lines = csv.html
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Section,Reference,What,Team,Responding manager,Received,Deadline,Due,Status',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      `Awaiting triage,${online.reference},Online submission`,
      `Open,${overdue.reference},Corporate stage 1`,
    ]);
  });

  it('draws the dashboard’s charts as accessible SVG followed by their numbers', async () => {
    const client = await app.signedIn('senior_manager');
    const page = await client.get('/dashboard');
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/<svg[^>]* role="img" aria-label="Open items by kind and stage">/);
    expect(page.html).toMatch(
      /<svg[^>]* role="img" aria-label="Responses on time in \d{4}\/\d{2}">/,
    );
    expect(page.html).toContain('Complaint: Awaiting triage');
    expect(page.html).toContain('>MP enquiry</text>');
    expect(page.html).not.toContain('<script>');
  });

  it('is for those with the tracker permission only', async () => {
    for (const role of ['report_viewer', 'investigator'] as const) {
      const client = await app.signedIn(role);
      expect((await client.get('/tracker')).status).toBe(403);
      expect((await client.get('/dashboard')).status).toBe(403);
    }
    const manager = await app.signedIn('responding_manager');
    const theirs = await manager.get('/tracker');
    expect(theirs.status).toBe(200);
    expect(theirs.html).not.toContain(online.reference);
  });
});
