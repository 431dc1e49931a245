import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';
import { expectAccessible, launchBrowser, newPage } from '../testing/browser.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { triage } from '../casework/use-cases/triage.ts';
import { addLearningAction } from '../learning/learning-actions.ts';
import { actorIn } from './testing.ts';

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function signIn(page: Page) {
  page.setDefaultTimeout(10_000);
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel('Email address').fill(app.users.complaints_officer.email);
  await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${app.url}/`);
}

async function fillDate(page: Page, name: string, iso: string) {
  await page.fill(`[name="${name}-day"]`, String(Number(iso.slice(8, 10))));
  await page.fill(`[name="${name}-month"]`, String(Number(iso.slice(5, 7))));
  await page.fill(`[name="${name}-year"]`, iso.slice(0, 4));
}

/** Submits the page's form and checks the page it lands on. */
async function submit(page: Page, button: string, landsOn: RegExp) {
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(landsOn);
  await expectAccessible(page);
}

async function visit(page: Page, path: string) {
  await page.goto(`${app.url}${path}`);
  await expectAccessible(page);
}

const ENQUIRIES = [
  ['concern', 'Log a concern'],
  ['enquiry', 'Log a general enquiry'],
  ['mp_enquiry', 'Log an MP enquiry'],
  ['councillor_enquiry', 'Log a councillor enquiry'],
  ['comment', 'Log a comment or suggestion'],
  ['other', 'Log other correspondence'],
] as const;

describe('compliments, enquiries, remedies, learning and the tracker in a browser', () => {
  it('logs, anonymises, reviews, publishes and passes on a compliment', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await visit(page, '/compliments');
    await page.getByRole('button', { name: 'Log a compliment' }).click();
    await page.waitForURL(/\/compliments\/new$/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Log the compliment' }).click();
    await page.waitForSelector('.govuk-error-summary');
    await expectAccessible(page);

    await fillDate(page, 'receivedOn', '2024-03-04');
    await page.selectOption('[name="channel"]', 'email');
    await page.getByLabel('Foster carer').check();
    await page
      .getByLabel('Who it praises (optional if you chose a team)')
      .fill('Jo, social worker');
    await page.getByLabel('What they said').fill('Jo was wonderful with Kai.');
    await page.getByLabel('Yes').check();
    await submit(page, 'Log the compliment', /\/compliments\/[0-9a-f-]{36}$/);
    const compliment = page.url();

    await page.getByRole('link', { name: 'Write the anonymised version' }).click();
    await expectAccessible(page);
    await page
      .getByLabel('Anonymised version')
      .fill('The social worker was wonderful with the young person.');
    await submit(page, 'Save the anonymised version', /\/compliments\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Review the anonymised version' }).click();
    await expectAccessible(page);
    await page.getByLabel(/I have checked/).check();
    await submit(page, 'Confirm it is fit to publish', /\/compliments\/[0-9a-f-]{36}$/);
    expect(await page.textContent('main')).toContain('Ready to publish');

    await page.getByRole('link', { name: 'Pass on to the team’s manager' }).click();
    await expectAccessible(page);
    await page.selectOption('[name="toUserId"]', app.users.responding_manager.id);
    await fillDate(page, 'passedOnOn', '2024-03-05');
    await page.getByLabel('Message sent').fill('Please share with Jo');
    await submit(page, 'Save and close the compliment', /\/compliments\/[0-9a-f-]{36}$/);
    expect(page.url()).toBe(compliment);
    expect(await page.textContent('main')).toContain('Passed on and closed');

    await visit(page, '/compliments/publication?from=2024-03-01&to=2024-03-31');
    const published = await page.textContent('main');
    expect(published).toContain('Foster carer said of Jo, social worker:');
    expect(published).toContain('The social worker was wonderful with the young person.');
    expect(published).not.toContain('Kai');
  });

  it('logs and closes one of each other kind, with a learning action and a meeting', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await visit(page, '/enquiries');
    for (const [kind, heading] of ENQUIRIES) {
      await page.goto(`${app.url}/enquiries`);
      await page.getByRole('link', { name: heading }).click();
      await page.waitForURL(new RegExp(`/enquiries/new\\?kind=${kind}$`));
      await expectAccessible(page);
      await fillDate(page, 'receivedOn', '2024-03-04');
      await page.selectOption('[name="channel"]', 'letter');
      if (kind === 'mp_enquiry' || kind === 'councillor_enquiry')
        await page.fill('[name="memberName"]', 'Alex Member');
      await page.getByLabel('Name (optional)').fill('Sam Parent');
      await page.getByLabel('What it is about').fill(`About respite (${kind})`);
      await submit(page, 'Log it', /\/enquiries\/[0-9a-f-]{36}$/);
      const record = page.url();

      if (kind === 'concern') {
        await page.getByRole('link', { name: 'Add a learning action' }).click();
        await expectAccessible(page);
        await page.getByLabel('What was learnt').fill('Visits were cancelled without notice');
        await page.getByLabel('The action').fill('Cancelled visits are rearranged the same week');
        await page.getByLabel('Worker behaviour').check();
        await fillDate(page, 'dueOn', '2024-04-30');
        await page.getByLabel('Open', { exact: true }).check();
        await submit(page, 'Save the learning action', /\/enquiries\/[0-9a-f-]{36}$/);
        await page.getByRole('link', { name: 'Record a resolution meeting' }).click();
        await expectAccessible(page);
        await fillDate(page, 'heldOn', '2024-03-06');
        await page.getByLabel('Who attended').fill('Parent and team manager');
        await page.getByLabel('Result').fill('Visits rearranged');
        await submit(page, 'Save the meeting', /\/enquiries\/[0-9a-f-]{36}$/);
        expect(await page.textContent('main')).toContain('Cancelled visits are rearranged');
      }

      if (kind === 'other') {
        await page.getByRole('link', { name: 'Close', exact: true }).click();
        await expectAccessible(page);
        await fillDate(page, 'closedOn', '2024-03-05');
        await submit(page, 'Close', /\/enquiries\/[0-9a-f-]{36}$/);
      } else {
        await page.getByRole('link', { name: 'Record the response' }).click();
        await expectAccessible(page);
        await fillDate(page, 'respondedOn', '2024-03-08');
        await page.getByLabel('Advice given').check();
        await submit(page, 'Save the response', /\/enquiries\/[0-9a-f-]{36}$/);
      }
      expect(page.url()).toBe(record);
      expect(await page.locator('.govuk-summary-list').first().textContent()).toMatch(
        /Status\s+Closed/,
      );
    }
    await visit(page, '/enquiries?status=closed');
    expect(await page.textContent('main')).toContain('6 records');
    await visit(page, '/learning');
    expect(await page.textContent('main')).toContain('Visits were cancelled without notice');
  });

  it('records a remedy on a complaint and opens the tracker and dashboard', async () => {
    const db = app.connection.db;
    const officer = actorIn(app, 'complaints_officer');
    const complaint = await logRecord(db, officer, app.organisationId, {
      kind: 'complaint',
      receivedOn: '2024-03-01',
    });
    await triage(db, officer, complaint.id, undefined, {
      decision: 'accept',
      procedure: 'statutory',
    });
    await logRecord(db, null, app.organisationId, {
      kind: 'complaint',
      receivedOn: '2024-03-02',
      source: 'online',
    });
    await addLearningAction(db, officer, complaint.id, undefined, {
      learning: 'Letters used jargon',
      action: 'Template letters rewritten in plain English',
      category: 'communication',
      owner: null,
      teamId: null,
      dueOn: '2024-04-01',
      status: 'open',
      evidence: null,
      completedOn: null,
      publish: false,
    });

    const page = await newPage(browser);
    await signIn(page);
    await visit(page, `/cases/${complaint.id}/remedies/new`);
    await page.getByLabel('Financial remedy').check();
    await page.getByLabel('Amount (financial remedies only)').fill('250');
    await page.getByLabel('Distress').check();
    await page.getByLabel('Stage 1').check();
    await fillDate(page, 'agreedOn', '2024-03-08');
    await fillDate(page, 'dueOn', '2024-03-22');
    await submit(page, 'Save the remedy', new RegExp(`/cases/${complaint.id}/remedies$`));
    const remedy = await db
      .selectFrom('remedies')
      .select(['kind', 'amount', 'financial_type', 'stage_number'])
      .where('record_id', '=', complaint.id)
      .executeTakeFirstOrThrow();
    expect(remedy).toEqual({
      kind: 'financial',
      amount: 250,
      financial_type: 'distress',
      stage_number: '1',
    });

    await visit(page, '/tracker');
    const tracker = await page.textContent('main');
    expect(tracker).toContain('Awaiting triage (1)');
    expect(tracker).toContain('Online submission');
    expect(tracker).toContain('Remedies overdue (1)');
    expect(tracker).toMatch(/Learning actions overdue \(\d\)/);
    expect(tracker).toContain('Template letters rewritten in plain English');
    await visit(page, '/tracker/print');
    await visit(page, '/dashboard');
    expect(
      await page.locator('svg[role="img"][aria-label="Open items by kind and stage"]').count(),
    ).toBe(1);
  });
});
