import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';
import type { HttpClient } from '../../testing/http-client.ts';
import { withdraw } from '../use-cases/responses.ts';
import { actorFor, makeCase, recordSnapshot } from './case-fixtures.ts';

let app: TestApp;
let officer: HttpClient;

const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';
const date = (name: string, iso: string) => {
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: day!, [`${name}-month`]: month!, [`${name}-year`]: year! };
};

beforeAll(async () => {
  app = await startTestApp();
  officer = await app.signedIn('complaints_officer');
});
afterAll(() => app.close());

describe('an action form', () => {
  it('saves, returns to the case and says what was done', async () => {
    const { id } = await makeCase(app, 'stage1');
    const form = await officer.get(`/cases/${id}/acknowledge`);
    expect(form.status).toBe(200);
    expect(form.html).toContain('When was the complaint acknowledged?');
    const saved = await officer.post(`/cases/${id}/acknowledge`, {
      version: versionIn(form.html),
      ...date('acknowledgedOn', '2025-03-05'),
    });
    expect(saved.status).toBe(302);
    expect(saved.location).toBe(`/cases/${id}`);
    const stage = await app.connection.db
      .selectFrom('stages')
      .select('acknowledged_on')
      .where('record_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stage.acknowledged_on).toBe('2025-03-05');
    expect((await officer.get(`/cases/${id}`)).html).toContain('The acknowledgement was recorded');
  });

  it('refuses an impossible date with a GOV.UK error, keeping what was typed', async () => {
    const { id } = await makeCase(app, 'stage1');
    const form = await officer.get(`/cases/${id}/respond`);
    const before = await recordSnapshot(app, id);
    const page = await officer.post(`/cases/${id}/respond`, {
      version: versionIn(form.html),
      ...date('respondedOn', '2025-02-31'),
      outcome: 'upheld',
    });
    expect(page.status).toBe(400);
    expect(page.html).toContain(
      '<a href="#respondedOn-day">The response date must be a real date</a>',
    );
    expect(page.html).toMatch(/<input[^>]*id="outcome"[^>]*value="upheld" checked/);
    expect(page.html).toContain('value="31"');
    expect(await recordSnapshot(app, id)).toBe(before);
  });

  it('shows a use case’s refusal of a response before receipt against the date', async () => {
    const { id } = await makeCase(app, 'stage1');
    const form = await officer.get(`/cases/${id}/respond`);
    const before = await recordSnapshot(app, id);
    const page = await officer.post(`/cases/${id}/respond`, {
      version: versionIn(form.html),
      ...date('respondedOn', '2025-02-20'),
      outcome: 'upheld',
    });
    expect(page.status).toBe(400);
    expect(page.html).toContain(
      '<a href="#respondedOn-day">The response date must be on or after the start of the stage (2025-03-03)</a>',
    );
    expect(page.html).toContain('govuk-date-input__input govuk-input--width-2 govuk-input--error');
    expect(await recordSnapshot(app, id)).toBe(before);
  });

  it('will not escalate a withdrawn case, and says why', async () => {
    const { id } = await makeCase(app, 'stage1-responded');
    const opened = await officer.get(`/cases/${id}/escalate`);
    await withdraw(app.connection.db, actorFor(app, 'complaints_manager'), id, undefined, {
      withdrawnOn: '2025-03-18',
      reason: 'Resolved by phone',
    });
    const before = await recordSnapshot(app, id);
    const page = await officer.post(`/cases/${id}/escalate`, {
      version: String(Number(versionIn(opened.html)) + 1),
      ...date('requestedOn', '2025-03-20'),
    });
    expect(page.status).toBe(400);
    expect(page.html).toContain('You cannot escalate to the next stage: this record was withdrawn');
    expect(await recordSnapshot(app, id)).toBe(before);
    // Opened afresh, the form is not offered at all.
    const refused = await officer.get(`/cases/${id}/escalate`);
    expect(refused.html).toContain(
      'You cannot escalate to the next stage: this record was withdrawn',
    );
    expect(refused.html).not.toContain('name="version"');
    expect((await officer.get(`/cases/${id}`)).html).not.toContain(`/cases/${id}/escalate`);
  });

  it('shows a conflict when someone else saved first, overwriting nothing', async () => {
    const { id } = await makeCase(app, 'stage1');
    const manager = await app.signedIn('complaints_manager');
    const mine = await officer.get(`/cases/${id}/extend`);
    await officer.get(`/cases/${id}/acknowledge`);
    const theirs = await manager.get(`/cases/${id}/acknowledge`);
    const saved = await manager.post(`/cases/${id}/acknowledge`, {
      version: versionIn(theirs.html),
      ...date('acknowledgedOn', '2025-03-04'),
    });
    expect(saved.status).toBe(302);
    const before = await recordSnapshot(app, id);

    // The officer opened a form before that change and now submits it.
    const clash = await officer.post(`/cases/${id}/acknowledge`, {
      version: versionIn(mine.html),
      ...date('acknowledgedOn', '2025-03-06'),
    });
    expect(clash.status).toBe(409);
    expect(clash.html).toContain('Test complaints manager changed this case since you opened it');
    expect(clash.html).toContain('Stage 1 acknowledged on 2025-03-04');
    expect(clash.html).toContain('Check and submit again');
    expect(clash.html).toContain('value="06"');
    expect(versionIn(clash.html)).toBe(String(Number(versionIn(mine.html)) + 1));
    expect(await recordSnapshot(app, id)).toBe(before);
  });

  it('records findings on each point of the statement of complaint', async () => {
    const { id } = await makeCase(app, 'stage2-points');
    const investigator = await app.signedIn('investigator');
    const form = await investigator.get(`/cases/${id}/findings`);
    expect(form.html).toContain('Point 1: Calls not returned');
    const missing = await investigator.post(`/cases/${id}/findings`, {
      version: versionIn(form.html),
      'finding-1': 'upheld',
    });
    expect(missing.status).toBe(400);
    expect(missing.html).toContain('<a href="#finding-2">Choose a finding for point 2</a>');
    const saved = await investigator.post(`/cases/${id}/findings`, {
      version: versionIn(form.html),
      'finding-1': 'upheld',
      'notes-1': 'Six calls unreturned',
      'finding-2': 'not_upheld',
    });
    expect(saved.status).toBe(302);
    const points = await app.connection.db
      .selectFrom('complaint_points')
      .innerJoin('stages', 'stages.id', 'complaint_points.stage_id')
      .select(['complaint_points.number', 'finding', 'finding_notes'])
      .where('stages.record_id', '=', id)
      .orderBy('complaint_points.number')
      .execute();
    expect(points).toEqual([
      { number: 1, finding: 'upheld', finding_notes: 'Six calls unreturned' },
      { number: 2, finding: 'not_upheld', finding_notes: null },
    ]);
    const respond = await officer.get(`/cases/${id}/respond`);
    expect(respond.html).toContain('Partially upheld, from the findings on each point.');
    expect(respond.html).toContain('Investigating officer and independent person fees');
  });

  it('changes the details, keeping the person saving on a restricted record', async () => {
    const { id } = await makeCase(app, 'stage1');
    const db = app.connection.db;
    const theme = await db
      .insertInto('themes')
      .values({ organisation_id: app.organisationId, name: 'Delay' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const form = await officer.get(`/cases/${id}/details`);
    expect(form.html).toContain('value="Sam Parent"');
    const saved = await officer.post(`/cases/${id}/details`, {
      version: versionIn(form.html),
      channel: 'letter',
      name: 'Sam Parent-Jones',
      role: 'parent',
      summary: 'Calls not returned for a month',
      themes: theme.id,
      'child-0-name': 'Robin',
      'child-0-circumstance': 'child_in_need',
      restricted: 'yes',
      access: app.users.complaints_manager.id,
    });
    expect(saved.status).toBe(302);
    const record = await db
      .selectFrom('records')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      channel: 'letter',
      summary: 'Calls not returned for a month',
      restricted: true,
    });
    const access = await db
      .selectFrom('record_access')
      .select('user_id')
      .where('record_id', '=', id)
      .execute();
    expect(access.map((a) => a.user_id).sort()).toEqual(
      [app.users.complaints_manager.id, app.users.complaints_officer.id].sort(),
    );
    const people = await officer.get(`/cases/${id}/people`);
    expect(people.html).toContain('Sam Parent-Jones');
    expect(people.html).toContain('Robin');
    expect(people.html).toContain('Child in need');
    const timeline = await officer.get(`/cases/${id}/timeline`);
    expect(timeline.html).toContain(
      'Details changed: themes, complainant, children, who can see it, channel, summary, advocacy offered, advocacy accepted, restriction',
    );
    // Someone not named no longer sees it.
    const admin = await app.signedIn('administrator');
    expect((await admin.get(`/cases/${id}`)).status).toBe(404);
  });

  it('answers 404 for a record that is not there or not visible, and logs it', async () => {
    const { id } = await makeCase(app, 'stage1');
    const investigator = await app.signedIn('investigator');
    expect((await investigator.get(`/cases/${id}`)).status).toBe(404);
    expect((await investigator.get(`/cases/${id}/findings`)).status).toBe(404);
    expect((await officer.get('/cases/not-a-uuid')).status).toBe(404);
    const logged = await app.connection.db
      .selectFrom('security_events')
      .select('detail')
      .where('event', '=', 'access_refused')
      .where('user_id', '=', app.users.investigator.id)
      .execute();
    expect(logged.map((e) => (e.detail as { path: string }).path)).toEqual(
      expect.arrayContaining([`/cases/${id}`, `/cases/${id}/findings`]),
    );
  });

  it('rejects a form without the version it was opened at', async () => {
    const { id } = await makeCase(app, 'stage1');
    await officer.get(`/cases/${id}/acknowledge`);
    const page = await officer.post(
      `/cases/${id}/acknowledge`,
      date('acknowledgedOn', '2025-03-05'),
    );
    expect(page.status).toBe(400);
  });
});
