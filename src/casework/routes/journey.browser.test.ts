import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.ts';
import { expectAccessible, launchBrowser, newPage } from '../../testing/browser.ts';

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  page = await newPage(browser);
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel('Email address').fill(app.users.complaints_officer.email);
  await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${app.url}/`);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Every page the journey reaches is checked with axe. */
async function arrived() {
  await page.waitForLoadState('load');
  await expectAccessible(page);
}

async function fillDate(name: string, iso: string) {
  const [year, month, day] = iso.split('-');
  await page.locator(`#${name}-day`).fill(String(Number(day)));
  await page.locator(`#${name}-month`).fill(String(Number(month)));
  await page.locator(`#${name}-year`).fill(year!);
}

async function submit(button = 'Save') {
  await page.getByRole('button', { name: button, exact: true }).click();
  await arrived();
}

/** Takes an action from the case summary's list: its own page, one form, back to the case. */
async function act(action: string, fill: () => Promise<void>, button = 'Save') {
  await page.getByRole('link', { name: action, exact: true }).click();
  await arrived();
  expect(await page.locator('h1').textContent()).toContain(action);
  await fill();
  await submit(button);
  expect(
    await page.locator('.govuk-error-summary').count(),
    `${action}: ${await page.locator('main').textContent()}`,
  ).toBe(0);
  expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
}

async function summaryValue(key: string) {
  return (
    await page
      .locator('.govuk-summary-list__row', { hasText: key })
      .first()
      .locator('dd')
      .textContent()
  )?.trim();
}

async function logComplaint(receivedOn: string, name: string) {
  await page.goto(`${app.url}/cases`);
  await arrived();
  await page.getByRole('button', { name: 'Log a complaint' }).click();
  await arrived();
  await fillDate('receivedOn', receivedOn);
  await page.getByLabel('Email', { exact: true }).first().check();
  await page.getByLabel('Full name (optional)').fill(name);
  await page.getByLabel('Who they are').selectOption('parent');
  await page
    .getByLabel('What happened')
    .fill('Our social worker changed three times and calls were not returned.');
  await submit('Log the complaint');
  expect(await page.locator('.govuk-notification-banner').textContent()).toMatch(
    /Complaint CS-\d{4}-\d{4} logged/,
  );
  return (await page.locator('h1').textContent())!.match(/CS-\d{4}-\d{4}/)![0];
}

describe('a complaints officer, in a browser', () => {
  let statutoryReference = '';

  it('logs a statutory complaint and takes it through stage 1', async () => {
    await page.goto(`${app.url}/cases/new`);
    await arrived();
    await submit('Log the complaint');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain(
      'Enter the date received',
    );

    statutoryReference = await logComplaint('2025-03-03', 'Sam Parent');
    await act(
      'Accept the complaint',
      () => page.getByLabel('Statutory', { exact: true }).check(),
      'Accept the complaint',
    );
    expect(await summaryValue('Procedure')).toBe('Statutory');

    // Stage 1: acknowledged, extended, partially upheld.
    await act('Record acknowledgement', () => fillDate('acknowledgedOn', '2025-03-04'));
    await act('Extend the time to respond', async () => {
      await fillDate('newDueOn', '2025-03-24');
      await page.getByLabel('Why is more time needed?').fill('Manager on leave');
      await fillDate('toldOn', '2025-03-10');
    });
    expect(await page.locator('#current-stage').textContent()).toContain(
      'Response due 24 March 2025',
    );

    // An error on an action form is shown the GOV.UK way, and is accessible too.
    await page.getByRole('link', { name: 'Record the response', exact: true }).click();
    await arrived();
    await fillDate('respondedOn', '2025-02-31');
    await submit();
    expect(await page.locator('.govuk-error-summary').textContent()).toContain(
      'The response date must be a real date',
    );
    await fillDate('respondedOn', '2025-03-21');
    await page.getByLabel('Partially upheld', { exact: true }).check();
    await submit();
    expect(await summaryValue('Status')).toBe('Responded');
  });

  it('takes it through stage 2: points, findings, adjudication', async () => {
    await act('Escalate to the next stage', () => fillDate('requestedOn', '2025-04-01'));
    await act(
      'Appoint someone to this stage',
      async () => {
        await page.getByLabel('Investigating officer', { exact: true }).check();
        await page
          .getByLabel('Person', { exact: true })
          .selectOption({ label: 'Test investigator' });
        await fillDate('appointedOn', '2025-04-02');
      },
      'Appoint',
    );
    await act('Agree the statement of complaint', async () => {
      await fillDate('agreedOn', '2025-04-04');
      await page
        .getByLabel('Points of complaint')
        .fill('Calls not returned\nPlan not shared\nWorker changed without notice');
    });
    await act('Record findings', async () => {
      await page.locator('input[name="finding-1"][value="upheld"]').check();
      await page.locator('input[name="finding-2"][value="not_upheld"]').check();
      await page.locator('input[name="finding-3"][value="upheld"]').check();
      await page.getByLabel('Notes on point 1 (optional)').fill('Six calls were not returned');
    });
    await act('Record the response', async () => {
      await fillDate('respondedOn', '2025-05-02');
      await page
        .getByLabel('Investigating officer and independent person fees (optional)')
        .fill('1,250.50');
    });
  });

  it('takes it through stage 3: panel, report, the authority’s response', async () => {
    await act('Escalate to the next stage', () => fillDate('requestedOn', '2025-05-12'));
    await act(
      'Appoint someone to this stage',
      async () => {
        await page.getByLabel('Panel chair', { exact: true }).check();
        await page.getByLabel('Or, if they do not use Heard, their name').fill('Chris Chair');
        await fillDate('appointedOn', '2025-05-13');
      },
      'Appoint',
    );
    await act('Record the review panel', () => fillDate('panelOn', '2025-06-10'));
    expect(await page.locator('#current-stage').textContent()).toContain(
      'Panel report due 17 June 2025',
    );
    await act('Record the panel report', () => fillDate('reportOn', '2025-06-16'));
    await act('Record the response', async () => {
      await fillDate('respondedOn', '2025-07-01');
      await page.getByLabel('Upheld', { exact: true }).check();
      await page.getByLabel('Review panel fees (optional)').fill('900');
    });
    expect(await summaryValue('Status')).toBe('Closed');

    for (const tab of ['Stages', 'People', 'Timeline', 'Remedies and learning', 'Summary']) {
      await page.getByRole('link', { name: tab, exact: true }).click();
      await arrived();
      if (tab === 'Stages') {
        const stages = await page.locator('main').textContent();
        expect(stages).toContain('Partially upheld');
        expect(stages).toContain('£1250.5');
        expect(stages).toContain('Calls not returned – Upheld');
        expect(stages).toContain('Authority’s response took');
      }
      if (tab === 'Timeline') {
        expect(await page.locator('.moj-timeline__item').count()).toBe(15);
        expect(await page.locator('.moj-timeline__title').first().textContent()).toContain(
          'Stage 3 response recorded on 2025-07-01: Upheld',
        );
      }
    }
  });

  it('logs an Ombudsman case about that complaint and records its decision', async () => {
    await page.goto(`${app.url}/cases`);
    await arrived();
    await page.getByRole('button', { name: 'Log an Ombudsman case' }).click();
    await arrived();
    await page.getByLabel('Ombudsman’s reference').fill('25 001 234');
    await page
      .getByLabel('Reference of the complaint it is about (optional)')
      .fill(statutoryReference);
    await fillDate('receivedOn', '2025-09-01');
    await submit('Log the Ombudsman case');
    expect(await page.locator('.govuk-error-summary').textContent()).toContain(
      'Enter the response due date',
    );
    await fillDate('dueOn', '2025-09-29');
    await submit('Log the Ombudsman case');
    expect(await summaryValue('Related records')).toContain(statutoryReference);
    await act('Record the response', async () => {
      await fillDate('respondedOn', '2025-12-01');
      await page.getByLabel('Upheld: fault and injustice', { exact: true }).check();
    });
    expect(await summaryValue('Status')).toBe('Closed');
    await page.getByRole('link', { name: statutoryReference }).click();
    await arrived();
    expect(await summaryValue('Related records')).toContain('Ombudsman case');
  });

  it('takes a corporate complaint through two stages', async () => {
    await logComplaint('2025-06-02', 'Robin Neighbour');
    await act(
      'Accept the complaint',
      () => page.getByLabel('Corporate', { exact: true }).check(),
      'Accept the complaint',
    );
    expect(await page.locator('#current-stage').textContent()).toContain(
      'The clock starts when the complaint is acknowledged',
    );
    await act('Record acknowledgement', () => fillDate('acknowledgedOn', '2025-06-03'));
    expect(await page.locator('#current-stage').textContent()).toContain(
      'Response due 17 June 2025',
    );
    await act('Record the response', async () => {
      await fillDate('respondedOn', '2025-06-10');
      await page.getByLabel('Not upheld', { exact: true }).check();
    });
    await act('Escalate to the next stage', () => fillDate('requestedOn', '2025-06-20'));
    await act('Record acknowledgement', () => fillDate('acknowledgedOn', '2025-06-23'));
    await act('Record the response', async () => {
      await fillDate('respondedOn', '2025-07-10');
      await page.getByLabel('Not upheld', { exact: true }).check();
    });
    expect(await summaryValue('Status')).toBe('Closed');
    await page.getByRole('link', { name: 'Stages', exact: true }).click();
    await arrived();
    expect(await page.locator('.govuk-summary-card__title').allTextContents()).toEqual([
      'Stage 2',
      'Stage 1',
    ]);

    await page.goto(`${app.url}/cases?procedure=corporate`);
    await arrived();
    expect(await page.locator('#cases tbody tr').count()).toBe(1);
  });
});
