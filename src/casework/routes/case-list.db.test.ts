import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';
import type { HttpClient } from '../../testing/http-client.ts';
import { todayInLondon } from '../clock.ts';
import { logRecord } from '../use-cases/log-record.ts';
import { triage } from '../use-cases/triage.ts';
import { allocate } from '../use-cases/people-and-stages.ts';
import { actorFor, makeCase } from './case-fixtures.ts';

let app: TestApp;
let officer: HttpClient;
let northTeam: string;
const refs: Record<string, string> = {};

/** The references in the list, in the order shown. */
const referencesIn = (html: string) =>
  [...html.matchAll(/href="\/cases\/[0-9a-f-]{36}">([A-Z]{2}-\d{4}-\d{4})<\/a>/g)].map((m) => m[1]);

beforeAll(async () => {
  app = await startTestApp();
  const db = app.connection.db;
  const actor = actorFor(app, 'complaints_officer');
  northTeam = (
    await db
      .insertInto('teams')
      .values({ organisation_id: app.organisationId, name: 'North' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  // A corporate complaint, waiting for acknowledgement, allocated to North.
  const corporate = await logRecord(db, actor, app.organisationId, {
    kind: 'complaint',
    receivedOn: '2025-01-06',
    channel: 'letter',
    complainant: { name: 'Alex Zephyr' },
  });
  await triage(db, actor, corporate.id, undefined, { decision: 'accept', procedure: 'corporate' });
  await allocate(db, actor, corporate.id, undefined, {
    teamId: northTeam,
    serviceAreaId: null,
    respondingManagerId: null,
  });
  refs.corporate = corporate.reference;
  refs.stage1 = (await makeCase(app, 'stage1', { name: 'Bea Moss' })).reference;
  refs.stage2 = (await makeCase(app, 'stage2', { name: 'Cat Lee' })).reference;
  refs.triage = (await makeCase(app, 'triage', { name: '=HYPERLINK("x")' })).reference;
  // An Ombudsman case due today: due this week, not overdue.
  refs.ombudsman = (
    await logRecord(db, actor, app.organisationId, {
      kind: 'ombudsman',
      receivedOn: '2025-02-03',
      ombudsmanReference: '24 000 001',
      dueOn: todayInLondon(),
    })
  ).reference;
  officer = await app.signedIn('complaints_officer');
});
afterAll(() => app.close());

describe('the case list', () => {
  it('lists every visible record, newest first, with deadlines', async () => {
    const page = await officer.get('/cases');
    expect(page.status).toBe(200);
    // Received on the same day, the latest reference comes first.
    expect(referencesIn(page.html)).toEqual([
      refs.triage,
      refs.stage2,
      refs.stage1,
      refs.ombudsman,
      refs.corporate,
    ]);
    expect(page.html).toContain('5 records');
    expect(page.html).toContain('Due today');
    expect(page.html).toMatch(/\d+ working days overdue/);
  });

  it.each([
    ['kind=ombudsman', ['ombudsman']],
    ['procedure=corporate', ['corporate']],
    ['stage=2', ['stage2']],
    ['status=triage', ['triage']],
    ['deadline=week', ['ombudsman']],
    ['deadline=overdue', ['stage2', 'stage1']],
    ['q=cs-2025-000', ['triage', 'stage2', 'stage1', 'corporate']],
    ['q=zeph', ['corporate']],
    ['q=24%20000', ['ombudsman']],
    ['q=100%25', []],
    ['kind=complaint&procedure=statutory&stage=1', ['stage1']],
  ])('filters with %s', async (query, expected) => {
    const page = await officer.get(`/cases?${query}`);
    expect(referencesIn(page.html)).toEqual(expected.map((k) => refs[k]));
  });

  it('filters by team and responding manager, showing them as removable tags', async () => {
    const byTeam = await officer.get(`/cases?team=${northTeam}`);
    expect(referencesIn(byTeam.html)).toEqual([refs.corporate]);
    expect(byTeam.html).toContain('Selected filters');
    expect(byTeam.html).toMatch(
      /href="\/cases"><span class="govuk-visually-hidden">Remove this filter<\/span> North/,
    );
    const byManager = await officer.get(`/cases?manager=${app.users.responding_manager.id}`);
    expect(referencesIn(byManager.html)).toEqual([refs.stage2, refs.stage1]);
  });

  it('sorts by a column with links that keep the filters', async () => {
    const ascending = await officer.get('/cases?sort=complainant&order=asc');
    expect(referencesIn(ascending.html)).toEqual([
      refs.triage, // "=" sorts before letters
      refs.corporate,
      refs.stage1,
      refs.stage2,
      refs.ombudsman, // no complainant: last
    ]);
    expect(ascending.html).toMatch(
      /aria-sort="ascending">\s*<a [^>]*href="\/cases\?sort=complainant&amp;order=desc"/,
    );
    const filtered = await officer.get('/cases?kind=complaint&sort=reference&order=asc');
    expect(referencesIn(filtered.html)).toEqual([
      refs.corporate,
      refs.stage1,
      refs.stage2,
      refs.triage,
    ]);
    expect(filtered.html).toContain('href="/cases?kind=complaint&amp;sort=due&amp;order=asc"');
  });

  it('shows what each role may see, and My cases', async () => {
    const manager = await app.signedIn('responding_manager');
    expect(referencesIn((await manager.get('/cases')).html)).toEqual([refs.stage2, refs.stage1]);
    expect(referencesIn((await manager.get('/cases/mine')).html)).toEqual([
      refs.stage2,
      refs.stage1,
    ]);
    const investigator = await app.signedIn('investigator');
    expect(referencesIn((await investigator.get('/cases/mine')).html)).toEqual([refs.stage2]);
    expect(referencesIn((await investigator.get('/cases')).html)).toEqual([refs.stage2]);
    expect(referencesIn((await officer.get('/cases/mine')).html)).toEqual([]);
    const viewer = await app.signedIn('report_viewer');
    expect((await viewer.get('/cases')).status).toBe(403);
  });

  it('downloads the filtered list as CSV, safe to open in a spreadsheet', async () => {
    const page = await officer.get('/cases.csv?kind=complaint&sort=reference&order=asc');
    expect(page.status).toBe(200);
    expect(page.contentType).toContain('text/csv');
    const lines = page.html
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Reference,Kind,Procedure,Received,Complainant,Team,Responding manager,Stage,Status,Due,Deadline',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      refs.corporate,
      refs.stage1,
      refs.stage2,
      refs.triage,
    ]);
    expect(lines[2]).toMatch(
      new RegExp(
        `^${refs.stage1},Complaint,Statutory,2025-03-03,Bea Moss,,Test responding manager,Stage 1,Open,2025-03-17,\\d+ working days overdue$`,
      ),
    );
    expect(lines[4]).toContain(`"'=HYPERLINK(""x"")"`);
  });
  it('hides a restricted record from all but the people named on it', async () => {
    const restricted = await makeCase(app, 'triage', { restricted: true, name: 'Hidden Person' });
    expect(referencesIn((await officer.get('/cases?q=hidden')).html)).toEqual([
      restricted.reference,
    ]);
    const manager = await app.signedIn('complaints_manager');
    expect(referencesIn((await manager.get('/cases?q=hidden')).html)).toEqual([]);
    expect((await manager.get('/cases.csv?q=hidden')).html).not.toContain(restricted.reference);
  });

  it('pages through 25 at a time', async () => {
    const db = app.connection.db;
    const actor = actorFor(app, 'complaints_officer');
    for (let i = 0; i < 27; i++) {
      await logRecord(db, actor, app.organisationId, {
        kind: 'enquiry',
        receivedOn: '2024-06-03',
        complainant: { name: `Paged ${i}` },
      });
    }
    const first = await officer.get('/cases?kind=enquiry');
    expect(referencesIn(first.html)).toHaveLength(25);
    expect(first.html).toContain('27 records');
    expect(first.html).toContain('href="/cases?kind=enquiry&amp;page=2"');
    const second = await officer.get('/cases?kind=enquiry&page=2');
    const shown = referencesIn(second.html);
    expect(shown).toHaveLength(2);
    expect(shown.some((r) => referencesIn(first.html).includes(r))).toBe(false);
    // A page past the end shows the last page.
    expect(referencesIn((await officer.get('/cases?kind=enquiry&page=9')).html)).toEqual(shown);
  });
});
