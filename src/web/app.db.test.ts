import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { HttpClient } from '../testing/http-client.ts';
import { roles } from '../auth/roles.ts';
import { sections } from './navigation.ts';
import { rolePermissions } from '../auth/roles.ts';
import { addUser } from '../admin/users.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('the web app', () => {
  it('reports health with the database checked', async () => {
    const page = await new HttpClient(app.url).get('/health');
    expect(page.status).toBe(200);
    expect(JSON.parse(page.html)).toEqual({ status: 'ok', database: 'ok' });
  });

  it('sends visitors to sign in, and back where they were going afterwards', async () => {
    const client = new HttpClient(app.url);
    const page = await client.get('/admin/users');
    expect(page.status).toBe(302);
    expect(page.location).toBe('/sign-in?returnTo=%2Fadmin%2Fusers');
    await client.get(page.location!);
    const signedIn = await client.post('/sign-in', {
      email: app.users.administrator.email,
      password: TEST_PASSWORD,
      returnTo: '/admin/users',
    });
    expect(signedIn.location).toBe('/admin/users');
    expect((await client.get('/admin/users')).html).toContain('Test complaints manager');
  });

  it('never redirects off the site after sign-in', async () => {
    const client = new HttpClient(app.url);
    await client.get('/sign-in');
    const page = await client.post('/sign-in', {
      email: app.users.report_viewer.email,
      password: TEST_PASSWORD,
      returnTo: '//evil.example/',
    });
    expect(page.location).toBe('/');
  });

  it('shows the GOV.UK error summary for an empty or wrong sign-in, keeping the email', async () => {
    const client = new HttpClient(app.url);
    await client.get('/sign-in');
    const empty = await client.post('/sign-in', { email: '', password: '' });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('There is a problem');
    expect(empty.html).toContain('Enter your email address');
    expect(empty.html).toContain('Enter your password');
    const wrong = await client.post('/sign-in', {
      email: 'Nobody@Testshire.example',
      password: 'nope',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.html).toContain('Enter a correct email address and password');
    expect(wrong.html).toContain('value="Nobody@Testshire.example"');
  });

  it('locks an account after five failed attempts, even with the right password after', async () => {
    const email = 'lockout@testshire.example';
    const { id } = await addUser(app.connection.db, {
      organisationId: app.organisationId,
      email,
      name: 'Lockout Test',
      role: 'complaints_officer',
      password: TEST_PASSWORD,
    });
    const client = new HttpClient(app.url);
    await client.get('/sign-in');
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await client.post('/sign-in', { email, password: 'guess' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const right = await client.post('/sign-in', { email, password: TEST_PASSWORD });
    expect(right.status).toBe(423);
    expect(right.html).toContain('locked');
    const events = await app.connection.db
      .selectFrom('security_events')
      .select('event')
      .where('user_id', '=', id)
      .execute();
    expect(events.map((e) => e.event)).toContain('locked_out');
  });

  it('refuses a form without a valid CSRF token and changes nothing', async () => {
    const client = await app.signedIn('administrator');
    const page = await client.post('/admin/teams', { name: 'Forged team', _csrf: 'forged' });
    expect(page.status).toBe(403);
    expect(page.html).toContain('This form has expired');
    const teams = await app.connection.db.selectFrom('teams').select('name').execute();
    expect(teams.map((t) => t.name)).not.toContain('Forged team');
  });

  it('signs out, ending the session on the server', async () => {
    const client = await app.signedIn('complaints_officer');
    await client.get('/');
    const out = await client.post('/sign-out', {});
    expect(out.location).toBe('/sign-in');
    expect((await client.get('/')).status).toBe(302);
  });

  it('answers unknown pages with a GOV.UK 404', async () => {
    const client = await app.signedIn('complaints_officer');
    const page = await client.get('/no-such-page');
    expect(page.status).toBe(404);
    expect(page.html).toContain('Page not found');
  });

  it('refuses oversized form posts with a clear page', async () => {
    const client = await app.signedIn('administrator');
    await client.get('/admin/teams');
    const page = await client.post('/admin/teams', { name: 'x'.repeat(300_000) });
    expect(page.status).toBe(413);
    expect(page.html).toContain('too large');
  });

  it('sets security headers with a nonce-based content security policy', async () => {
    const response = await fetch(`${app.url}/sign-in`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(response.headers.get('x-powered-by')).toBeNull();
    const cookie = response.headers.getSetCookie().join(';');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
  });
});

describe('route guards by role', () => {
  const cases = roles.flatMap((role) =>
    sections.map(
      (section) =>
        [role, section.href, rolePermissions[role].includes(section.permission)] as const,
    ),
  );
  it.each(cases)('%s opening %s is allowed: %s', async (role, href, allowed) => {
    const client = await app.signedIn(role);
    const page = await client.get(href);
    expect(page.status).toBe(allowed ? 200 : 403);
    const home = await client.get('/');
    expect(home.html.includes(`href="${href}"`)).toBe(allowed);
  });

  it('logs a refused attempt', async () => {
    const client = await app.signedIn('report_viewer');
    await client.get('/admin');
    const refused = await app.connection.db
      .selectFrom('security_events')
      .select(['event', 'detail'])
      .where('user_id', '=', app.users.report_viewer.id)
      .where('event', '=', 'access_refused')
      .execute();
    expect(refused.length).toBeGreaterThan(0);
  });
});

describe('administration', () => {
  it('adds a user with validation, then the new user can sign in', async () => {
    const admin = await app.signedIn('administrator');
    await admin.get('/admin/users/new');
    const invalid = await admin.post('/admin/users/new', {
      name: 'Ayesha Khan',
      email: 'not-an-email',
      role: '',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.html).toContain('Enter an email address in the correct format');
    expect(invalid.html).toContain('Choose a role');
    expect(invalid.html).toContain('value="Ayesha Khan"');

    const added = await admin.post('/admin/users/new', {
      name: 'Ayesha Khan',
      email: 'Ayesha.Khan@Testshire.example',
      role: 'responding_manager',
      teamId: '',
    });
    expect(added.location).toBe('/admin/users');
    const list = await admin.get('/admin/users');
    const password = /Their password is ([a-z0-9-]+)/.exec(list.html)?.[1];
    expect(password).toBeDefined();
    const newcomer = new HttpClient(app.url);
    await newcomer.signIn('ayesha.khan@testshire.example', password!);
    expect((await newcomer.get('/')).html).toContain('Signed in as Ayesha Khan');

    await admin.get('/admin/users/new');
    const duplicate = await admin.post('/admin/users/new', {
      name: 'Another',
      email: 'ayesha.khan@testshire.example',
      role: 'investigator',
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.html).toContain('already exists');
  });

  it('adds and renames teams, refusing duplicate names', async () => {
    const admin = await app.signedIn('administrator');
    await admin.get('/admin/teams');
    await admin.post('/admin/service-areas', { serviceAreaName: 'Children in Care' });
    const area = await app.connection.db
      .selectFrom('service_areas')
      .select('id')
      .executeTakeFirstOrThrow();
    expect(
      (await admin.post('/admin/teams', { name: 'Fostering', serviceAreaId: area.id })).status,
    ).toBe(302);
    await admin.get('/admin/teams');
    const duplicate = await admin.post('/admin/teams', { name: 'fostering' });
    expect(duplicate.status).toBe(400);
    expect(duplicate.html).toContain('There is already a team called fostering');
    const team = await app.connection.db
      .selectFrom('teams')
      .select('id')
      .where('name', '=', 'Fostering')
      .executeTakeFirstOrThrow();
    await admin.get(`/admin/teams/${team.id}`);
    await admin.post(`/admin/teams/${team.id}`, {
      name: 'Fostering Service',
      serviceAreaId: area.id,
      active: 'yes',
    });
    expect((await admin.get('/admin/teams')).html).toContain('Fostering Service');
  });

  it('does not let an administrator remove their own access', async () => {
    const admin = await app.signedIn('administrator');
    const id = app.users.administrator.id;
    await admin.get(`/admin/users/${id}`);
    const page = await admin.post(`/admin/users/${id}`, {
      name: 'Test administrator',
      role: 'report_viewer',
      teamId: '',
      active: 'yes',
    });
    expect(page.status).toBe(400);
    expect(page.html).toContain('You cannot remove your own administrator access');
  });
});
