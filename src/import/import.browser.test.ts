import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { expectAccessible, launchBrowser, newPage } from '../testing/browser.ts';
import { csvOf } from './import-testing.ts';
import { complaint } from './testing.ts';

const SAMPLE = new URL('./fixtures/import-sample.csv', import.meta.url);

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signedInAdministrator(): Promise<Page> {
  const page = await newPage(browser, { acceptDownloads: true });
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel('Email address').fill(app.users.administrator.email);
  await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${app.url}/`);
  await page.goto(`${app.url}/admin/import`);
  return page;
}

function chooseFile(page: Page, name: string, text: string) {
  return page
    .getByLabel('CSV file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

describe('importing and exporting in a browser', () => {
  it('shows every problem of a bad file, then imports a good one', async () => {
    const page = await signedInAdministrator();
    expect(await page.title()).toContain('Import and export records');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Import records' }).click();
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.textContent('.govuk-error-summary')).toContain('Select a CSV file to import');
    await expectAccessible(page);

    const bad = csvOf([{ ...complaint, received_on: '03/04/2023', kind: 'grumble' }]);
    await chooseFile(page, 'bad.csv', bad);
    await page.getByRole('button', { name: 'Import records' }).click();
    await page.waitForSelector('.govuk-error-summary');
    const summary = await page.textContent('.govuk-error-summary');
    expect(summary).toContain('Row 2, kind: kind "grumble" must be one of');
    expect(summary).toContain(
      'Row 2, received_on: received_on "03/04/2023" must be a date written YYYY-MM-DD, as 2023-04-03',
    );
    expect(await page.title()).toMatch(/^Error: /);
    await expectAccessible(page);

    await chooseFile(page, 'history.csv', await readFile(SAMPLE, 'utf8'));
    await page.getByRole('button', { name: 'Import records' }).click();
    await page.waitForSelector('.govuk-panel');
    expect(await page.textContent('.govuk-panel')).toContain('history.csv: 8 new, 0 updated');
    expect(await page.textContent('main')).toContain('Children in Care (South)');
    await expectAccessible(page);
  });

  it('downloads a year of records from the page', async () => {
    const page = await signedInAdministrator();
    await expectAccessible(page);
    await page.getByLabel('Financial year').selectOption({ label: '2023/24' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('heard-records-2023-24.csv');
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(text.split('\r\n')[1]).toMatch(/^CS-2023-0001,complaint,statutory,2023-04-03,/);
  });
});
