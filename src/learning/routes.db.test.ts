import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { actorIn, dateFields, errorSummary } from '../records/testing.ts';

let app: TestApp;
let enquiryId: string;
beforeAll(async () => {
  app = await startTestApp();
  enquiryId = (
    await logRecord(app.connection.db, actorIn(app, 'complaints_officer'), app.organisationId, {
      kind: 'enquiry',
      receivedOn: '2024-02-01',
    })
  ).id;
});
afterAll(() => app.close());

describe('learning action pages', () => {
  it('adds an action from a record, then updates it in the register', async () => {
    const client = await app.signedIn('complaints_officer');
    await client.get(`/cases/${enquiryId}/learning/new`);
    const empty = await client.post(`/cases/${enquiryId}/learning/new`, { version: '1' });
    expect(errorSummary(empty.html)).toEqual([
      'Enter what was learnt',
      'Enter the action',
      'Choose the category',
      'Choose the status',
    ]);
    const saved = await client.post(`/cases/${enquiryId}/learning/new`, {
      version: '1',
      learning: 'Letters used jargon',
      action: '=cmd|"/c calc"!A1',
      category: 'communication',
      status: 'open',
      ...dateFields('dueOn', '2024-03-01'),
      publish: 'yes',
    });
    expect(saved.location).toBe(`/enquiries/${enquiryId}`);

    const register = await client.get('/learning?overdue=yes');
    expect(register.html).toContain('Letters used jargon');
    expect(register.html).toContain('Overdue');
    const id = /href="\/learning\/([0-9a-f-]{36})"/.exec(register.html)?.[1];
    expect(id).toBeDefined();
    const csv = await client.get('/learning/download?category=communication');
    expect(csv.html).toContain(`"'=cmd|""/c calc""!A1"`);

    await client.get(`/learning/${id}`);
    const noEvidence = await client.post(`/learning/${id}`, { version: '2', status: 'completed' });
    expect(noEvidence.status).toBe(400);
    expect(errorSummary(noEvidence.html)).toEqual(['Enter the evidence that the action is done']);
    const done = await client.post(`/learning/${id}`, {
      version: '2',
      status: 'completed',
      evidence: 'Template letters rewritten',
      ...dateFields('completedOn', '2024-02-20'),
    });
    expect(done.location).toBe(`/learning/${id}`);
    expect((await client.get('/learning?overdue=yes')).html).not.toContain('Letters used jargon');
    expect((await client.get('/learning?status=completed')).html).toContain('Letters used jargon');
    expect((await client.get(`/enquiries/${enquiryId}`)).html).toContain(
      'Learning action now done',
    );
    const investigator = await app.signedIn('investigator');
    expect((await investigator.get(`/learning/${id}`)).status).toBe(404);
  });
});
