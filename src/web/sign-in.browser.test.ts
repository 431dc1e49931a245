import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { expectAccessible, launchBrowser, newPage } from '../testing/browser.ts';

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('signing in, in a browser', () => {
  it('shows an accessible sign-in page, its errors, then the home page', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/`);
    expect(await page.title()).toContain('Sign in to Heard');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toMatch(/^Error: /);
    await expectAccessible(page);

    await page.getByLabel('Email address').fill(app.users.complaints_manager.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${app.url}/`);
    expect(await page.textContent('main')).toContain('Signed in as Test complaints manager');
    await expectAccessible(page);

    const nav = await page.locator('.govuk-service-navigation').textContent();
    for (const section of ['Cases', 'Compliments', 'Enquiries', 'Tracker', 'Reports']) {
      expect(nav).toContain(section);
    }
    expect(nav).not.toContain('Admin');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
  });

  it('lets an administrator manage users and teams through accessible forms', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Email address').fill(app.users.administrator.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${app.url}/`);
    for (const path of [
      '/admin',
      '/admin/users',
      '/admin/users/new',
      '/admin/teams',
      '/admin/calendar',
    ]) {
      await page.goto(`${app.url}${path}`);
      await expectAccessible(page);
    }
    await page.goto(`${app.url}/admin/users/new`);
    await page.getByRole('button', { name: 'Save user' }).click();
    await page.waitForSelector('.govuk-error-summary');
    await expectAccessible(page);
    await page.goto(`${app.url}/no-such-page`);
    await expectAccessible(page);
  });
});
