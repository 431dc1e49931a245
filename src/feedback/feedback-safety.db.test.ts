import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { HttpClient } from '../testing/http-client.ts';
import { answer, COMPLAINT_BY_PARENT, UploadingVisitor } from './testing.ts';
import { SAMPLES } from './test-files.ts';
import { SUBMISSIONS_PER_HOUR } from './rate-limit.ts';

let app: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'heard-feedback-'));
  process.env.HEARD_DATA_DIR = dataDir;
  process.env.NOTIFY_API_KEY = '';
  app = await startTestApp();
  await app.connection.db
    .updateTable('organisations')
    .set({ settings: JSON.stringify({ public: { phone: '01632 960 001' } }) as never })
    .where('id', '=', app.organisationId)
    .execute();
});
afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const count = async (table: 'records' | 'feedback_drafts' | 'outbox' | 'feedback_rate_events') =>
  Number(
    (
      await app.connection.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('forms from robots', () => {
  it('pretends to send a form whose hidden field was filled in, and keeps nothing of it', async () => {
    const client = new HttpClient(app.url);
    await answer(client, '/feedback', COMPLAINT_BY_PARENT);
    const check = await client.get('/feedback/check');
    expect(check.html).toMatch(
      /<label for="website">Leave this empty<\/label>\s*<input id="website" name="website" type="text" tabindex="-1" autocomplete="off">/,
    );
    const drafts = await count('feedback_drafts');
    const page = await client.post('/feedback/check', { website: 'https://spam.example' });
    expect(page.status).toBe(200);
    expect(page.html).toContain('Complaint sent');
    expect(page.html).toMatch(/<strong>CS-\d{4}-\d{4}<\/strong>/);
    expect(await count('records')).toBe(0);
    expect(await count('outbox')).toBe(0);
    expect(await count('feedback_drafts')).toBe(drafts - 1);
    expect((await client.get('/feedback/confirmation')).location).toBe('/feedback');
  });
});

describe('the limit on forms from one address', () => {
  it(`allows ${SUBMISSIONS_PER_HOUR} forms an hour, then asks people to wait or phone`, async () => {
    await app.connection.db.deleteFrom('feedback_rate_events').execute();
    const sendOne = async () => {
      const client = new HttpClient(app.url);
      await answer(client, '/feedback', COMPLAINT_BY_PARENT);
      await client.get('/feedback/check');
      return client.post('/feedback/check', {});
    };
    for (let i = 0; i < SUBMISSIONS_PER_HOUR; i++) expect((await sendOne()).status).toBe(302);
    const records = await count('records');
    expect(records).toBe(SUBMISSIONS_PER_HOUR);

    const refused = await sendOne();
    expect(refused.status).toBe(429);
    expect(refused.html).toContain('You have sent too many forms');
    expect(refused.html).toContain('Try again in an hour or phone us on 01632 960 001');
    expect(await count('records')).toBe(records);

    // An hour later the address may send again.
    await app.connection.db
      .updateTable('feedback_rate_events')
      .set({ at: new Date(Date.now() - 61 * 60 * 1000) })
      .execute();
    expect((await sendOne()).status).toBe(302);
    expect(await count('feedback_rate_events')).toBe(1);
  });
});

describe('drafts', () => {
  it('are forgotten after 24 hours, with their files', async () => {
    const db = app.connection.db;
    const visitor = new UploadingVisitor(app.url);
    await answer(visitor, '/feedback', COMPLAINT_BY_PARENT.slice(0, -1));
    await visitor.get('/feedback/attachments');
    await visitor.upload('/feedback/attachments', 'old.pdf', SAMPLES.pdf, 'application/pdf');
    const file = await db
      .selectFrom('feedback_attachments')
      .select(['id', 'draft_id'])
      .where('file_name', '=', 'old.pdf')
      .executeTakeFirstOrThrow();
    const stored = path.join(dataDir, 'attachments', file.id);
    expect(existsSync(stored)).toBe(true);

    await db
      .updateTable('feedback_drafts')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', file.draft_id!)
      .execute();
    expect((await visitor.get('/feedback/who')).location).toBe('/feedback/kind');
    // Starting any new draft clears out the expired ones.
    await answer(new HttpClient(app.url), '/feedback', COMPLAINT_BY_PARENT.slice(0, 1));
    const left = await db
      .selectFrom('feedback_drafts')
      .select('id')
      .where('id', '=', file.draft_id!)
      .execute();
    expect(left).toEqual([]);
    expect(
      await db.selectFrom('feedback_attachments').select('id').where('id', '=', file.id).execute(),
    ).toEqual([]);
    expect(existsSync(stored)).toBe(false);
  });
});
