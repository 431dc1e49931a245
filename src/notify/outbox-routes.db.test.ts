import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { startFakeNotify, type FakeNotify } from './fake-notify.ts';
import { deliverMessage, queueMessage } from './outbox.ts';
import { readNotifyConfig } from './config.ts';

let app: TestApp;
let notify: FakeNotify;
let messageId: string;
beforeAll(async () => {
  [app, notify] = await Promise.all([startTestApp(), startFakeNotify()]);
  const { db } = app.connection;
  const record = await logRecord(db, null, app.organisationId, {
    kind: 'complaint',
    receivedOn: '2024-06-03',
    source: 'online',
  });
  messageId = await queueMessage(db, {
    organisationId: app.organisationId,
    recordId: record.id,
    channel: 'email',
    recipient: 'alex@example.com',
    template: 'acknowledgement',
    personalisation: { name: 'Alex', reference: record.reference },
  });
  await deliverMessage(db, messageId, readNotifyConfig({}));
});
afterAll(async () => {
  await app?.close();
  await notify?.close();
});

describe('the outbox page', () => {
  it('shows the complaints team each message, its status and why it was not sent', async () => {
    const officer = await app.signedIn('complaints_officer');
    const page = await officer.get('/outbox');
    expect(page.status).toBe(200);
    expect(page.html).toContain('alex@example.com');
    expect(page.html).toContain('Acknowledgement by email');
    expect(page.html).toContain('Not sent');
    expect(page.html).toContain('NOTIFY_API_KEY is empty');
    expect(page.html).toContain('Send again');
  });

  it('hides messages about records a person may not see, and is closed to report viewers', async () => {
    const manager = await app.signedIn('responding_manager');
    const page = await manager.get('/outbox');
    expect(page.html).toContain('No messages yet');
    expect(page.html).not.toContain('Send again');
    expect((await (await app.signedIn('report_viewer')).get('/outbox')).status).toBe(403);
  });

  it('sends a message again once Notify is set up', async () => {
    Object.assign(process.env, {
      NOTIFY_API_KEY: notify.apiKey,
      NOTIFY_BASE_URL: notify.url,
      NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_EMAIL: '5a0f7c0e-2b1d-4e6f-8a9b-0c1d2e3f4a55',
    });
    const officer = await app.signedIn('complaints_officer');
    await officer.get('/outbox');
    const sent = await officer.post(`/outbox/${messageId}/send`, {});
    expect(sent.location).toBe('/outbox');
    const page = await officer.get('/outbox');
    expect(page.html).toContain('The message was sent');
    expect(page.html).not.toContain('Send again');
    expect(notify.received.map((n) => n.body.email_address)).toEqual(['alex@example.com']);
  });

  it('does not let a responding manager send messages', async () => {
    const manager = await app.signedIn('responding_manager');
    await manager.get('/outbox');
    expect((await manager.post(`/outbox/${messageId}/send`, {})).status).toBe(403);
  });
});
