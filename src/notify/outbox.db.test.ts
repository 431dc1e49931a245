import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-db.ts';
import type { Connection } from '../db/connect.ts';
import { seedOrganisation } from '../testing/fixtures.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { readNotifyConfig, type NotifyConfig } from './config.ts';
import { startFakeNotify, type FakeNotify } from './fake-notify.ts';
import { deliverMessage, listOutbox, queueMessage, resendMessage } from './outbox.ts';

let connection: Connection;
let notify: FakeNotify;
let org: Awaited<ReturnType<typeof seedOrganisation>>;
let recordId: string;
beforeAll(async () => {
  [connection, notify] = await Promise.all([createTestDatabase(), startFakeNotify()]);
  org = await seedOrganisation(connection.db);
  ({ id: recordId } = await logRecord(connection.db, null, org.organisationId, {
    kind: 'compliment',
    receivedOn: '2024-05-01',
    source: 'online',
  }));
});
afterAll(async () => {
  await notify?.close();
  await connection?.close();
});

function configWith(env: Record<string, string>): NotifyConfig {
  return readNotifyConfig({
    NOTIFY_API_KEY: notify.apiKey,
    NOTIFY_BASE_URL: notify.url,
    NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_EMAIL: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
    NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_SMS: '7c2a5f7e-36a1-4bd2-8b8e-0bd3b0f0a1c2',
    NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_LETTER: '0e8a0e29-6a42-4c9f-9b1c-3c1e5b0c2d11',
    ...env,
  });
}

const outboxRow = (id: string) =>
  connection.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

function queue(channel: 'email' | 'sms' | 'letter', recipient: string, extra = {}) {
  return queueMessage(connection.db, {
    organisationId: org.organisationId,
    recordId,
    channel,
    recipient,
    template: 'acknowledgement',
    personalisation: { name: 'Sam', reference: 'CM-2024-0001', ...extra },
  });
}

describe('the outbox with GOV.UK Notify', () => {
  it('sends an email through the Notify client, with a signed token, and keeps its ID', async () => {
    const id = await queue('email', 'sam@example.com');
    expect((await outboxRow(id)).status).toBe('pending');
    expect(await deliverMessage(connection.db, id, configWith({}))).toBe('sent');
    const row = await outboxRow(id);
    expect(row.status).toBe('sent');
    expect(row.notify_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.sent_at).not.toBeNull();
    expect(notify.received.at(-1)).toEqual({
      type: 'email',
      body: {
        template_id: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
        email_address: 'sam@example.com',
        personalisation: { name: 'Sam', reference: 'CM-2024-0001' },
        reference: 'CM-2024-0001',
      },
    });
  });

  it('sends text messages and letters to their own Notify endpoints', async () => {
    const sms = await queue('sms', '07700 900982');
    const letter = await queue('letter', 'Sam Smith, 1 High Street, Testtown, TE1 1ST', {
      address_line_1: 'Sam Smith',
      address_line_2: '1 High Street',
      address_line_3: 'Testtown',
      address_line_4: 'TE1 1ST',
    });
    expect(await deliverMessage(connection.db, sms, configWith({}))).toBe('sent');
    expect(await deliverMessage(connection.db, letter, configWith({}))).toBe('sent');
    const [smsSent, letterSent] = notify.received.slice(-2);
    expect(smsSent?.type).toBe('sms');
    expect(smsSent?.body.phone_number).toBe('07700 900982');
    expect(letterSent?.type).toBe('letter');
    expect(letterSent?.body.personalisation?.address_line_4).toBe('TE1 1ST');
  });

  it('keeps the message as not sent when Notify is not set up, or the template is missing', async () => {
    const noKey = await queue('email', 'sam@example.com');
    expect(await deliverMessage(connection.db, noKey, readNotifyConfig({}))).toBe('not_sent');
    expect((await outboxRow(noKey)).error).toContain('NOTIFY_API_KEY');
    const noTemplate = await queue('sms', '07700 900982');
    const status = await deliverMessage(
      connection.db,
      noTemplate,
      configWith({ NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_SMS: '' }),
    );
    expect(status).toBe('not_sent');
    expect((await outboxRow(noTemplate)).error).toContain('NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_SMS');
  });

  it('records Notify refusing a message, and a wrong key, as failed with the reason', async () => {
    notify.refuseNext(
      400,
      'BadRequestError',
      "Can't send to this recipient using a team-only API key",
    );
    const refused = await queue('email', 'someone@example.com');
    expect(await deliverMessage(connection.db, refused, configWith({}))).toBe('failed');
    expect((await outboxRow(refused)).error).toBe(
      "400 BadRequestError: Can't send to this recipient using a team-only API key",
    );

    const wrongKey = `heard_test-${notify.apiKey.slice(11, 47)}-00000000-0000-0000-0000-000000000000`;
    const forged = await queue('email', 'sam@example.com');
    expect(
      await deliverMessage(connection.db, forged, configWith({ NOTIFY_API_KEY: wrongKey })),
    ).toBe('failed');
    expect((await outboxRow(forged)).error).toBe(
      '403 AuthError: Invalid token: signature, api token not found',
    );
  });

  it('records an unreachable Notify as failed', async () => {
    const id = await queue('email', 'sam@example.com');
    const status = await deliverMessage(
      connection.db,
      id,
      configWith({ NOTIFY_BASE_URL: 'http://127.0.0.1:9' }),
    );
    expect(status).toBe('failed');
    expect((await outboxRow(id)).error).toMatch(/ECONNREFUSED|connect/);
  });

  it('resends a message that was not sent, once Notify is set up', async () => {
    const id = await queue('email', 'later@example.com');
    await deliverMessage(connection.db, id, readNotifyConfig({}));
    const officer = org.actors.complaints_officer;
    expect(await resendMessage(connection.db, officer, id, configWith({}))).toBe('sent');
    expect((await outboxRow(id)).status).toBe('sent');
    expect(await resendMessage(connection.db, officer, id, configWith({}))).toBeNull();
  });

  it('lists messages about records the person may see, newest first', async () => {
    const officerList = await listOutbox(connection.db, org.actors.complaints_officer);
    expect(officerList.length).toBeGreaterThanOrEqual(8);
    expect(officerList[0]?.reference).toMatch(/^CM-2024-/);
    const manager = await listOutbox(connection.db, org.actors.responding_manager);
    expect(manager).toEqual([]);
  });
});
