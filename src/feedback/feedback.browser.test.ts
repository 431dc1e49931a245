import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { expectAccessible, launchBrowser, newPage } from '../testing/browser.ts';
import { SAMPLES } from './test-files.ts';

let app: TestApp;
let browser: Browser;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'heard-feedback-'));
  process.env.HEARD_DATA_DIR = dataDir;
  process.env.NOTIFY_API_KEY = '';
  [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  await app.connection.db
    .insertInto('teams')
    .values([
      { organisation_id: app.organisationId, name: 'Fostering' },
      { organisation_id: app.organisationId, name: 'Children in Care (North)' },
    ])
    .execute();
  await app.connection.db
    .updateTable('organisations')
    .set({
      settings: JSON.stringify({
        public: {
          phone: '01632 960 001',
          address: 'County Hall\nTesttown\nTE1 1ST',
          privacyUrl: 'https://www.testshire.gov.uk/privacy',
          advocacyProvider: 'NYAS',
          advocacyContact: 'Freephone 0808 808 1001',
        },
      }) as never,
    })
    .where('id', '=', app.organisationId)
    .execute();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** How each page is checked with axe; pages without JavaScript need their own way. */
const checkers = new WeakMap<Page, (page: Page) => Promise<void>>();
const check = (page: Page) => (checkers.get(page) ?? expectAccessible)(page);

/**
 * A page without JavaScript, where axe cannot run, as it would be checked: a copy of exactly what
 * it shows, scripts removed, is opened at the same address in a page with JavaScript and checked.
 */
async function withoutJavaScript(): Promise<Page> {
  const page = await newPage(browser, { javaScriptEnabled: false });
  const mirror = await newPage(browser);
  checkers.set(page, async (seen) => {
    const html = (await seen.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const url = seen.url();
    const same = (u: URL) => u.href === url;
    await mirror.route(same, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await mirror.goto(url);
    await mirror.unroute(same);
    expect(await mirror.locator('h1').first().innerText()).toBe(
      await seen.locator('h1').first().innerText(),
    );
    await expectAccessible(mirror);
  });
  return page;
}

/** Presses a button and waits for the page it leads to, which is then checked with axe. */
async function press(page: Page, name: string) {
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  await check(page);
}

async function open(page: Page, url: string) {
  await page.goto(`${app.url}${url}`);
  await check(page);
}

const heading = (page: Page) => page.locator('h1').first().innerText();

async function answerGeneralStart(page: Page, kind: string, who: string) {
  await open(page, '/feedback');
  expect(await heading(page)).toContain('Make a complaint, compliment or comment');
  expect(await page.locator('.govuk-service-navigation__list').count()).toBe(0);
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Start now' }).click(),
  ]);
  await check(page);
  await page.getByLabel(kind).check();
  await press(page, 'Continue');
  await page.getByLabel(who, { exact: true }).check();
  await press(page, 'Continue');
}

async function answerContactAndRest(page: Page, contact: () => Promise<void>) {
  await page.getByLabel('What is your name?').fill('Sam Smith');
  await press(page, 'Continue');
  await contact();
  await page.getByLabel('No', { exact: true }).check();
  await press(page, 'Continue');
}

async function reference(page: Page): Promise<string> {
  const panel = await page.locator('.govuk-panel').innerText();
  const found = /[A-Z]{2}-\d{4}-\d{4}/.exec(panel)?.[0];
  expect(found).toBeDefined();
  return found!;
}

describe('the public feedback forms in a browser', () => {
  it('takes a complaint with a document, refusing a program dressed as a PDF', async () => {
    const page = await newPage(browser);
    await answerGeneralStart(page, 'Make a complaint', 'A parent or carer');
    expect(await heading(page)).toContain('What is the name of the child or young person?');
    await page.getByLabel('What is the name of the child or young person?').fill('Alex Smith');
    await press(page, 'Continue');
    await page
      .getByLabel('Which team or service is it about?')
      .selectOption({ label: 'Fostering' });
    await press(page, 'Continue');
    await page.getByLabel('What happened?').fill('Nobody returned my calls. <b>Three weeks.</b>');
    await press(page, 'Continue');
    await page.getByLabel('What would you like to happen?').fill('An apology.');
    await press(page, 'Continue');
    await answerContactAndRest(page, async () => {
      await page.getByLabel('Email', { exact: true }).check();
      await press(page, 'Continue');
      await page.getByLabel('What is your email address?').fill('sam@example.com');
      await press(page, 'Continue');
    });

    expect(await heading(page)).toBe('Do you want to send any documents or photos?');
    await page.getByLabel('Upload a file').setInputFiles({
      name: 'invoice.pdf',
      mimeType: 'application/pdf',
      buffer: SAMPLES.exe,
    });
    await press(page, 'Upload file');
    expect(await page.locator('.govuk-error-summary').innerText()).toContain(
      'The selected file must be a PDF, JPEG, PNG or Word document (DOCX)',
    );
    await page.getByLabel('Upload a file').setInputFiles({
      name: 'Letter from school.pdf',
      mimeType: 'application/pdf',
      buffer: SAMPLES.pdf,
    });
    await press(page, 'Upload file');
    expect(await page.locator('.govuk-summary-list').innerText()).toContain(
      'Letter from school.pdf',
    );
    await press(page, 'Continue');

    expect(await heading(page)).toBe('Check your answers before sending');
    const answers = await page.locator('.govuk-summary-list').innerText();
    expect(answers).toContain('Nobody returned my calls. <b>Three weeks.</b>');
    expect(answers).toContain('Fostering');
    expect(answers).toContain('Letter from school.pdf');
    await press(page, 'Accept and send');
    expect(await page.locator('.govuk-panel__title').innerText()).toBe('Complaint sent');
    expect(await reference(page)).toMatch(/^CS-/);
    expect(await page.locator('.govuk-footer').innerText()).toContain('Phone: 01632 960 001');
  });

  it('takes a compliment, and lets the person change an answer from the check page', async () => {
    const page = await newPage(browser);
    await answerGeneralStart(page, 'Give a compliment', 'A foster carer');
    await page.getByLabel(/What is the name of the child/).fill('');
    await press(page, 'Continue');
    await page
      .getByLabel('Which team or service is it about?')
      .selectOption({ label: 'I do not know' });
    await press(page, 'Continue');
    await page
      .getByLabel('What would you like to tell us?')
      .fill('Our social worker was brilliant.');
    await press(page, 'Continue');
    await answerContactAndRest(page, async () => {
      await page.getByLabel('Phone', { exact: true }).check();
      await press(page, 'Continue');
      await page.getByLabel('What is your phone number?').fill('07700 900982');
      await press(page, 'Continue');
    });
    await press(page, 'Continue');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('link', { name: 'Change your compliment' }).click(),
    ]);
    await check(page);
    await page
      .getByLabel('What would you like to tell us?')
      .fill('Our social worker, Jo, was brilliant.');
    await press(page, 'Continue');
    expect(await heading(page)).toBe('Check your answers before sending');
    expect(await page.locator('.govuk-summary-list').innerText()).toContain(
      'Our social worker, Jo, was brilliant.',
    );
    await press(page, 'Accept and send');
    expect(await page.locator('.govuk-panel__title').innerText()).toBe('Compliment sent');
    expect(await reference(page)).toMatch(/^CM-/);
  });

  it('takes a comment with JavaScript turned off, by letter', async () => {
    const page = await withoutJavaScript();
    await answerGeneralStart(page, 'Make a comment or suggestion', 'A professional');
    await page.getByLabel(/What is the name of the child/).fill('Riley');
    await press(page, 'Continue');
    await page
      .getByLabel('Which team or service is it about?')
      .selectOption({ label: 'Children in Care (North)' });
    await press(page, 'Continue');
    await page.getByLabel('What is your comment or suggestion?').fill('Send meeting notes sooner.');
    await press(page, 'Continue');
    await answerContactAndRest(page, async () => {
      await page.getByLabel('Letter', { exact: true }).check();
      await press(page, 'Continue');
      await page.getByLabel('Address line 1').fill('1 High Street');
      await page.getByLabel('Town or city').fill('Testtown');
      await page.getByLabel('Postcode').fill('te1 1st');
      await press(page, 'Continue');
    });
    await page.getByLabel('Upload a file').setInputFiles({
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: SAMPLES.png,
    });
    await press(page, 'Upload file');
    expect(await page.locator('.govuk-summary-list').innerText()).toContain('notes.png');
    await press(page, 'Continue');
    const answers = await page.locator('.govuk-summary-list').innerText();
    expect(answers).toContain('TE1 1ST');
    await press(page, 'Accept and send');
    expect(await page.locator('.govuk-panel__title').innerText()).toBe('Comment sent');
    expect(await reference(page)).toMatch(/^CC-/);
  });

  it('shows what is missing in an error summary that links to the question', async () => {
    const page = await newPage(browser);
    await open(page, '/feedback/kind');
    await press(page, 'Continue');
    const summary = page.locator('.govuk-error-summary');
    expect(await summary.innerText()).toContain('Select what you would like to do');
    expect(await page.title()).toMatch(/^Error: /);
    await page.getByRole('link', { name: 'Select what you would like to do' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kind');
    await page.getByLabel('Make a complaint').check();
    await press(page, 'Continue');
    await page.getByLabel('I am the child or young person it is about').check();
    await press(page, 'Continue');
    await page
      .getByLabel('Which team or service is it about?')
      .selectOption({ label: 'I do not know' });
    await press(page, 'Continue');
    await press(page, 'Continue');
    expect(await summary.innerText()).toContain('Enter what happened');
  });

  it('takes a young person’s complaint and their request for an advocate, on a phone', async () => {
    const page = await newPage(browser, { viewport: { width: 375, height: 667 } });
    await open(page, '/feedback/young-people');
    expect(await heading(page)).toBe('Tell us what you think');
    const start = await page.locator('main').innerText();
    expect(start).toContain('An advocate is someone who is on your side');
    expect(start).toContain('NYAS can be your advocate');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Start' }).click(),
    ]);
    await check(page);
    await page.getByLabel('Tell you about a problem').check();
    await press(page, 'Next');
    await page.getByLabel('Tell us what happened').fill('My social worker keeps changing.');
    await press(page, 'Next');
    await page.getByLabel('What would make it better?').fill('Keep the same one.');
    await press(page, 'Next');
    expect(await heading(page)).toBe('Would you like an advocate?');
    await page.getByLabel('Yes, I would like an advocate').check();
    await press(page, 'Next');
    await page.getByLabel('What is your name?').fill('Jo');
    await press(page, 'Next');
    await page.getByLabel('Email', { exact: true }).check();
    await press(page, 'Next');
    await page.getByLabel('What is your email address?').fill('jo@example.com');
    await press(page, 'Next');
    await page.getByLabel('Yes', { exact: true }).check();
    await press(page, 'Next');
    await page.getByLabel('What help do you need?').fill('Someone to read to me.');
    await press(page, 'Next');
    expect(await heading(page)).toBe('Check what you told us');
    expect(await page.locator('.govuk-summary-list').innerText()).toContain(
      'Yes, I would like an advocate',
    );
    await press(page, 'Send');
    expect(await page.locator('.govuk-panel__title').innerText()).toBe('Message sent');
    const ref = await reference(page);
    const record = await app.connection.db
      .selectFrom('records')
      .select(['advocate_provider', 'advocate_offered', 'advocate_accepted', 'status'])
      .where('reference', '=', ref)
      .executeTakeFirstOrThrow();
    expect(record).toEqual({
      advocate_provider: 'NYAS',
      advocate_offered: true,
      advocate_accepted: true,
      status: 'triage',
    });
    // Nothing on the page is wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });

  it('shows staff the outbox and the public pages’ settings', async () => {
    const page = await newPage(browser);
    await open(page, '/sign-in');
    await page.getByLabel('Email address').fill(app.users.administrator.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await press(page, 'Sign in');
    await open(page, '/outbox');
    expect(await page.locator('table').innerText()).toContain('sam@example.com');
    await open(page, '/admin/settings');
    await page.getByLabel('Link to your privacy notice (optional)').fill('not a link');
    await press(page, 'Save settings');
    expect(await page.locator('.govuk-error-summary').innerText()).toContain(
      'Enter a link in the correct format',
    );
  });
});
