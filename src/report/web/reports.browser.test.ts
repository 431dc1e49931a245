import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { TEST_PASSWORD, type TestApp } from '../../testing/test-app.ts';
import { expectAccessible, launchBrowser, newPage } from '../../testing/browser.ts';
import { startReportApp } from '../testing/report-app.ts';

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  [{ app }, browser] = await Promise.all([startReportApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

// Axe runs in the page, so these pages are visited with JavaScript on; the route tests post
// the forms as a browser without JavaScript would.
async function signIn(role: 'complaints_officer' | 'report_viewer'): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel('Email address').fill(app.users[role].email);
  await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${app.url}/`);
  return page;
}

describe('the annual report in a browser', () => {
  it('goes from the list of years to the report, every page accessible', async () => {
    const page = await signIn('report_viewer');
    await page.goto(`${app.url}/reports`);
    await expectAccessible(page);
    await page.getByRole('link', { name: '2020/21 annual report' }).click();
    await page.waitForURL(`${app.url}/reports/2020`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      "Children's services complaints annual report 2020/21",
    );
    await expectAccessible(page);
    // Each chart is one image, named, with its table after it.
    const chart = page.getByRole('img', {
      name: 'Stage 1 statutory complaints: outcomes, 2020/21 and 2019/20',
    });
    expect(await chart.count()).toBe(1);
    await page.getByRole('link', { name: 'Remedies and costs' }).click();
    expect(page.url()).toBe(`${app.url}/reports/2020#remedies`);
  });

  it('lets an officer write a section commentary and enter context figures', async () => {
    const page = await signIn('complaints_officer');
    await page.goto(`${app.url}/reports/2020`);
    await page.getByRole('link', { name: 'Add commentary for Executive summary' }).click();
    await page.waitForURL(`${app.url}/reports/2020/commentary/summary`);
    await expectAccessible(page);
    await page.getByLabel('Commentary for Executive summary').fill('A year of recovery.');
    await page.getByRole('button', { name: 'Save commentary' }).click();
    await page.waitForURL(`${app.url}/reports/2020#summary`);
    expect(await page.locator('#summary').textContent()).toContain('A year of recovery.');
    await expectAccessible(page);

    await page.goto(`${app.url}/reports/2020/context`);
    await expectAccessible(page);
    await page.getByLabel('Open cases').fill('many');
    await page.getByRole('button', { name: 'Save figures' }).click();
    await page.waitForSelector('.govuk-error-summary');
    await expectAccessible(page);
    await page.getByLabel('Open cases').fill('4016');
    await page.getByRole('button', { name: 'Save figures' }).click();
    await page.waitForURL(`${app.url}/reports/2020#context`);
    expect(await page.locator('#context').textContent()).toContain('4,016');
  });

  it('lets an officer choose the compliments and improvements to feature', async () => {
    const page = await signIn('complaints_officer');
    await page.goto(`${app.url}/reports/2020/compliments`);
    await expectAccessible(page);
    await page.getByLabel(/Foster carer said of the Fostering Support Team/).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`${app.url}/reports/2020#compliments`);
    expect(await page.locator('#compliments').textContent()).toContain(
      'Thank you for everything you did for us this year.',
    );
    await page.goto(`${app.url}/reports/2020/improvements`);
    await expectAccessible(page);
  });
});
