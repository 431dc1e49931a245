import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-db.ts';
import type { Connection } from '../db/connect.ts';
import { seedOrganisation } from '../testing/fixtures.ts';
import { readNotifyConfig } from '../notify/config.ts';
import { startFakeNotify, type FakeNotify } from '../notify/fake-notify.ts';
import { deliverMessage } from '../notify/outbox.ts';
import type { Answers } from './answers.ts';
import { generalJourney } from './general-journey.ts';
import { youngPeopleJourney } from './young-people-journey.ts';
import { loadPublicSite, type PublicSite } from './public-site.ts';
import { liveAnswers, submitFeedback } from './submit.ts';

let connection: Connection;
let notify: FakeNotify;
let site: PublicSite;
let org: Awaited<ReturnType<typeof seedOrganisation>>;
beforeAll(async () => {
  [connection, notify] = await Promise.all([createTestDatabase(), startFakeNotify()]);
  org = await seedOrganisation(connection.db);
  site = await loadPublicSite(connection.db);
});
afterAll(async () => {
  await notify?.close();
  await connection?.close();
});

const complete: Answers = {
  kind: 'complaint',
  who: 'foster_carer',
  childName: 'Riley',
  teamId: 'unknown',
  whatHappened: 'The placement plan was never shared with me.',
  desiredOutcome: 'A copy of the plan.',
  name: 'Pat Carer',
  contactBy: 'email',
  email: 'pat@example.com',
  adjustments: 'no',
  adjustmentsDetail: null,
  attachmentsDone: true,
};

async function draftWith(answers: Answers, journey = 'general'): Promise<string> {
  const id = randomUUID();
  await connection.db
    .insertInto('feedback_drafts')
    .values({
      id,
      organisation_id: org.organisationId,
      journey,
      answers: JSON.stringify(answers),
      expires_at: new Date(Date.now() + 60_000),
    })
    .execute();
  return id;
}

const config = () =>
  readNotifyConfig({
    NOTIFY_API_KEY: notify.apiKey,
    NOTIFY_BASE_URL: notify.url,
    NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_EMAIL: 'e6a3e0b6-3f7a-4d61-9c4e-5b1d2a0f9e88',
  });

describe('sending a completed form', () => {
  it('logs the record and queues the acknowledgement together, then sends it through Notify', async () => {
    const draftId = await draftWith(complete);
    const result = await submitFeedback(
      connection.db,
      draftId,
      generalJourney,
      site.context,
      '192.0.2.1',
    );
    if (result.status !== 'sent') throw new Error(`Not sent: ${result.status}`);
    expect(result.reference).toMatch(/^CS-\d{4}-0001$/);
    const record = await connection.db
      .selectFrom('records')
      .selectAll()
      .where('id', '=', result.recordId)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      status: 'triage',
      channel: 'online',
      source: 'online',
      team_id: null,
    });
    const history = await connection.db
      .selectFrom('events')
      .select(['summary', 'actor_id'])
      .where('record_id', '=', result.recordId)
      .execute();
    expect(history).toEqual([{ summary: 'Complaint logged from the online form', actor_id: null }]);

    const message = await connection.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', result.messageId!)
      .executeTakeFirstOrThrow();
    expect(message).toMatchObject({
      status: 'pending',
      record_id: result.recordId,
      template: 'acknowledgement',
    });

    expect(await deliverMessage(connection.db, result.messageId!, config())).toBe('sent');
    expect(notify.received.at(-1)).toMatchObject({
      type: 'email',
      body: {
        email_address: 'pat@example.com',
        template_id: 'e6a3e0b6-3f7a-4d61-9c4e-5b1d2a0f9e88',
        reference: result.reference,
        personalisation: {
          name: 'Pat Carer',
          reference: result.reference,
          feedback_type: 'complaint',
        },
      },
    });
    const draft = await connection.db
      .selectFrom('feedback_drafts')
      .select(['answers', 'reference'])
      .where('id', '=', draftId)
      .executeTakeFirstOrThrow();
    // The answers now live in the record; the draft keeps only what the confirmation shows.
    expect(draft).toEqual({ answers: { kind: 'complaint' }, reference: result.reference });
  });

  it('sends a draft once when it is submitted twice at the same moment', async () => {
    const draftId = await draftWith({ ...complete, whatHappened: 'Submitted twice' });
    const results = await Promise.all([
      submitFeedback(connection.db, draftId, generalJourney, site.context, '192.0.2.2'),
      submitFeedback(connection.db, draftId, generalJourney, site.context, '192.0.2.2'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['already_sent', 'sent']);
    const references = results.map((r) => ('reference' in r ? r.reference : null));
    expect(references[0]).toBe(references[1]);
    const records = await connection.db
      .selectFrom('records')
      .select('id')
      .where('summary', '=', 'Submitted twice')
      .execute();
    expect(records).toHaveLength(1);
  });

  it('sends back to the first question not answered', async () => {
    const draftId = await draftWith({ ...complete, contactBy: 'phone' });
    expect(
      await submitFeedback(connection.db, draftId, generalJourney, site.context, '192.0.2.3'),
    ).toEqual({ status: 'incomplete', path: '/feedback/phone' });
  });

  it('keeps nothing when logging the record fails', async () => {
    const draftId = await draftWith({ ...complete, teamId: randomUUID(), whatHappened: 'Fails' });
    const before = await connection.db.selectFrom('outbox').select('id').execute();
    await expect(
      submitFeedback(connection.db, draftId, generalJourney, site.context, '192.0.2.4'),
    ).rejects.toThrow();
    const draft = await connection.db
      .selectFrom('feedback_drafts')
      .select(['record_id', 'answers'])
      .where('id', '=', draftId)
      .executeTakeFirstOrThrow();
    expect(draft.record_id).toBeNull();
    expect(draft.answers).toMatchObject({ whatHappened: 'Fails' });
    expect(
      await connection.db
        .selectFrom('records')
        .select('id')
        .where('summary', '=', 'Fails')
        .execute(),
    ).toEqual([]);
    expect(await connection.db.selectFrom('outbox').select('id').execute()).toEqual(before);
    expect(
      await connection.db
        .selectFrom('feedback_rate_events')
        .select('ip')
        .where('ip', '=', '192.0.2.4')
        .execute(),
    ).toEqual([]);
  });
});

describe('answers that no longer apply', () => {
  it('are left out when the kind or the person changes', () => {
    const changed: Answers = { ...complete, kind: 'compliment', who: 'young_person' };
    const live = liveAnswers(generalJourney, changed, site.context);
    expect(live.desiredOutcome).toBeUndefined();
    expect(live.childName).toBeUndefined();
    expect(live.whatHappened).toBe(complete.whatHappened);
  });

  it('on the young people’s form, the advocate question is not asked for a thank you', () => {
    const live = liveAnswers(
      youngPeopleJourney,
      { kind: 'compliment', advocate: 'yes', name: 'Jo' },
      site.context,
    );
    expect(live.advocate).toBeUndefined();
    expect(live.name).toBe('Jo');
  });
});
