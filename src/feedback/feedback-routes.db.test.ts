import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { HttpClient } from '../testing/http-client.ts';
import { startFakeNotify, type FakeNotify } from '../notify/fake-notify.ts';
import {
  answer,
  COMPLAINT_BY_PARENT,
  UploadingVisitor,
  YOUNG_PERSON_COMPLAINT,
} from './testing.ts';
import { SAMPLES } from './test-files.ts';

let app: TestApp;
let notify: FakeNotify;
let dataDir: string;
let teamId: string;
beforeAll(async () => {
  notify = await startFakeNotify();
  dataDir = mkdtempSync(path.join(tmpdir(), 'heard-feedback-'));
  Object.assign(process.env, {
    HEARD_DATA_DIR: dataDir,
    NOTIFY_API_KEY: notify.apiKey,
    NOTIFY_BASE_URL: notify.url,
    NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_EMAIL: '4f6a4b7e-8d0c-4a8e-9d38-2a1f0d6b5c11',
    NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_SMS: '0a9e2b33-7f55-4e0b-8c0d-6a4d1f2e3b22',
    NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_LETTER: 'c3d1e8f0-5b2a-4c6d-9e7f-8a0b1c2d3e33',
  });
  app = await startTestApp();
  ({ id: teamId } = await app.connection.db
    .insertInto('teams')
    .values({ organisation_id: app.organisationId, name: 'Children in Care (North)' })
    .returning('id')
    .executeTakeFirstOrThrow());
});
afterAll(async () => {
  await app?.close();
  await notify?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const db = () => app.connection.db;
const withTeam = (answers: typeof COMPLAINT_BY_PARENT) => {
  const list = [...answers];
  list.splice(3, 0, ['team', { teamId }]);
  return list;
};

async function sendForm(client: HttpClient, base: string): Promise<string> {
  await client.get(`${base}/check`);
  const sent = await client.post(`${base}/check`, {});
  expect(sent.location).toBe(`${base}/confirmation`);
  const confirmation = await client.get(`${base}/confirmation`);
  const reference = /<strong>([A-Z]{2}-\d{4}-\d{4})<\/strong>/.exec(confirmation.html)?.[1];
  expect(reference).toBeDefined();
  return reference!;
}

const recordByReference = (reference: string) =>
  db()
    .selectFrom('records')
    .selectAll()
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();

/** A visitor with a draft started, who can post files. */
async function visitorWithDraft() {
  const visitor = new UploadingVisitor(app.url);
  await answer(visitor, '/feedback', withTeam(COMPLAINT_BY_PARENT).slice(0, -1));
  await visitor.get('/feedback/attachments');
  return visitor;
}

describe('a complaint through the online form', () => {
  it('logs it in the triage queue with the person, child and team, and acknowledges it by email', async () => {
    const client = new HttpClient(app.url);
    await answer(client, '/feedback', withTeam(COMPLAINT_BY_PARENT));
    const check = await client.get('/feedback/check');
    expect(check.html).toContain(
      'Nobody returned my calls for three weeks.<br>I called five times.',
    );
    expect(check.html).toContain('Children in Care (North)');
    expect(check.html).toContain('href="/feedback/outcome?change=1"');

    const reference = await sendForm(client, '/feedback');
    expect(reference).toMatch(/^CS-\d{4}-0001$/);
    const record = await recordByReference(reference);
    expect(record).toMatchObject({
      kind: 'complaint',
      status: 'triage',
      channel: 'online',
      source: 'online',
      summary: 'Nobody returned my calls for three weeks.\nI called five times.',
      desired_outcome: 'An apology and a named social worker.',
      team_id: teamId,
      advocate_offered: null,
    });
    const person = await db()
      .selectFrom('record_people')
      .innerJoin('people', 'people.id', 'record_people.person_id')
      .select(['role', 'name', 'email', 'phone', 'preferred_contact', 'adjustments'])
      .where('record_id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({
      role: 'parent',
      name: 'Sam Smith',
      email: 'sam.smith@example.com',
      phone: null,
      preferred_contact: 'email',
      adjustments: 'Large print letters, please.',
    });
    const child = await db()
      .selectFrom('record_children')
      .innerJoin('children', 'children.id', 'record_children.child_id')
      .select(['name', 'consent_given'])
      .where('record_id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(child).toEqual({ name: 'Alex Smith', consent_given: null });

    const message = await db()
      .selectFrom('outbox')
      .selectAll()
      .where('record_id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(message).toMatchObject({
      status: 'sent',
      channel: 'email',
      recipient: 'sam.smith@example.com',
    });
    const received = notify.received.find((n) => n.body.reference === reference);
    expect(received?.type).toBe('email');
    expect(received?.body.personalisation).toMatchObject({
      name: 'Sam Smith',
      reference,
      feedback_type: 'complaint',
      organisation: 'Testshire County Council',
    });
    expect(received?.body.personalisation?.next_steps).toContain('within 10 working days');
  });

  it('asks a relative whether the child agrees, and records the answer', async () => {
    const client = new HttpClient(app.url);
    const answers = withTeam(COMPLAINT_BY_PARENT).map(
      ([slug, form]): [string, Record<string, string>] =>
        slug === 'who' ? [slug, { who: 'relative' }] : [slug, form],
    );
    answers.splice(3, 0, ['consent', { consent: 'no' }]);
    await answer(client, '/feedback', answers);
    const record = await recordByReference(await sendForm(client, '/feedback'));
    const row = await db()
      .selectFrom('record_children')
      .innerJoin('record_people', 'record_people.record_id', 'record_children.record_id')
      .select(['consent_given', 'role'])
      .where('record_children.record_id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ consent_given: false, role: 'relative' });
  });

  it('shows what is missing in a GOV.UK error summary, keeping what was typed', async () => {
    const client = new HttpClient(app.url);
    await answer(client, '/feedback', withTeam(COMPLAINT_BY_PARENT).slice(0, 8));
    await client.get('/feedback/email');
    const page = await client.post('/feedback/email', { email: 'sam@' });
    expect(page.status).toBe(400);
    expect(page.html).toContain('<title>Error: What is your email address?');
    expect(page.html).toContain('govuk-error-summary');
    expect(page.html).toContain('href="#email">Enter an email address in the correct format');
    expect(page.html).toContain('value="sam@"');

    await client.get('/feedback/contact?change=1');
    await client.post('/feedback/contact?change=1', { contactBy: 'letter' });
    await client.get('/feedback/address');
    const letter = await client.post('/feedback/address', {
      addressLine1: '1 High Street',
      postcode: 'nonsense',
    });
    expect(letter.html).toContain('Enter town or city');
    expect(letter.html).toContain('Enter a full UK postcode');
    expect(letter.html).toContain('value="1 High Street"');

    const skipped = await client.get('/feedback/check');
    expect(skipped.location).toBe('/feedback/address');
  });

  it('sends a question back to the first one not answered when reached out of order', async () => {
    const client = new HttpClient(app.url);
    expect((await client.get('/feedback/name')).location).toBe('/feedback/kind');
    expect((await client.get('/feedback/check')).location).toBe('/feedback');
  });

  it('shows text typed as HTML as text, on every page it appears', async () => {
    const client = new HttpClient(app.url);
    const script = '<script>alert("hi")</script>';
    const answers = withTeam(COMPLAINT_BY_PARENT).map(
      ([slug, form]): [string, Record<string, string>] =>
        slug === 'name' ? [slug, { name: `Sam ${script}` }] : [slug, form],
    );
    await answer(client, '/feedback', answers);
    const check = await client.get('/feedback/check');
    expect(check.html).toContain('Sam &lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;');
    expect(check.html).not.toContain(script);
    await client.get('/feedback/name');
    const kept = await client.post('/feedback/name', { name: `${script}${'x'.repeat(300)}` });
    expect(kept.status).toBe(400);
    expect(kept.html).not.toContain(script);
    expect(kept.html).toContain('&lt;script&gt;');
  });

  it('sends a form once however many times it is submitted, showing the same reference', async () => {
    const client = new HttpClient(app.url);
    await answer(client, '/feedback', withTeam(COMPLAINT_BY_PARENT));
    await client.get('/feedback/check');
    const token = client.csrfToken();
    const [first, second] = await Promise.all([
      client.post('/feedback/check', { _csrf: token }),
      client.post('/feedback/check', { _csrf: token }),
    ]);
    const third = await client.post('/feedback/check', { _csrf: token });
    for (const page of [first, second, third]) expect(page.location).toBe('/feedback/confirmation');
    const confirmation = await client.get('/feedback/confirmation');
    const reference = /<strong>([A-Z]{2}-\d{4}-\d{4})<\/strong>/.exec(confirmation.html)?.[1];
    const records = await db()
      .selectFrom('records')
      .select('reference')
      .where('created_at', '>', new Date(Date.now() - 60_000))
      .where('summary', '=', 'Nobody returned my calls for three weeks.\nI called five times.')
      .execute();
    const fromThisVisit = records.filter((r) => r.reference === reference);
    expect(fromThisVisit).toHaveLength(1);
    const messages = await db()
      .selectFrom('outbox')
      .innerJoin('records', 'records.id', 'outbox.record_id')
      .select('outbox.id')
      .where('records.reference', '=', reference!)
      .execute();
    expect(messages).toHaveLength(1);
    expect((await client.get('/feedback/check')).location).toBe('/feedback/confirmation');
  });

  it('keeps the submission when Notify refuses the message, showing the failure in the outbox', async () => {
    const client = new HttpClient(app.url);
    await answer(client, '/feedback', withTeam(COMPLAINT_BY_PARENT));
    notify.refuseNext(
      400,
      'BadRequestError',
      'Can’t send to this recipient using a team-only API key',
    );
    const reference = await sendForm(client, '/feedback');
    const record = await recordByReference(reference);
    const message = await db()
      .selectFrom('outbox')
      .select(['status', 'error'])
      .where('record_id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(message.status).toBe('failed');
    expect(message.error).toContain('team-only API key');

    const officer = await app.signedIn('complaints_officer');
    const outbox = await officer.get('/outbox');
    expect(outbox.html).toContain(reference);
    expect(outbox.html).toContain('Failed');
    expect(outbox.html).toContain('team-only API key');
  });

  it('keeps messages as not sent when Notify is not set up', async () => {
    const key = process.env.NOTIFY_API_KEY;
    process.env.NOTIFY_API_KEY = '';
    try {
      const client = new HttpClient(app.url);
      await answer(client, '/feedback', withTeam(COMPLAINT_BY_PARENT));
      const record = await recordByReference(await sendForm(client, '/feedback'));
      const message = await db()
        .selectFrom('outbox')
        .select('status')
        .where('record_id', '=', record.id)
        .executeTakeFirstOrThrow();
      expect(message.status).toBe('not_sent');
    } finally {
      process.env.NOTIFY_API_KEY = key;
    }
  });
});

describe('compliments and comments', () => {
  it('opens a compliment, from the parent, without the complaint-only questions', async () => {
    const client = new HttpClient(app.url);
    await answer(client, '/feedback', withTeam(COMPLAINT_BY_PARENT));
    // Changing to a compliment drops the answers that no longer apply.
    await client.get('/feedback/kind?change=1');
    const changed = await client.post('/feedback/kind?change=1', { kind: 'compliment' });
    expect(changed.location).toBe('/feedback/check');
    const check = await client.get('/feedback/check');
    expect(check.html).not.toContain('What you would like to happen');
    const record = await recordByReference(await sendForm(client, '/feedback'));
    expect(record).toMatchObject({
      kind: 'compliment',
      status: 'open',
      compliment_from: 'family',
      desired_outcome: null,
      channel: 'online',
    });
  });

  it('logs a comment with its due date and acknowledges it by letter', async () => {
    const client = new HttpClient(app.url);
    const answers = withTeam(COMPLAINT_BY_PARENT)
      .filter(([slug]) => slug !== 'outcome')
      .map(([slug, form]): [string, Record<string, string>] =>
        slug === 'kind'
          ? [slug, { kind: 'comment' }]
          : slug === 'contact'
            ? [slug, { contactBy: 'letter' }]
            : slug === 'email'
              ? ['address', { addressLine1: '1 High Street', town: 'Testtown', postcode: 'te11st' }]
              : [slug, form],
      );
    await answer(client, '/feedback', answers);
    const record = await recordByReference(await sendForm(client, '/feedback'));
    expect(record.reference).toMatch(/^CC-/);
    const stage = await db()
      .selectFrom('stages')
      .select('due_on')
      .where('record_id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(stage.due_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const letter = notify.received.find((n) => n.body.reference === record.reference);
    expect(letter?.type).toBe('letter');
    expect(letter?.body.personalisation).toMatchObject({
      address_line_1: 'Sam Smith',
      address_line_2: '1 High Street',
      address_line_3: 'Testtown',
      address_line_4: 'TE1 1ST',
    });
  });
});

describe('the young people’s form', () => {
  it('records the child as the complainant and their request for an advocate, and texts them', async () => {
    const client = new HttpClient(app.url);
    const start = await client.get('/feedback/young-people');
    expect(start.html).toContain('An advocate is someone who is on your side');
    expect(start.html).toContain('NYAS can be your advocate');
    expect(start.html).not.toContain('govuk-service-navigation__list');
    await answer(client, '/feedback/young-people', YOUNG_PERSON_COMPLAINT);
    const reference = await sendForm(client, '/feedback/young-people');
    const record = await recordByReference(reference);
    expect(record).toMatchObject({
      kind: 'complaint',
      status: 'triage',
      advocate_provider: 'NYAS',
      advocate_offered: true,
      advocate_accepted: true,
      desired_outcome: 'Keep the same social worker.',
    });
    const people = await db()
      .selectFrom('record_people')
      .innerJoin('people', 'people.id', 'record_people.person_id')
      .select(['role', 'phone', 'preferred_contact'])
      .where('record_id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(people).toEqual({ role: 'child', phone: '07700 900982', preferred_contact: 'phone' });
    const child = await db()
      .selectFrom('record_children')
      .innerJoin('children', 'children.id', 'record_children.child_id')
      .select(['name', 'consent_given'])
      .where('record_id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(child).toEqual({ name: 'Jo Bloggs', consent_given: true });
    const text = notify.received.find((n) => n.body.reference === reference);
    expect(text?.type).toBe('sms');
    expect(text?.body.personalisation?.next_steps).toContain('That is about 2 weeks');
  });
});

describe('documents and photos', () => {
  it('keeps a PDF outside the web root and refuses a program named .pdf', async () => {
    const visitor = await visitorWithDraft();
    const pdf = await visitor.upload(
      '/feedback/attachments',
      'Letter from school.pdf',
      SAMPLES.pdf,
      'application/pdf',
    );
    expect(pdf.status).toBe(302);
    expect(pdf.location).toBe('/feedback/attachments');
    const stored = readdirSync(path.join(dataDir, 'attachments'));
    expect(stored.length).toBeGreaterThan(0);
    const row = await db()
      .selectFrom('feedback_attachments')
      .selectAll()
      .where('file_name', '=', 'Letter from school.pdf')
      .executeTakeFirstOrThrow();
    expect(stored).toContain(row.id);
    expect(row).toMatchObject({ content_type: 'application/pdf', size_bytes: SAMPLES.pdf.length });

    const exe = await visitor.upload(
      '/feedback/attachments',
      'invoice.pdf',
      SAMPLES.exe,
      'application/pdf',
    );
    expect(exe.status).toBe(400);
    expect(exe.html).toContain(
      'The selected file must be a PDF, JPEG, PNG or Word document (DOCX)',
    );
    expect(
      await db()
        .selectFrom('feedback_attachments')
        .select('id')
        .where('file_name', '=', 'invoice.pdf')
        .execute(),
    ).toEqual([]);
    expect((await visitor.get('/feedback/attachments')).html).toContain('Letter from school.pdf');
  });

  it('takes at most 3 files, and refuses an upload without the form’s token', async () => {
    const visitor = await visitorWithDraft();
    for (const name of ['a.png', 'b.png', 'c.png'])
      expect(
        (await visitor.upload('/feedback/attachments', name, SAMPLES.png, 'image/png')).status,
      ).toBe(302);
    const fourth = await visitor.upload('/feedback/attachments', 'd.png', SAMPLES.png, 'image/png');
    expect(fourth.status).toBe(400);
    expect(fourth.html).toContain('You can only send up to 3 files');
    const forged = await visitor.upload(
      '/feedback/attachments',
      'e.png',
      SAMPLES.png,
      'image/png',
      'forged',
    );
    expect(forged.status).toBe(403);
  });

  it('says a file over 5MB is too big, and refuses a far bigger body as it arrives', async () => {
    const visitor = await visitorWithDraft();
    const big = Buffer.concat([SAMPLES.pdf, Buffer.alloc(5 * 1024 * 1024)]);
    const page = await visitor.upload('/feedback/attachments', 'big.pdf', big, 'application/pdf');
    expect(page.status).toBe(400);
    expect(page.html).toContain('The selected file must be smaller than 5MB');
    const huge = await visitor.upload(
      '/feedback/attachments',
      'huge.pdf',
      Buffer.alloc(11 * 1024 * 1024),
      'application/pdf',
    );
    expect(huge.status).toBe(413);
  });

  it('lets staff who may see the record download a file sent with a form, and nobody else', async () => {
    const visitor = new UploadingVisitor(app.url);
    await answer(visitor, '/feedback', withTeam(COMPLAINT_BY_PARENT).slice(0, -1));
    await visitor.get('/feedback/attachments');
    await visitor.upload('/feedback/attachments', 'statement.pdf', SAMPLES.pdf, 'application/pdf');
    const file = await db()
      .selectFrom('feedback_attachments')
      .select('id')
      .where('file_name', '=', 'statement.pdf')
      .executeTakeFirstOrThrow();
    const officer = await app.signedIn('complaints_officer');
    // Not sent yet: a draft's files are nobody's to download.
    expect((await officer.get(`/attachments/${file.id}`)).status).toBe(404);

    await visitor.get('/feedback/attachments');
    await visitor.post('/feedback/attachments/continue', {});
    expect((await visitor.get('/feedback/check')).html).toContain('statement.pdf');
    await visitor.post('/feedback/check', {});
    const reference = /<strong>([A-Z]{2}-\d{4}-\d{4})<\/strong>/.exec(
      (await visitor.get('/feedback/confirmation')).html,
    )?.[1];

    const outbox = await officer.get('/outbox');
    expect(outbox.html).toContain(reference);
    expect(outbox.html).toContain(`href="/attachments/${file.id}"`);
    const download = await officer.get(`/attachments/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.contentType).toBe('application/pdf');
    expect(download.html).toBe(SAMPLES.pdf.toString());

    expect((await new HttpClient(app.url).get(`/attachments/${file.id}`)).status).toBe(302);
    expect(
      (await (await app.signedIn('report_viewer')).get(`/attachments/${file.id}`)).status,
    ).toBe(403);
    expect(
      (await (await app.signedIn('responding_manager')).get(`/attachments/${file.id}`)).status,
    ).toBe(404);
  });
});
