import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../testing/test-app.ts';
import { SECTIONS } from '../sections.ts';
import { pageText } from '../testing/page-text.ts';
import { startReportApp } from '../testing/report-app.ts';
import type { seedReportYears } from '../testing/seed-report.ts';

let app: TestApp;
let seeded: Awaited<ReturnType<typeof seedReportYears>>;
beforeAll(async () => {
  ({ app, seeded } = await startReportApp());
});
afterAll(() => app.close());

describe('the reports pages', () => {
  it('lists the financial years that have records, with how many each has', async () => {
    const viewer = await app.signedIn('report_viewer');
    const page = await viewer.get('/reports');
    expect(page.status).toBe(200);
    const text = pageText(page.html);
    expect(text).toContain('2020/21 annual report 8');
    expect(text).toContain('2019/20 annual report 2');
    expect(page.html).toContain('href="/reports/2020"');
  });

  it('shows every section of the year, in order, with figures beside last year', async () => {
    const viewer = await app.signedIn('report_viewer');
    const page = await viewer.get('/reports/2020');
    expect(page.status).toBe(200);
    const text = pageText(page.html);
    let from = text.indexOf('Contents');
    for (const [index, section] of SECTIONS.entries()) {
      const at = text.indexOf(`${index + 1}. ${section.title}`, from);
      expect(at, section.title).toBeGreaterThan(from);
      from = at;
    }
    expect(text).toContain(
      'Figures in brackets are for the previous year: April 2019 to March 2020.',
    );
    expect(text).toContain('3 (2) statutory stage 1 complaints were received, a 50% increase.');
    expect(text).toContain('2 (0) compliments were received, an increase from none.');
    expect(text).toContain(
      '£250 (£0) was agreed in financial remedies, an increase from none, in 1 (0) cases.',
    );
    expect(text).toContain(
      'From April 2020 to March 2021, 4 (2) stage 1 statutory complaints were worked on.',
    );
    expect(text).toContain('Within 10 working days 0 1 ↓ 100%');
    expect(text).toContain('11 to 20 working days 1 0 ↑ new');
    expect(text).toContain('Over 20 working days 1 0 ↑ new');
    expect(text).toContain('Court related 1 0');
    // Equalities counts are suppressed: 3 parents in all became <5.
    expect(text).toMatch(/Complaints by who complained Complainant 2020\/21 2019\/20 Parent <5 <5/);
    // Charts are drawn on the server as named images, each followed by its table.
    expect(page.html).toMatch(
      /<svg[^>]* role="img" aria-label="Stage 1 statutory complaints: outcomes/,
    );
    expect(page.html).not.toContain('<script>');
    // A reader cannot change the report.
    expect(text).not.toContain('Add commentary');
    expect(text).not.toContain('Prepare the report');
  });

  it('keeps commentary with the year, and shows it in its section', async () => {
    const officer = await app.signedIn('complaints_officer');
    expect(pageText((await officer.get('/reports/2020')).html)).toContain(
      'Add commentary for Compliments',
    );
    const form = await officer.get('/reports/2020/commentary/compliments');
    expect(form.status).toBe(200);
    expect(pageText(form.html)).toContain('Compliments: the figures');
    const saved = await officer.post('/reports/2020/commentary/compliments', {
      commentary: 'Compliments rose as foster carers wrote in.\nThe team shares them at briefings.',
      version: /name="version" value="([^"]+)"/.exec(form.html)![1]!,
    });
    expect(saved.status).toBe(302);
    expect(saved.location).toBe('/reports/2020#compliments');
    const text = pageText((await officer.get('/reports/2020')).html);
    expect(text).toContain('The commentary on compliments was saved.');
    expect(text).toMatch(
      /4\. Compliments .* Commentary Compliments rose as foster carers wrote in\. The team shares them at briefings\. Change commentary for Compliments .*5\. Concerns and enquiries/,
    );
    // Another year's report has its own commentary.
    expect(pageText((await officer.get('/reports/2019')).html)).not.toContain(
      'foster carers wrote in',
    );
    const viewer = await app.signedIn('report_viewer');
    expect(pageText((await viewer.get('/reports/2020')).html)).toContain(
      'Compliments rose as foster carers wrote in.',
    );
  });

  it('never overwrites commentary someone else saved in the meantime', async () => {
    const first = await app.signedIn('complaints_officer');
    const second = await app.signedIn('complaints_manager');
    const form = await first.get('/reports/2020/commentary/activity');
    const version = /name="version" value="([^"]+)"/.exec(form.html)![1]!;
    await second.get('/reports/2020/commentary/activity');
    expect(
      (
        await second.post('/reports/2020/commentary/activity', {
          commentary: 'Their words.',
          version,
        })
      ).status,
    ).toBe(302);
    const clash = await first.post('/reports/2020/commentary/activity', {
      commentary: 'My words.',
      version,
    });
    expect(clash.status).toBe(409);
    const text = pageText(clash.html);
    expect(text).toContain('Someone else saved this while you were editing it.');
    expect(text).toContain('The commentary as it is now saved Their words.');
    expect(clash.html).toMatch(/<textarea[^>]*>My words\.<\/textarea>/);
    expect(pageText((await first.get('/reports/2020')).html)).not.toContain('My words.');
    // Saving again, having seen their words, goes through.
    const retry = await first.post('/reports/2020/commentary/activity', {
      commentary: 'Their words. My words.',
      version: /name="version" value="([^"]+)"/.exec(clash.html)![1]!,
    });
    expect(retry.status).toBe(302);
  });

  it('refuses commentary that is too long, keeping what was typed', async () => {
    const officer = await app.signedIn('complaints_officer');
    const form = await officer.get('/reports/2020/commentary/summary');
    const long = 'x'.repeat(10_001);
    const page = await officer.post('/reports/2020/commentary/summary', {
      commentary: long,
      version: /name="version" value="([^"]+)"/.exec(form.html)![1]!,
    });
    expect(page.status).toBe(400);
    expect(pageText(page.html)).toContain('Commentary must be 10,000 characters or fewer');
    expect(page.html).toContain(long);
  });

  it('takes the context figures and gives representations per 100 open cases', async () => {
    const officer = await app.signedIn('complaints_officer');
    const form = await officer.get('/reports/2020/context');
    const version = /name="version" value="([^"]+)"/.exec(form.html)![1]!;
    const bad = await officer.post('/reports/2020/context', {
      childrenPopulation: 'lots',
      openCases: '1,720',
      lookedAfterChildren: '',
      version,
    });
    expect(bad.status).toBe(400);
    expect(pageText(bad.html)).toContain(
      "Enter the children's population as a whole number, like 4016, or leave it empty",
    );
    expect(bad.html).toMatch(/id="openCases"[^>]*value="1,720"/);
    const saved = await officer.post('/reports/2020/context', {
      childrenPopulation: '45 000',
      openCases: '1,720',
      lookedAfterChildren: '182',
      version,
    });
    expect(saved.status).toBe(302);
    const text = pageText((await officer.get('/reports/2020')).html);
    expect(text).toContain('Children in the area (population aged 0 to 17) 45,000 Not entered');
    expect(text).toContain('Looked-after children 182 Not entered');
    // 3 representations (statutory complaints and concerns) for 1,720 open cases.
    expect(text).toContain('Representations per 100 open cases 0.2 Not entered');
  });

  it('features only the compliments fit to publish, as chosen', async () => {
    const officer = await app.signedIn('complaints_officer');
    expect(pageText((await officer.get('/reports/2020')).html)).toContain(
      'No compliments have been chosen to feature yet.',
    );
    const form = await officer.get('/reports/2020/compliments');
    expect(form.html).toContain(`value="${seeded.compliments.shared}"`);
    expect(form.html).not.toContain(`value="${seeded.compliments.private}"`);
    const version = /name="version" value="([^"]+)"/.exec(form.html)![1]!;
    const refused = await officer.post('/reports/2020/compliments', {
      chosen: [seeded.compliments.shared, seeded.compliments.private],
      version,
    });
    expect(refused.status).toBe(400);
    expect(pageText(refused.html)).toContain('Choose from the list');
    const saved = await officer.post('/reports/2020/compliments', {
      chosen: seeded.compliments.shared,
      version,
    });
    expect(saved.status).toBe(302);
    const text = pageText((await officer.get('/reports/2020')).html);
    expect(text).toContain(
      'Foster carer said of the Fostering Support Team: Thank you for everything you did for us this year.',
    );
    expect(text).not.toContain('Jane Smith');
  });

  it('shows the improvements marked to publish until the officer chooses others', async () => {
    const officer = await app.signedIn('complaints_officer');
    let text = pageText((await officer.get('/reports/2020')).html);
    expect(text).toContain('Replies are now tracked weekly');
    expect(text).not.toContain('Team reminded of timescales');
    const form = await officer.get('/reports/2020/improvements');
    expect(form.html).toMatch(new RegExp(`value="${seeded.learning.published}" checked`));
    const saved = await officer.post('/reports/2020/improvements', {
      chosen: seeded.learning.unpublished,
      version: /name="version" value="([^"]+)"/.exec(form.html)![1]!,
    });
    expect(saved.status).toBe(302);
    text = pageText((await officer.get('/reports/2020')).html);
    expect(text).toContain(
      'Letters were late (Team reminded of timescales) Team reminded of timescales Communication Open',
    );
    expect(text).not.toContain('Replies are now tracked weekly');
  });

  it('lets a report viewer read but not edit, and keeps responding managers out', async () => {
    const viewer = await app.signedIn('report_viewer');
    expect((await viewer.get('/reports/2020/commentary/summary')).status).toBe(403);
    expect((await viewer.get('/reports/2020/context')).status).toBe(403);
    await viewer.get('/reports/2020');
    expect(
      (await viewer.post('/reports/2020/commentary/summary', { commentary: 'No', version: '' }))
        .status,
    ).toBe(403);
    expect((await viewer.post('/reports/2020/compliments', { version: '' })).status).toBe(403);
    const manager = await app.signedIn('responding_manager');
    for (const path of ['/reports', '/reports/2020', '/reports/2020/download.json']) {
      expect((await manager.get(path)).status, path).toBe(403);
    }
  });

  it('shows a year without records as a report of nothing, not an error', async () => {
    const viewer = await app.signedIn('report_viewer');
    const page = await viewer.get('/reports/2015');
    expect(page.status).toBe(200);
    const text = pageText(page.html);
    expect(text).toContain('0 (0) statutory stage 1 complaints were received, no change.');
    expect(text).toContain(
      'No stage 1 statutory complaints were worked on from April 2015 to March 2016, nor in the year before.',
    );
  });

  it('answers a year or section that does not exist with page not found', async () => {
    const officer = await app.signedIn('complaints_officer');
    for (const path of [
      '/reports/twenty',
      '/reports/2999',
      '/reports/2020/commentary/nonsense',
      '/reports/2020/download.pdf',
    ]) {
      expect((await officer.get(path)).status, path).toBe(404);
    }
  });

  it('downloads the report in every format', async () => {
    const viewer = await app.signedIn('report_viewer');
    const json = await viewer.get('/reports/2020/download.json');
    expect(json.status).toBe(200);
    expect(JSON.parse(json.html).current.statutory.stage1.received).toBe(3);
    const types = {
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      csv: 'text/csv; charset=utf-8',
      html: 'text/html; charset=utf-8',
    };
    for (const [format, type] of Object.entries(types)) {
      const file = await viewer.get(`/reports/2020/download.${format}`);
      expect(file.status, format).toBe(200);
      expect(file.contentType).toBe(type);
      if (format === 'docx' || format === 'xlsx') expect(file.html.startsWith('PK')).toBe(true);
    }
    const html = await viewer.get('/reports/2020/download.html');
    expect(pageText(html.html)).toContain('16. Equalities information');
  });
});
