import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';
import type { HttpClient } from '../../testing/http-client.ts';
import { makeCase } from './case-fixtures.ts';

let app: TestApp;
let officer: HttpClient;
let themeIds: string[];

const tokenIn = (html: string) => /name="formToken" value="([^"]+)"/.exec(html)?.[1] ?? '';
const countRecords = async () =>
  Number(
    (
      await app.connection.db
        .selectFrom('records')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const complaint = (token: string, changes: Record<string, string | string[]> = {}) => ({
  formToken: token,
  'receivedOn-day': '14',
  'receivedOn-month': '2',
  'receivedOn-year': '2025',
  channel: 'phone',
  name: 'Jo Carer',
  role: 'foster_carer',
  email: 'jo@example.org',
  phone: '01632 960123',
  address: '1 High Street',
  preferredContact: 'phone',
  adjustments: 'Calls after 4pm',
  'child-0-name': 'Kai',
  'child-0-caseSystemId': 'LL12345',
  'child-0-circumstance': 'child_in_care',
  summary: 'Placement moved without notice',
  desiredOutcome: 'An apology',
  themes: themeIds,
  advocateProvider: 'NYAS',
  advocateOffered: 'yes',
  ...changes,
});

beforeAll(async () => {
  app = await startTestApp();
  themeIds = (
    await app.connection.db
      .insertInto('themes')
      .values([
        { organisation_id: app.organisationId, name: 'Communication' },
        { organisation_id: app.organisationId, name: 'Placement' },
      ])
      .returning('id')
      .execute()
  ).map((t) => t.id);
  officer = await app.signedIn('complaints_officer');
});
afterAll(() => app.close());

describe('logging a complaint', () => {
  it('saves everything from the form and shows the new case', async () => {
    const form = await officer.get('/cases/new');
    expect(form.status).toBe(200);
    expect(form.html).toContain('Communication');
    const token = tokenIn(form.html);
    const saved = await officer.post('/cases/new', complaint(token));
    expect(saved.status).toBe(302);
    const id = /^\/cases\/([0-9a-f-]{36})$/.exec(saved.location ?? '')?.[1];
    expect(id).toBeDefined();
    const db = app.connection.db;
    const record = await db
      .selectFrom('records')
      .selectAll()
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      kind: 'complaint',
      status: 'triage',
      received_on: '2025-02-14',
      channel: 'phone',
      summary: 'Placement moved without notice',
      desired_outcome: 'An apology',
      advocate_provider: 'NYAS',
      advocate_offered: true,
      advocate_accepted: false,
      restricted: false,
    });
    const person = await db
      .selectFrom('record_people')
      .innerJoin('people', 'people.id', 'record_people.person_id')
      .selectAll()
      .where('record_id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({
      name: 'Jo Carer',
      role: 'foster_carer',
      email: 'jo@example.org',
      preferred_contact: 'phone',
      adjustments: 'Calls after 4pm',
    });
    const child = await db
      .selectFrom('record_children')
      .innerJoin('children', 'children.id', 'record_children.child_id')
      .selectAll()
      .where('record_id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(child).toMatchObject({
      name: 'Kai',
      case_system_id: 'LL12345',
      circumstance: 'child_in_care',
    });
    const themes = await db
      .selectFrom('record_themes')
      .select('theme_id')
      .where('record_id', '=', id!)
      .execute();
    expect(themes.map((t) => t.theme_id).sort()).toEqual([...themeIds].sort());

    const page = await officer.get(saved.location!);
    expect(page.html).toContain(`Complaint ${record.reference} logged`);
    expect(page.html).toContain('Accept the complaint');
  });

  it('creates one record when the same form is sent twice', async () => {
    const token = tokenIn((await officer.get('/cases/new')).html);
    const before = await countRecords();
    const first = await officer.post('/cases/new', complaint(token));
    const second = await officer.post('/cases/new', complaint(token));
    expect(first.status).toBe(302);
    expect(second.status).toBe(302);
    expect(second.location).toBe(first.location);
    expect(await countRecords()).toBe(before + 1);

    // Sent at the same moment, as a double click without JavaScript would.
    const again = tokenIn((await officer.get('/cases/new')).html);
    const both = await Promise.all([
      officer.post('/cases/new', complaint(again)),
      officer.post('/cases/new', complaint(again)),
    ]);
    expect(both.map((p) => p.status)).toEqual([302, 302]);
    expect(both[0]!.location).toBe(both[1]!.location);
    expect(await countRecords()).toBe(before + 2);
  });

  it('shows GOV.UK errors, keeps what was typed and saves nothing', async () => {
    const token = tokenIn((await officer.get('/cases/new')).html);
    const before = await countRecords();
    const page = await officer.post(
      '/cases/new',
      complaint(token, {
        'receivedOn-day': '31',
        'receivedOn-month': '2',
        summary: ' ',
        email: 'not-an-email',
        'child-0-circumstance': 'made_up',
      }),
    );
    expect(page.status).toBe(400);
    expect(page.html).toContain('There is a problem');
    expect(page.html).toContain(
      '<a href="#receivedOn-day">The date received must be a real date</a>',
    );
    expect(page.html).toContain('Enter what happened');
    expect(page.html).toContain('Enter an email address in the correct format');
    expect(page.html).toContain('Choose the child’s circumstances from the list');
    expect(page.html).toContain('value="Jo Carer"');
    expect(page.html).toContain('value="31"');
    expect(page.html).toContain(`value="${token}"`);
    expect(await countRecords()).toBe(before);

    const future = await officer.post(
      '/cases/new',
      complaint(token, { 'receivedOn-year': '2999' }),
    );
    expect(future.status).toBe(400);
    expect(future.html).toContain('The date received must be today or in the past');
    expect(await countRecords()).toBe(before);

    // The token was not used up by the failures: the corrected form saves.
    expect((await officer.post('/cases/new', complaint(token))).status).toBe(302);
    expect(await countRecords()).toBe(before + 1);
  });

  it('refuses a theme or team from outside the organisation’s lists', async () => {
    const token = tokenIn((await officer.get('/cases/new')).html);
    const page = await officer.post(
      '/cases/new',
      complaint(token, { themes: ['00000000-0000-4000-8000-000000000000'] }),
    );
    expect(page.status).toBe(400);
    expect(page.html).toContain('Choose themes from the list');
  });

  it('is for the complaints team only', async () => {
    const manager = await app.signedIn('responding_manager');
    expect((await manager.get('/cases/new')).status).toBe(403);
    const before = await countRecords();
    const refused = await manager.post(
      '/cases/new',
      complaint('6f1c1c1e-8d6a-4f57-9a59-0d6c3c6a7a11'),
    );
    expect(refused.status).toBe(403);
    expect(await countRecords()).toBe(before);
  });
});

describe('logging an Ombudsman case', () => {
  const ombudsman = (token: string, changes: Record<string, string> = {}) => ({
    formToken: token,
    ombudsmanReference: '24 004 512',
    relatedReference: '',
    'receivedOn-day': '10',
    'receivedOn-month': '3',
    'receivedOn-year': '2025',
    'dueOn-day': '7',
    'dueOn-month': '4',
    'dueOn-year': '2025',
    ...changes,
  });

  it('needs the due date the Ombudsman set, after the date received, and a real linked record', async () => {
    const token = tokenIn((await officer.get('/cases/new/ombudsman')).html);
    const before = await countRecords();
    const missing = await officer.post(
      '/cases/new/ombudsman',
      ombudsman(token, { 'dueOn-day': '', 'dueOn-month': '', 'dueOn-year': '' }),
    );
    expect(missing.status).toBe(400);
    expect(missing.html).toContain('Enter the response due date');
    const early = await officer.post(
      '/cases/new/ombudsman',
      ombudsman(token, { 'dueOn-month': '2' }),
    );
    expect(early.html).toContain('The response due date must be on or after the date received');
    const unknown = await officer.post(
      '/cases/new/ombudsman',
      ombudsman(token, { relatedReference: 'CS-1999-0001' }),
    );
    expect(unknown.html).toContain('There is no record with the reference CS-1999-0001');
    expect(await countRecords()).toBe(before);
  });

  it('links the case to the complaint both ways and sets its deadline', async () => {
    const complaintCase = await makeCase(app, 'stage1');
    const token = tokenIn((await officer.get('/cases/new/ombudsman')).html);
    const saved = await officer.post(
      '/cases/new/ombudsman',
      ombudsman(token, { relatedReference: complaintCase.reference.toLowerCase() }),
    );
    expect(saved.status).toBe(302);
    const id = saved.location!.split('/').pop()!;
    const db = app.connection.db;
    const stage = await db
      .selectFrom('stages')
      .selectAll()
      .where('record_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stage.due_on).toBe('2025-04-07');
    const summary = await officer.get(saved.location!);
    expect(summary.html).toContain('24 004 512');
    expect(summary.html).toContain(
      `href="/cases/${complaintCase.id}">${complaintCase.reference}</a>`,
    );
    const back = await officer.get(`/cases/${complaintCase.id}`);
    expect(back.html).toContain(`href="/cases/${id}">`);
  });
});
