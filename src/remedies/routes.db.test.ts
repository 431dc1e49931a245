import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { triage } from '../casework/use-cases/triage.ts';
import { actorIn, dateFields, errorSummary } from '../records/testing.ts';

let app: TestApp;
let complaintId: string;
let concernId: string;
beforeAll(async () => {
  app = await startTestApp();
  const officer = actorIn(app, 'complaints_officer');
  const db = app.connection.db;
  complaintId = (
    await logRecord(db, officer, app.organisationId, {
      kind: 'complaint',
      receivedOn: '2024-02-01',
    })
  ).id;
  await triage(db, officer, complaintId, undefined, { decision: 'accept', procedure: 'statutory' });
  concernId = (
    await logRecord(db, officer, app.organisationId, { kind: 'concern', receivedOn: '2024-02-01' })
  ).id;
});
afterAll(() => app.close());

describe('the remedy and meeting forms', () => {
  it('validates a financial remedy, saves it and returns to the case’s remedies', async () => {
    const client = await app.signedIn('complaints_officer');
    const form = await client.get(`/cases/${complaintId}/remedies/new`);
    expect(form.html).toMatch(/name="stage" type="radio" value="1"/);
    expect(form.html).not.toMatch(/name="stage" type="radio" value="2"/);
    const missing = await client.post(`/cases/${complaintId}/remedies/new`, {
      version: '2',
      kind: 'financial',
      amount: '12.345',
      stage: '1',
    });
    expect(errorSummary(missing.html)).toEqual([
      'Enter the amount in pounds, like 250 or 1250.50',
      'Enter date agreed',
    ]);
    const noType = await client.post(`/cases/${complaintId}/remedies/new`, {
      version: '2',
      kind: 'financial',
      amount: '£1,250.50',
      stage: '1',
      ...dateFields('agreedOn', '2024-02-10'),
    });
    expect(errorSummary(noType.html)).toEqual(['Choose what the payment is for']);
    const saved = await client.post(`/cases/${complaintId}/remedies/new`, {
      version: '2',
      kind: 'financial',
      amount: '£1,250.50',
      financialType: 'distress',
      stage: '1',
      ...dateFields('agreedOn', '2024-02-10'),
      ...dateFields('dueOn', '2024-02-20'),
    });
    expect(saved.location).toBe(`/cases/${complaintId}/remedies`);
    const remedy = await app.connection.db
      .selectFrom('remedies')
      .selectAll()
      .where('record_id', '=', complaintId)
      .executeTakeFirstOrThrow();
    expect(remedy).toMatchObject({
      amount: 1250.5,
      financial_type: 'distress',
      due_on: '2024-02-20',
    });

    const done = `/cases/${complaintId}/remedies/${remedy.id}/done`;
    expect((await client.get(done)).html).toContain('£1,250.50');
    const early = await client.post(done, { version: '3', ...dateFields('doneOn', '2024-02-01') });
    expect(errorSummary(early.html)).toEqual([
      'The date done must be on or after the date agreed (2024-02-10)',
    ]);
    expect(
      (await client.post(done, { version: '3', ...dateFields('doneOn', '2024-02-15') })).location,
    ).toBe(`/cases/${complaintId}/remedies`);
    const unknown = `/cases/${complaintId}/remedies/00000000-0000-4000-8000-000000000000/done`;
    expect((await client.get(unknown)).status).toBe(404);
    expect(
      (await client.post(unknown, { version: '4', ...dateFields('doneOn', '2024-02-15') })).status,
    ).toBe(404);
  });

  it('has no remedy form for a concern, but a meeting form that returns to the concern', async () => {
    const client = await app.signedIn('complaints_officer');
    expect((await client.get(`/cases/${concernId}/remedies/new`)).status).toBe(404);
    await client.get(`/cases/${concernId}/meetings/new`);
    const empty = await client.post(`/cases/${concernId}/meetings/new`, { version: '1' });
    expect(errorSummary(empty.html)).toEqual([
      'Enter date of the meeting',
      'Enter who attended',
      'Enter the result of the meeting',
    ]);
    const saved = await client.post(`/cases/${concernId}/meetings/new`, {
      version: '1',
      ...dateFields('heldOn', '2024-02-05'),
      attendees: 'Parent and team manager',
      result: 'Resolved',
    });
    expect(saved.location).toBe(`/enquiries/${concernId}`);
    expect((await client.get(`/enquiries/${concernId}`)).html).toContain('Parent and team manager');
  });

  it('is closed to those whose role does not record remedies', async () => {
    const viewer = await app.signedIn('report_viewer');
    expect((await viewer.get(`/cases/${complaintId}/remedies/new`)).status).toBe(403);
    const senior = await app.signedIn('senior_manager');
    expect((await senior.get(`/cases/${complaintId}/remedies/new`)).status).toBe(200);
  });
});
