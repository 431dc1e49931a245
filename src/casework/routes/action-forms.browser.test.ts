import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.ts';
import { expectAccessible, launchBrowser, newPage } from '../../testing/browser.ts';
import { suspend } from '../use-cases/stage-clock.ts';
import { actorFor, makeCase, type CaseStateName } from './case-fixtures.ts';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  page = await newPage(browser);
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel('Email address').fill(app.users.complaints_manager.email);
  await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${app.url}/`);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Forms that save with nothing entered, because everything on them is optional or filled in. */
const SAVE_EMPTY = ['Allocate', 'Change details', 'Withdraw'];

/**
 * Opens every action the case offers, checks the page with axe, then sends it empty and checks
 * the error page too (without saving: each of these forms needs something entered).
 */
async function checkEveryAction(id: string) {
  await page.goto(`${app.url}/cases/${id}`);
  await expectAccessible(page);
  const actions = await page
    .locator('[aria-labelledby="actions-heading"] a')
    .evaluateAll((links) =>
      links.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
    );
  expect(actions.length).toBeGreaterThan(0);
  for (const action of actions) {
    await page.goto(`${app.url}${action.href}`);
    await expectAccessible(page);
    if (SAVE_EMPTY.includes(action.text)) continue;
    await page.locator('main form button').click();
    await page.waitForLoadState('load');
    expect(await page.locator('.govuk-error-summary').count(), action.text).toBe(1);
    await expectAccessible(page);
  }
}

describe('every action form, empty and with errors, is accessible', () => {
  it.each<CaseStateName>(['triage', 'stage1', 'stage1-responded', 'stage2-points', 'stage3-panel'])(
    'on a case at %s',
    async (state) => {
      const { id } = await makeCase(app, state);
      await checkEveryAction(id);
    },
  );

  it('on a suspended case, and the case’s other pages', async () => {
    const { id } = await makeCase(app, 'stage1', { restricted: true });
    // Restricted by the officer who logged it; the manager is named on it too.
    await app.connection.db
      .insertInto('record_access')
      .values({
        record_id: id,
        user_id: app.users.complaints_manager.id,
        organisation_id: app.organisationId,
      })
      .execute();
    await suspend(app.connection.db, actorFor(app, 'complaints_manager'), id, undefined, {
      fromOn: '2025-03-05',
      reason: 'In hospital',
    });
    await checkEveryAction(id);
    for (const path of ['/stages', '/people', '/timeline', '/remedies']) {
      await page.goto(`${app.url}/cases/${id}${path}`);
      await expectAccessible(page);
    }
    await page.goto(`${app.url}/cases?deadline=overdue&sort=due&order=asc`);
    await expectAccessible(page);
    await page.goto(`${app.url}/cases/00000000-0000-4000-8000-000000000000`);
    await expectAccessible(page);
  });
});
