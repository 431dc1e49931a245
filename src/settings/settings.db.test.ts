import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { HttpClient } from '../testing/http-client.ts';
import { loadPublicOrganisation } from './public-settings.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.connection.db
    .updateTable('organisations')
    .set({
      settings: JSON.stringify({
        procedures: {
          procedures: { statutory: { stages: { '1': { limit: 15, maximum: 25 } } } },
        },
      }) as never,
    })
    .where('id', '=', app.organisationId)
    .execute();
});
afterAll(() => app?.close());

const valid = {
  name: 'Testshire Council',
  logoText: 'Testshire Children’s Services',
  phone: '01632 960 001',
  address: 'Complaints Team\nCounty Hall\nTesttown\nTE1 1ST',
  advocacyProvider: 'Coram Voice',
  advocacyContact: 'Freephone 0808 800 5792',
  privacyUrl: 'https://www.testshire.gov.uk/privacy',
};

describe('the public pages’ settings', () => {
  it('are for administrators only', async () => {
    const officer = await app.signedIn('complaints_officer');
    expect((await officer.get('/admin/settings')).status).toBe(403);
  });

  it('start with NYAS as the advocacy provider and the public pages without contact details', async () => {
    const admin = await app.signedIn('administrator');
    const page = await admin.get('/admin/settings');
    expect(page.status).toBe(200);
    expect(page.html).toContain('name="advocacyProvider" type="text" value="NYAS"');
    expect(page.html).toContain('value="Testshire County Council"');
    const start = await new HttpClient(app.url).get('/feedback');
    expect(start.status).toBe(200);
    expect(start.html).not.toContain('Other ways to contact us');
    expect(start.html).toContain('Testshire County Council');
  });

  it('check the privacy link, the phone number and the provider’s name', async () => {
    const admin = await app.signedIn('administrator');
    await admin.get('/admin/settings');
    const page = await admin.post('/admin/settings', {
      ...valid,
      phone: 'call us',
      privacyUrl: 'javascript:alert(1)',
      advocacyProvider: ' ',
    });
    expect(page.status).toBe(400);
    expect(page.html).toContain(
      'Enter a link in the correct format, like https://www.example.gov.uk/privacy',
    );
    expect(page.html).toContain('Enter a phone number');
    expect(page.html).toContain('Enter the advocacy provider’s name');
    expect(page.html).toContain('value="javascript:alert(1)"');
    const organisation = await loadPublicOrganisation(app.connection.db, app.organisationId);
    expect(organisation.public.privacyUrl).toBeNull();
  });

  it('are saved, keep the organisation’s other settings, and show on every public page', async () => {
    const admin = await app.signedIn('administrator');
    await admin.get('/admin/settings');
    const saved = await admin.post('/admin/settings', valid);
    expect(saved.location).toBe('/admin/settings');
    expect((await admin.get('/admin/settings')).html).toContain(
      'The public pages’ settings were saved',
    );

    const organisation = await loadPublicOrganisation(app.connection.db, app.organisationId);
    expect(organisation.name).toBe('Testshire Council');
    expect(organisation.public).toEqual({
      logoText: 'Testshire Children’s Services',
      phone: '01632 960 001',
      address: 'Complaints Team\nCounty Hall\nTesttown\nTE1 1ST',
      advocacyProvider: 'Coram Voice',
      advocacyContact: 'Freephone 0808 800 5792',
      privacyUrl: 'https://www.testshire.gov.uk/privacy',
    });
    expect(organisation.settings.procedures).toBeDefined();

    const visitor = new HttpClient(app.url);
    for (const path of [
      '/feedback',
      '/feedback/kind',
      '/feedback/young-people',
      '/feedback/young-people/kind',
    ]) {
      const page = await visitor.get(path);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Testshire Children’s Services');
      expect(page.html).toContain('Phone: 01632 960 001');
      expect(page.html).toContain('Write to: Complaints Team, County Hall, Testtown, TE1 1ST');
      expect(page.html).toContain('href="https://www.testshire.gov.uk/privacy"');
    }
    const young = await visitor.get('/feedback/young-people');
    expect(young.html).toContain('Coram Voice can be your advocate');
    expect(young.html).toContain('To talk to Coram Voice, use: Freephone 0808 800 5792.');
    // The organisation's own timescale for stage 1, not the default.
    expect(young.html).toContain(
      'We will write back within 15 working days. That is about 3 weeks.',
    );
  });

  it('name any advocacy provider', async () => {
    const admin = await app.signedIn('administrator');
    await admin.get('/admin/settings');
    await admin.post('/admin/settings', { ...valid, advocacyProvider: 'Voice Advocacy' });
    expect((await admin.get('/admin/settings')).html).toContain('value="Voice Advocacy"');
    expect((await new HttpClient(app.url).get('/feedback/young-people')).html).toContain(
      'Voice Advocacy can be your advocate',
    );
  });
});
