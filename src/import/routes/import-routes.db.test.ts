import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.ts';
import { csvOf } from '../import-testing.ts';
import { complaint } from '../testing.ts';

const SAMPLE = new URL('../fixtures/import-sample.csv', import.meta.url);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** A browser without JavaScript: its cookies, and the form token of the last page it read. */
class Visitor {
  private cookies = new Map<string, string>();
  token = '';

  async get(path: string): Promise<Response> {
    const response = await this.send(path, { method: 'GET' });
    const html = await response.clone().text();
    this.token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? this.token;
    return response;
  }

  async signIn(email: string): Promise<void> {
    await this.get('/sign-in');
    const body = new URLSearchParams({ email, password: TEST_PASSWORD, _csrf: this.token });
    await this.send('/sign-in', { method: 'POST', body });
  }

  /** Posts the import form as a browser does: multipart, the token in the action's query. */
  upload(
    file: { name: string; text: string } | null,
    fields: Record<string, string> = {},
    token = this.token,
  ) {
    const form = new FormData();
    if (file) form.append('file', new Blob([file.text], { type: 'text/csv' }), file.name);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return this.send(`/admin/import?_csrf=${encodeURIComponent(token)}`, {
      method: 'POST',
      body: form,
    });
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    const response = await fetch(new URL(path, app.url), {
      ...init,
      redirect: 'manual',
      headers: { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
}

async function administrator(): Promise<Visitor> {
  const visitor = new Visitor();
  await visitor.signIn(app.users.administrator.email);
  await visitor.get('/admin/import');
  return visitor;
}

describe('the import and export page', () => {
  it('is for administrators only', async () => {
    const officer = await app.signedIn('complaints_officer');
    expect((await officer.get('/admin/import')).status).toBe(403);
    expect((await officer.get('/admin/export.csv')).status).toBe(403);
    const admin = await app.signedIn('administrator');
    const page = await admin.get('/admin/import');
    expect(page.status).toBe(200);
    expect(page.html).toContain('enctype="multipart/form-data"');
  });

  it('takes the form token from the query string only for a file upload', async () => {
    const visitor = new Visitor();
    await visitor.get('/sign-in');
    // The token is right, so the check passes and sign-in is asked for.
    expect((await visitor.upload(null)).status).toBe(302);
    expect((await visitor.upload(null, {}, 'forged')).status).toBe(403);
    const urlencoded = await fetch(new URL(`/admin/import?_csrf=${visitor.token}`, app.url), {
      method: 'POST',
      body: new URLSearchParams({ a: 'b' }),
      redirect: 'manual',
    });
    expect(urlencoded.status).toBe(403);
  });

  it('imports an uploaded file and shows what it did', async () => {
    const admin = await administrator();
    const response = await admin.upload({
      name: 'history.csv',
      text: await readFile(SAMPLE, 'utf8'),
    });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('Records imported');
    expect(html).toContain('history.csv: 8 new, 0 updated');
    expect(html).toContain('<li>Children in Care (South)</li>');
    expect(html).toContain('<li>Placement issues</li>');
    const history = await app.connection.db
      .selectFrom('events')
      .innerJoin('records', 'records.id', 'events.record_id')
      .select(['events.actor_name', 'events.summary'])
      .where('records.reference', '=', 'CS-2023-0002')
      .execute();
    expect(history).toEqual([
      {
        actor_name: 'Test administrator',
        summary:
          'Imported from history.csv, line 3: Complaint (statutory) received 2023-04-20; closed',
      },
    ]);
  });

  it('lists every problem in the error summary and imports nothing', async () => {
    const admin = await administrator();
    const before = await app.connection.db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    const bad = csvOf([
      { ...complaint, reference: 'NEW-1' },
      { ...complaint, reference: 'NEW-2', received_on: '2023-02-30', channel: 'pigeon' },
    ]);
    const response = await admin.upload({ name: 'bad.csv', text: bad });
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain('There is a problem');
    expect(html).toContain(
      'Row 3, received_on: received_on &quot;2023-02-30&quot; is not a real date',
    );
    expect(html).toContain('Row 3, channel: channel &quot;pigeon&quot; must be one of');
    const after = await app.connection.db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(after.count)).toBe(Number(before.count));
  });

  it('asks for a file when none is chosen, and checks without importing when asked', async () => {
    const admin = await administrator();
    const none = await admin.upload(null);
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Select a CSV file to import');
    await admin.get('/admin/import');
    const dry = await admin.upload(
      { name: 'new.csv', text: csvOf([{ ...complaint, reference: 'DRY-1' }]) },
      { dryRun: 'yes' },
    );
    expect(await dry.text()).toContain('File checked: nothing was imported');
    const found = await app.connection.db
      .selectFrom('records')
      .select('id')
      .where('reference', '=', 'DRY-1')
      .execute();
    expect(found).toEqual([]);
  });

  it('downloads a year of records in the import format', async () => {
    const admin = await app.signedIn('administrator');
    const page = await admin.get('/admin/export.csv?year=2023');
    expect(page.status).toBe(200);
    expect(page.contentType).toBe('text/csv; charset=utf-8');
    const lines = page.html.trim().split('\r\n');
    // fetch's text() drops the byte order mark the file starts with.
    expect(lines[0]).toMatch(/^reference,kind,procedure,received_on,/);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'CS-2023-0001',
      'CS-2023-0002',
      'CS-2023-0003',
      'CS-2023-0004',
      'CM-2023-0001',
      'CO-2023-0001',
      'MP-2023-0001',
      'OM-2023-0001',
    ]);
    expect((await admin.get('/admin/export.csv?year=2010')).html.trim().split('\r\n')).toHaveLength(
      1,
    );
    expect((await admin.get('/admin/export.csv?year=twenty')).status).toBe(400);
  });
});
