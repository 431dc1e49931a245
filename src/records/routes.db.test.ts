import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { addDays } from '../calendar/dates.ts';
import { todayInLondon } from '../casework/clock.ts';
import { actorIn, dateFields, errorSummary } from './testing.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('logging and handling compliments', () => {
  it('shows every problem with a new compliment at once and keeps what was typed', async () => {
    const client = await app.signedIn('complaints_officer');
    await client.get('/compliments/new');
    const empty = await client.post('/compliments/new', { complimentSubject: 'The <b>team</b>' });
    expect(empty.status).toBe(400);
    expect(errorSummary(empty.html)).toEqual([
      'Enter date received',
      'Choose how the compliment was received',
      'Choose who the compliment is from',
      'Enter what they said',
      'Choose whether they agreed to it being shared',
    ]);
    expect(empty.html).toContain('value="The &lt;b&gt;team&lt;/b&gt;"');

    const noOne = await client.post('/compliments/new', {
      ...dateFields('receivedOn', '2024-03-01'),
      channel: 'letter',
      complimentFrom: 'young_person',
      words: 'Thank you',
      consent: 'yes',
    });
    expect(errorSummary(noOne.html)).toEqual([
      'Choose the team or enter who the compliment praises',
    ]);

    const future = await client.post('/compliments/new', {
      ...dateFields('receivedOn', addDays(todayInLondon(), 2)),
      channel: 'letter',
      complimentFrom: 'young_person',
      complimentSubject: 'Leaving care team',
      words: 'Thank you',
      consent: 'yes',
    });
    expect(future.status).toBe(400);
    expect(errorSummary(future.html)).toEqual(['The date received must be today or in the past']);
  });

  it('anonymises, reviews and publishes a compliment only when reviewed and consented', async () => {
    const client = await app.signedIn('complaints_officer');
    await client.get('/compliments/new');
    const logged = await client.post('/compliments/new', {
      ...dateFields('receivedOn', '2024-03-04'),
      channel: 'email',
      complimentFrom: 'young_person',
      complimentSubject: 'Sam, personal adviser',
      words: 'Sam helped me get onto my course.',
      consent: 'unknown',
    });
    expect(logged.status).toBe(302);
    const page = logged.location!;
    expect((await client.get(page)).html).toContain('Compliment CM-2024-');

    await client.get(`${page}/anonymise`);
    expect(errorSummary((await client.post(`${page}/anonymise`, { text: ' ' })).html)).toEqual([
      'Enter the anonymised version',
    ]);
    await client.get(`${page}/anonymise`);
    const saved = await client.post(`${page}/anonymise`, {
      text: 'My personal adviser helped me get onto my course.',
      version: '1',
    });
    expect(saved.location).toBe(page);

    await client.get(`${page}/review`);
    const unchecked = await client.post(`${page}/review`, { version: '2' });
    expect(errorSummary(unchecked.html)).toEqual([
      'Confirm that no child, family member or member of staff can be identified',
    ]);
    expect((await client.post(`${page}/review`, { version: '2', checked: 'yes' })).status).toBe(
      302,
    );

    const publication = () => client.get('/compliments/publication?from=2024-03-01&to=2024-03-31');
    expect((await publication()).html).not.toContain('My personal adviser');
    await client.get(`${page}/consent`);
    expect((await client.post(`${page}/consent`, { version: '3', consent: 'yes' })).status).toBe(
      302,
    );
    const published = await publication();
    expect(published.html).toContain('Young person said of Sam, personal adviser:');
    expect(published.html).toContain('My personal adviser helped me get onto my course.');
    expect(published.html).not.toContain('Sam helped me');
    expect(published.html).toContain('heard-no-print');

    const wrong = await client.get('/compliments/publication?from=2024-13-01&to=2024-03-31');
    expect(wrong.status).toBe(400);
    expect(errorSummary(wrong.html)).toEqual(['From must be a real date, like 2024-04-01']);

    await client.get(`${page}/pass-on`);
    const missing = await client.post(`${page}/pass-on`, { version: '4' });
    expect(errorSummary(missing.html)).toEqual([
      'Choose who to pass it on to',
      'Enter date passed on',
      'Enter the message you sent',
    ]);
    const passed = await client.post(`${page}/pass-on`, {
      version: '4',
      toUserId: app.users.responding_manager.id,
      ...dateFields('passedOnOn', '2024-03-05'),
      message: 'Please share with the team',
    });
    expect(passed.location).toBe(page);
    const closed = await client.get(page);
    expect(closed.html).toContain('Passed on and closed');
    expect(closed.html).toContain('Please share with the team');
    expect(closed.html).not.toContain(`${page}/pass-on`);
  });

  it('downloads the list as CSV with formulas made harmless, and keeps logging to the complaints team', async () => {
    const officer = actorIn(app, 'complaints_officer');
    await logRecord(app.connection.db, officer, app.organisationId, {
      kind: 'compliment',
      receivedOn: '2024-03-10',
      complimentFrom: 'professional',
      summary: '=HYPERLINK("http://evil.example")',
    });
    const client = await app.signedIn('complaints_manager');
    const csv = await client.get('/compliments/download?from=professional');
    expect(csv.status).toBe(200);
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    const lines = csv.html
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    const list = await client.get('/compliments?from=professional');
    expect(list.html).toContain('1 compliment.');
    expect(list.html).toContain('href="/compliments/download?from=professional"');

    const manager = await app.signedIn('responding_manager');
    expect((await manager.get('/compliments/new')).status).toBe(403);
    expect((await manager.get('/compliments')).status).toBe(200);
    const viewer = await app.signedIn('report_viewer');
    expect((await viewer.get('/compliments')).status).toBe(403);
  });
});

describe('logging and handling enquiries', () => {
  it('asks which kind, then validates each kind’s page', async () => {
    const client = await app.signedIn('complaints_officer');
    expect((await client.get('/enquiries/new')).html).toContain('What are you logging?');
    expect((await client.get('/enquiries/new?kind=complaint')).status).toBe(400);
    await client.get('/enquiries/new?kind=mp_enquiry');
    const page = await client.post('/enquiries/new?kind=mp_enquiry', {
      ...dateFields('receivedOn', '2024-03-04'),
      channel: 'email',
      email: 'not an email',
      summary: 'Asks about respite for a constituent',
    });
    expect(errorSummary(page.html)).toEqual([
      'Enter the name of the MP',
      'Enter an email address in the correct format, like name@example.org',
    ]);
    const unknown = await client.post('/enquiries/new?kind=mp_enquiry', {
      ...dateFields('receivedOn', '2024-03-04'),
      channel: 'email',
      memberName: 'Alex Member MP',
      relatedReference: 'CS-2024-9999',
      summary: 'Asks about respite',
    });
    expect(errorSummary(unknown.html)).toEqual([
      'No record you can see has the reference CS-2024-9999',
    ]);
    expect((await client.post('/enquiries/new?kind=nonsense', {})).status).toBe(404);
  });

  it('logs an MP enquiry linked to a complaint, shows its due date, and refuses a stale response', async () => {
    const db = app.connection.db;
    const complaint = await logRecord(db, actorIn(app, 'complaints_officer'), app.organisationId, {
      kind: 'complaint',
      receivedOn: '2024-03-01',
    });
    const client = await app.signedIn('complaints_officer');
    await client.get('/enquiries/new?kind=mp_enquiry');
    const logged = await client.post('/enquiries/new?kind=mp_enquiry', {
      ...dateFields('receivedOn', '2024-03-04'),
      channel: 'letter',
      memberName: 'Alex Member MP',
      personName: 'Chris Constituent',
      relatedReference: complaint.reference.toLowerCase(),
      summary: 'Asks about respite',
    });
    expect(logged.status).toBe(302);
    const page = await client.get(logged.location!);
    expect(page.html).toContain('Alex Member MP');
    expect(page.html).toContain('Chris Constituent');
    expect(page.html).toContain('18 March 2024');
    expect(page.html).toContain(`>${complaint.reference}</a>`);
    expect(page.html).toContain('Tell the MP the reply will be late');
    expect(page.html).not.toContain('Convert to a formal complaint');

    await client.get(`${logged.location}/respond`);
    const noOutcome = await client.post(`${logged.location}/respond`, {
      version: '1',
      ...dateFields('respondedOn', '2024-03-12'),
    });
    expect(errorSummary(noOutcome.html)).toEqual(['Choose the outcome']);
    await client.get(`${logged.location}/late`);
    await client.post(`${logged.location}/late`, {
      version: '1',
      ...dateFields('toldOn', '2024-03-11'),
      reason: 'Waiting for the service',
    });
    const stale = await client.post(`${logged.location}/respond`, {
      version: '1',
      ...dateFields('respondedOn', '2024-03-12'),
      outcome: 'advice_given',
    });
    expect(stale.status).toBe(409);
    expect(stale.html).toContain('What they changed');
    expect(stale.html).toContain('that the reply will be late: Waiting for the service');
    expect(stale.html).toContain('name="version" value="2"');
    const responded = await client.post(`${logged.location}/respond`, {
      version: '2',
      ...dateFields('respondedOn', '2024-03-12'),
      outcome: 'advice_given',
    });
    expect(responded.location).toBe(logged.location);
    expect((await client.get(logged.location!)).html).toContain('Advice given');
  });

  it('lists enquiries with filters and offers only the actions a role may take', async () => {
    const db = app.connection.db;
    const { id } = await logRecord(db, actorIn(app, 'complaints_officer'), app.organisationId, {
      kind: 'concern',
      receivedOn: '2024-03-04',
      summary: 'Visits cancelled',
    });
    const officer = await app.signedIn('complaints_officer');
    const list = await officer.get('/enquiries?kind=concern&status=open');
    expect(list.html).toContain(`/enquiries/${id}`);
    expect(list.html).toContain('working days overdue');
    expect((await officer.get('/enquiries?kind=enquiry')).html).not.toContain(`/enquiries/${id}`);
    const page = await officer.get(`/enquiries/${id}`);
    expect(page.html).toContain('Convert to a formal complaint');
    expect(page.html).toContain(`/cases/${id}/learning/new`);
    await officer.get(`/enquiries/${id}/convert`);
    const converted = await officer.post(`/enquiries/${id}/convert`, {
      version: '1',
      ...dateFields('requestedOn', '2024-03-06'),
      reason: 'Wants a formal response',
    });
    expect(converted.location).toBe(`/cases/${id}`);
    expect((await officer.get(`/enquiries/${id}`)).status).toBe(404);

    const manager = await app.signedIn('responding_manager');
    expect((await manager.get(`/enquiries/${id}`)).status).toBe(404);
    expect((await manager.get('/enquiries/new?kind=concern')).status).toBe(403);
  });
});
