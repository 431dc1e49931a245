import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-db.ts';
import type { Connection } from '../db/connect.ts';
import { seedOrganisation } from '../testing/fixtures.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { triage } from '../casework/use-cases/triage.ts';
import { respond } from '../casework/use-cases/responses.ts';
import { allocate } from '../casework/use-cases/people-and-stages.ts';
import { suspend } from '../casework/use-cases/stage-clock.ts';
import { loadOrganisationRules } from '../casework/organisation-rules.ts';
import type { Actor } from '../casework/access.ts';
import { addRemedy } from '../remedies/remedies.ts';
import { addLearningAction } from '../learning/learning-actions.ts';
import { logCompliment } from '../records/use-cases/compliments.ts';
import { trackerRows } from './queries.ts';
import { buildTracker } from './tracker.ts';
import { loadDashboard } from './dashboard.ts';

let connection: Connection;
let org: Awaited<ReturnType<typeof seedOrganisation>>;
const ids: Record<string, string> = {};
// Wednesday 12 June 2024; the week ends on Sunday 16 June. Monday 27 May 2024 was a bank holiday,
// and a due date on a Saturday (1 June) is overdue from the Monday after.
const TODAY = '2024-06-12';

beforeAll(async () => {
  connection = await createTestDatabase();
  org = await seedOrganisation(connection.db);
  const db = connection.db;
  const officer = org.actors.complaints_officer;
  const log = (input: Parameters<typeof logRecord>[3]) =>
    logRecord(db, officer, org.organisationId, input).then((r) => r.id);

  ids.overdue = await log({ kind: 'complaint', receivedOn: '2024-05-20' });
  await triage(db, officer, ids.overdue, undefined, { decision: 'accept', procedure: 'statutory' });
  await allocate(db, officer, ids.overdue, undefined, {
    teamId: org.teamId,
    serviceAreaId: null,
    respondingManagerId: org.actors.responding_manager.id,
  });
  ids.thisWeek = await log({ kind: 'concern', receivedOn: '2024-06-07' });
  ids.later = await log({ kind: 'enquiry', receivedOn: '2024-06-10' });
  ids.online = (
    await logRecord(db, null, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2024-06-11',
      source: 'online',
    })
  ).id;
  ids.paused = await log({ kind: 'complaint', receivedOn: '2024-05-01' });
  await triage(db, officer, ids.paused, undefined, { decision: 'accept', procedure: 'statutory' });
  await suspend(db, officer, ids.paused, undefined, { fromOn: '2024-05-03', reason: 'Court' });

  await addRemedy(db, officer, ids.overdue, undefined, {
    kind: 'apology',
    stage: '1',
    description: 'Apology letter',
    amount: null,
    financialType: null,
    agreedOn: '2024-05-24',
    dueOn: '2024-06-01',
    doneOn: null,
  });
  await addRemedy(db, officer, ids.overdue, undefined, {
    kind: 'explanation',
    stage: '1',
    description: null,
    amount: null,
    financialType: null,
    agreedOn: '2024-05-24',
    dueOn: '2024-06-01',
    doneOn: '2024-05-31',
  });
  const learning = {
    learning: 'Visits were cancelled without notice',
    category: 'worker_behaviour',
    owner: 'Team manager',
    teamId: null,
    evidence: null,
    completedOn: null,
    publish: false,
  } as const;
  await addLearningAction(db, officer, ids.thisWeek, undefined, {
    ...learning,
    action: 'Cancelled visits are rearranged the same week',
    dueOn: '2024-06-10',
    status: 'in_progress',
  });
  await addLearningAction(db, officer, ids.thisWeek, undefined, {
    ...learning,
    action: 'Already done',
    dueOn: '2024-06-03',
    status: 'completed',
    evidence: 'Done',
    completedOn: '2024-06-07',
  });

  // Responses for the dashboard: one on time, one late, one before the financial year.
  const onTime = await log({ kind: 'complaint', receivedOn: '2024-04-02' });
  await triage(db, officer, onTime, undefined, { decision: 'accept', procedure: 'statutory' });
  await respond(db, officer, onTime, undefined, { respondedOn: '2024-04-10', outcome: 'upheld' });
  const late = await log({ kind: 'concern', receivedOn: '2024-04-02' });
  await respond(db, officer, late, undefined, { respondedOn: '2024-04-15', outcome: 'upheld' });
  const lastYear = await log({ kind: 'enquiry', receivedOn: '2024-03-18' });
  await respond(db, officer, lastYear, undefined, {
    respondedOn: '2024-03-28',
    outcome: 'advice_given',
  });
  const compliment = {
    channel: 'email',
    complimentSubject: 'The assessment team',
    teamId: null,
    words: 'Thank you',
    consentToShare: null,
  };
  await logCompliment(db, officer, {
    ...compliment,
    receivedOn: '2024-06-03',
    complimentFrom: 'family',
  });
  await logCompliment(db, officer, {
    ...compliment,
    receivedOn: '2024-04-10',
    complimentFrom: 'professional',
  });
});
afterAll(() => connection.close());

async function trackerFor(actor: Actor, filters = {}) {
  const rules = await loadOrganisationRules(connection.db, org.organisationId);
  return buildTracker(rules, TODAY, await trackerRows(connection.db, actor, TODAY, filters));
}

describe('the complaints tracker', () => {
  it('shows what is overdue, due this week and awaiting triage, with working-day badges', async () => {
    const tracker = await trackerFor(org.actors.complaints_officer);
    expect(tracker.overdue.map((i) => [i.id, i.what, i.dueOn, i.tag?.text])).toEqual([
      [ids.overdue, 'Statutory stage 1', '2024-06-04', '6 working days overdue'],
    ]);
    expect(tracker.overdue[0]?.tag?.classes).toBe('govuk-tag--red');
    expect(tracker.dueThisWeek.map((i) => [i.id, i.what, i.dueOn, i.tag?.text])).toEqual([
      [ids.thisWeek, 'Concern', '2024-06-14', 'Due in 2 working days'],
    ]);
    expect(tracker.awaitingTriage.map((i) => [i.id, i.what, i.dueOn, i.tag?.text])).toEqual([
      [ids.online, 'Online submission', '2024-06-18', 'Due in 4 working days'],
    ]);
    const paused = tracker.groups
      .flatMap((g) => g.managers.flatMap((m) => m.items))
      .find((i) => i.id === ids.paused);
    expect(paused).toMatchObject({ suspended: true, tag: null });
    expect(tracker.openCount).toBe(4);
    expect(
      tracker.groups.map((g) => [g.team, g.managers.map((m) => [m.manager, m.items.length])]),
    ).toEqual([
      ['Children in Care (North)', [['Test responding_manager', 1]]],
      ['No team', [['No responding manager', 3]]],
    ]);
    expect(tracker.groups[1]?.managers[0]?.items.map((i) => i.dueOn)).toEqual([
      '2024-05-16',
      '2024-06-14',
      '2024-06-24',
    ]);
  });

  it('lists remedies and learning actions past their due date and not done', async () => {
    const tracker = await trackerFor(org.actors.complaints_officer);
    expect(tracker.remediesOverdue.map((r) => [r.remedy, r.dueOn, r.tag.text])).toEqual([
      ['Apology', '2024-06-01', '8 working days overdue'],
    ]);
    expect(tracker.learningOverdue.map((l) => [l.action, l.status, l.tag.text])).toEqual([
      ['Cancelled visits are rearranged the same week', 'In progress', '2 working days overdue'],
    ]);
  });

  it('shows a responding manager only their own work, and filters by team', async () => {
    const theirs = await trackerFor(org.actors.responding_manager);
    expect(theirs.overdue.map((i) => i.id)).toEqual([ids.overdue]);
    expect(theirs.openCount).toBe(1);
    expect(theirs.awaitingTriage).toEqual([]);
    expect(theirs.remediesOverdue).toHaveLength(1);
    expect(theirs.learningOverdue).toEqual([]);
    const team = await trackerFor(org.actors.complaints_manager, { teamId: org.teamId });
    expect(team.openCount).toBe(1);
    expect(team.remediesOverdue).toHaveLength(1);
  });
});

describe('the manager dashboard', () => {
  it('counts what is open, responses on time this quarter and year, and compliments', async () => {
    const rules = await loadOrganisationRules(connection.db, org.organisationId);
    const dashboard = await loadDashboard(
      connection.db,
      org.actors.complaints_manager,
      rules,
      TODAY,
    );
    expect(dashboard.year).toMatchObject({
      start: '2024-04-01',
      end: '2025-03-31',
      label: '2024/25',
    });
    expect(dashboard.quarter.start).toBe('2024-04-01');
    expect(dashboard.open).toEqual([
      { kind: 'Complaint', stage: 'Awaiting triage', count: 1 },
      { kind: 'Complaint', stage: 'Stage 1', count: 2 },
      { kind: 'Complaint', stage: 'Responded at stage 1', count: 1 },
      { kind: 'Compliment', stage: 'Open, no deadline', count: 2 },
      { kind: 'Concern', stage: 'Open', count: 1 },
      { kind: 'General enquiry', stage: 'Open', count: 1 },
    ]);
    const expected = [
      {
        label: 'Statutory stage 1',
        responses: 1,
        onTime: 1,
        late: 0,
        withinLimit: 1,
        withinMaximum: 0,
        beyondMaximum: 0,
      },
      {
        label: 'Concern',
        responses: 1,
        onTime: 0,
        late: 1,
        withinLimit: 0,
        withinMaximum: 0,
        beyondMaximum: 1,
      },
    ];
    expect(dashboard.timeliness.year).toEqual(expected);
    expect(dashboard.timeliness.quarter).toEqual(expected);
    expect(dashboard.overdue.map((i) => i.id)).toEqual([ids.overdue]);
    expect(dashboard.compliments).toMatchObject({ monthLabel: 'June 2024', month: 1, year: 2 });
    expect(dashboard.compliments.byFrom.filter((f) => f.year > 0)).toEqual([
      { from: 'Parent or family', month: 1, year: 1 },
      { from: 'Professional', month: 0, year: 1 },
    ]);
  });
});
