import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../auth/roles.ts';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';
import { makeCase } from './case-fixtures.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** The action links in the summary's Actions list. */
async function actionsFor(role: Role, id: string) {
  const page = await (await app.signedIn(role)).get(`/cases/${id}`);
  const list = /aria-labelledby="actions-heading">([\s\S]*?)<\/ul>/.exec(page.html)?.[1] ?? '';
  return [...list.matchAll(/>([^<]+)<\/a>/g)].map((m) => m[1]);
}

describe('the case page', () => {
  it('offers each person only the actions their role and the case allow', async () => {
    const { id } = await makeCase(app, 'stage1');
    expect(await actionsFor('complaints_officer', id)).toEqual([
      'Record acknowledgement',
      'Allocate',
      'Record manager contact',
      'Appoint someone to this stage',
      'Extend the time to respond',
      'Suspend the clock',
      'Record the response',
      'Change procedure',
      'Withdraw',
      'Close',
      'Change details',
    ]);
    expect(await actionsFor('responding_manager', id)).toEqual([
      'Record manager contact',
      'Record the response',
    ]);
    expect(await actionsFor('senior_manager', id)).toEqual(['Record the response']);

    const stage2 = await makeCase(app, 'stage2-points');
    expect(await actionsFor('investigator', stage2.id)).toEqual(['Record findings']);
    const triage = await makeCase(app, 'triage');
    expect(await actionsFor('complaints_manager', triage.id)).toEqual([
      'Accept the complaint',
      'Treat as a concern or enquiry',
      'Do not accept the complaint',
      'Allocate',
      'Withdraw',
      'Change details',
    ]);
  });

  it('shows the current stage’s deadline with the working days left', async () => {
    const { id } = await makeCase(app, 'stage1');
    const page = await (await app.signedIn('complaints_officer')).get(`/cases/${id}`);
    expect(page.html).toContain('Stage 1: Local resolution');
    expect(page.html).toMatch(
      /Response due 17 March 2025\s*<strong class="govuk-tag govuk-tag--red">\s*\d+ working days overdue/,
    );
  });

  it('shows each stage’s dates, timescale, points and how long it took', async () => {
    const { id } = await makeCase(app, 'stage2-points');
    const page = await (await app.signedIn('complaints_officer')).get(`/cases/${id}/stages`);
    expect(page.html.indexOf('Stage 2: Investigation')).toBeLessThan(
      page.html.indexOf('Stage 1: Local resolution'),
    );
    expect(page.html).toContain('25 working days, up to 65 if extended');
    expect(page.html).toContain('Investigating officer: Test investigator (21 March 2025)');
    expect(page.html).toContain('Plan not shared – <strong>No finding yet</strong>');
    expect(page.html).toContain('9 working days: Within the limit');
  });

  it('lists remedies, learning and meetings, with links to add them for those who may', async () => {
    const { id } = await makeCase(app, 'stage1');
    const db = app.connection.db;
    const org = app.organisationId;
    await db
      .insertInto('remedies')
      .values({
        organisation_id: org,
        record_id: id,
        stage_number: '1',
        kind: 'financial',
        amount: 250,
        financial_type: 'time_and_trouble',
      })
      .execute();
    await db
      .insertInto('learning_actions')
      .values({
        organisation_id: org,
        record_id: id,
        learning: 'Calls were missed',
        action: 'Duty phone rota',
        category: 'communication',
      })
      .execute();
    await db
      .insertInto('resolution_meetings')
      .values({
        organisation_id: org,
        record_id: id,
        held_on: '2025-03-12',
        attendees: 'Parent, team manager',
        result: 'Resolved',
      })
      .execute();
    const page = await (await app.signedIn('complaints_officer')).get(`/cases/${id}/remedies`);
    expect(page.html).toContain('Financial remedy (Time and trouble)');
    expect(page.html).toContain('£250');
    expect(page.html).toContain('Duty phone rota');
    expect(page.html).toContain('12 March 2025');
    for (const path of ['remedies/new', 'learning/new', 'meetings/new'])
      expect(page.html).toContain(`href="/cases/${id}/${path}"`);
    const manager = await (await app.signedIn('responding_manager')).get(`/cases/${id}/remedies`);
    expect(manager.html).not.toContain(`href="/cases/${id}/remedies/new"`);
    expect(manager.html).toContain(`href="/cases/${id}/learning/new"`);
  });

  it('shows the timeline newest first, with who and when', async () => {
    const { id } = await makeCase(app, 'stage1-responded');
    const page = await (await app.signedIn('complaints_officer')).get(`/cases/${id}/timeline`);
    const titles = [...page.html.matchAll(/<h3 class="moj-timeline__title">([^<]+)<\/h3>/g)].map(
      (m) => m[1],
    );
    expect(titles).toEqual([
      'Stage 1 response recorded on 2025-03-14: Upheld',
      'Stage 1 acknowledged on 2025-03-04; response due 2025-03-17',
      'Allocated to no team, responding manager Test responding manager',
      'Accepted under the statutory procedure',
      'Complaint logged',
    ]);
    expect(page.html).toContain('by Test complaints officer');
    expect(page.html).toMatch(
      /<time datetime="\d{4}-\d{2}-\d{2}T[^"]+">\d{1,2} \w+ \d{4} at \d{1,2}:\d{2}[ap]m<\/time>/,
    );
  });

  it('closes a responded stage without asking for an outcome', async () => {
    const { id } = await makeCase(app, 'stage1-responded');
    const officer = await app.signedIn('complaints_officer');
    const form = await officer.get(`/cases/${id}/close`);
    expect(form.html).not.toContain('Why does the stage end without a response?');
    const version = /name="version" value="(\d+)"/.exec(form.html)![1]!;
    const closed = await officer.post(`/cases/${id}/close`, {
      version,
      'closedOn-day': '10',
      'closedOn-month': '4',
      'closedOn-year': '2025',
    });
    expect(closed.status).toBe(302);
    const record = await app.connection.db
      .selectFrom('records')
      .select(['status', 'closed_on'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(record).toEqual({ status: 'closed', closed_on: '2025-04-10' });
  });
});
