import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../db/test-db.ts';
import type { Connection } from '../../db/connect.ts';
import { seedOrganisation } from '../../testing/fixtures.ts';
import { logRecord } from './log-record.ts';
import { triage, changeProcedure } from './triage.ts';
import { acknowledge, extend, resume, suspend } from './stage-clock.ts';
import { close, escalate, refuseEscalation, reopen, respond, withdraw } from './responses.ts';
import {
  agreeStatement,
  allocate,
  appoint,
  recordFindings,
  recordManagerContact,
  recordPanel,
  recordPanelReport,
} from './people-and-stages.ts';
import { recordHistory } from '../history.ts';
import {
  ConflictError,
  InvalidChangeError,
  RecordNotFoundError,
  TransitionRefusedError,
} from '../errors.ts';

let connection: Connection;
let org: Awaited<ReturnType<typeof seedOrganisation>>;
beforeAll(async () => {
  connection = await createTestDatabase();
  org = await seedOrganisation(connection.db);
});
afterAll(() => connection.close());

const stageOf = (recordId: string, number: number) =>
  connection.db
    .selectFrom('stages')
    .selectAll()
    .where('record_id', '=', recordId)
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
const recordOf = (id: string) =>
  connection.db.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('a statutory complaint through every stage', () => {
  it('logs, triages, extends, responds, escalates through stages 2 and 3, with history', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    // Received Monday 21 December 2020: 10 working days over Christmas (25, 28 Dec and 1 Jan are bank holidays).
    const { id, reference } = await logRecord(db, officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2020-12-21',
      channel: 'phone',
      summary: 'Calls to the social worker not returned',
      complainant: { name: 'Sam Parent', role: 'parent', phone: '01632 960000' },
      children: [{ name: 'Alex', circumstance: 'child_in_care' }],
    });
    expect(reference).toBe('CS-2020-0001');
    expect((await recordOf(id)).status).toBe('triage');

    await triage(db, officer, id, 1, { decision: 'accept', procedure: 'statutory' });
    const s1 = await stageOf(id, 1);
    expect(s1.due_on).toBe('2021-01-07');
    expect(s1.limit_days).toBe(10);

    await expect(
      triage(db, officer, id, 1, { decision: 'accept', procedure: 'statutory' }),
    ).rejects.toBeInstanceOf(ConflictError);

    await acknowledge(db, officer, id, 2, { acknowledgedOn: '2020-12-22' });
    await allocate(db, officer, id, 3, {
      teamId: org.teamId,
      serviceAreaId: null,
      respondingManagerId: org.actors.responding_manager.id,
    });
    await expect(
      extend(db, officer, id, 4, {
        newDueOn: '2021-03-01',
        reason: 'Manager on leave',
        toldOn: '2020-12-23',
      }),
    ).rejects.toThrow(/maximum of 20 working days/);
    await extend(db, officer, id, 4, {
      newDueOn: '2021-01-21',
      reason: 'Manager on leave',
      toldOn: '2020-12-23',
    });
    await suspend(db, officer, id, 5, { fromOn: '2021-01-04', reason: 'Complainant in hospital' });
    await expect(
      respond(db, officer, id, 6, { respondedOn: '2021-01-05', outcome: 'upheld' }),
    ).rejects.toThrow(/Resume the clock/);
    await resume(db, officer, id, 6, { toOn: '2021-01-05' });
    expect((await stageOf(id, 1)).due_on).toBe('2021-01-25');
    await recordManagerContact(db, org.actors.responding_manager, id, 7, {
      contacted: true,
      method: 'phone',
      contactedOn: '2021-01-06',
    });
    await expect(
      respond(db, officer, id, 8, { respondedOn: '2020-12-01', outcome: 'upheld' }),
    ).rejects.toBeInstanceOf(InvalidChangeError);
    await respond(db, org.actors.responding_manager, id, 8, {
      respondedOn: '2021-01-20',
      outcome: 'partially_upheld',
    });
    expect((await recordOf(id)).status).toBe('responded');

    await reopen(db, officer, id, 9, { reason: 'Further concerns about the reply' });
    await respond(db, officer, id, 10, { respondedOn: '2021-01-22', outcome: 'partially_upheld' });
    expect((await stageOf(id, 1)).reopened_count).toBe(1);

    await escalate(db, officer, id, 11, { requestedOn: '2021-02-01' });
    const s2 = await stageOf(id, 2);
    expect(s2.limit_days).toBe(25);
    expect(s2.due_on).toBe('2021-03-08');
    await appoint(db, officer, id, 12, {
      role: 'investigating_officer',
      userId: org.actors.investigator.id,
      name: null,
      appointedOn: '2021-02-02',
    });
    await appoint(db, officer, id, 13, {
      role: 'independent_person',
      userId: null,
      name: 'Pat Independent',
      appointedOn: '2021-02-02',
    });
    await expect(respond(db, officer, id, 14, { respondedOn: '2021-03-01' })).rejects.toThrow(
      /Choose the outcome/,
    );
    await expect(
      recordFindings(db, org.actors.investigator, id, 14, {
        findings: [{ number: 1, finding: 'upheld', notes: null }],
      }),
    ).rejects.toThrow(/Agree the statement/);
    await agreeStatement(db, officer, id, 14, {
      agreedOn: '2021-02-05',
      points: [
        'Calls not returned',
        'Plan not shared',
        'Contact arrangements changed without notice',
      ],
    });
    await recordFindings(db, org.actors.investigator, id, 15, {
      findings: [
        { number: 1, finding: 'upheld', notes: 'Records show 6 unreturned calls' },
        { number: 2, finding: 'not_upheld', notes: null },
        { number: 3, finding: 'upheld', notes: null },
      ],
    });
    await respond(db, org.actors.senior_manager, id, 16, {
      respondedOn: '2021-03-05',
      outcome: null,
      costs: { investigator: 1250.5 },
    });
    const s2done = await stageOf(id, 2);
    expect(s2done.outcome).toBe('partially_upheld');
    expect(s2done.investigator_cost).toBe(1250.5);

    await expect(recordPanel(db, officer, id, 17, { panelOn: '2021-03-10' })).rejects.toThrow(
      /You cannot record the panel/,
    );
    await escalate(db, officer, id, 17, { requestedOn: '2021-03-15' });
    await appoint(db, officer, id, 18, {
      role: 'panel_chair',
      userId: null,
      name: 'Chris Chair',
      appointedOn: '2021-03-16',
    });
    await expect(
      respond(db, officer, id, 19, { respondedOn: '2021-04-01', outcome: 'upheld' }),
    ).rejects.toThrow(/panel and its report/);
    await expect(
      recordPanelReport(db, officer, id, 19, { reportOn: '2021-04-01' }),
    ).rejects.toThrow(/panel date first/);
    await recordPanel(db, officer, id, 19, { panelOn: '2021-04-20' });
    expect((await stageOf(id, 3)).due_on).toBe('2021-04-27');
    await recordPanelReport(db, officer, id, 20, { reportOn: '2021-04-26' });
    // 15 working days from 26 April 2021, over the early May bank holiday (3 May).
    expect((await stageOf(id, 3)).due_on).toBe('2021-05-18');
    await respond(db, org.actors.senior_manager, id, 21, {
      respondedOn: '2021-05-10',
      outcome: 'upheld',
      costs: { panel: 900 },
    });
    const record = await recordOf(id);
    expect(record.status).toBe('closed');
    expect(record.closed_on).toBe('2021-05-10');

    await expect(
      escalate(db, officer, id, 22, { requestedOn: '2021-05-11' }),
    ).rejects.toBeInstanceOf(TransitionRefusedError);

    const history = await recordHistory(db, org.organisationId, id);
    expect(history).toHaveLength(22);
    expect(history.at(-1)?.summary).toBe('Complaint logged');
    expect(history[0]?.summary).toContain('Stage 3 response recorded on 2021-05-10: Upheld');
  });

  it('runs a corporate complaint whose clock starts at acknowledgement', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const { id } = await logRecord(db, officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2023-05-02',
      channel: 'online',
    });
    await triage(db, officer, id, undefined, { decision: 'accept', procedure: 'corporate' });
    expect((await stageOf(id, 1)).due_on).toBeNull();
    // Acknowledged Wednesday 3 May 2023; Monday 8 May was the coronation bank holiday.
    await acknowledge(db, officer, id, undefined, { acknowledgedOn: '2023-05-03' });
    expect((await stageOf(id, 1)).due_on).toBe('2023-05-18');
    await respond(db, officer, id, undefined, { respondedOn: '2023-05-17', outcome: 'upheld' });
    await escalate(db, officer, id, undefined, { requestedOn: '2023-06-01' });
    expect((await stageOf(id, 2)).limit_days).toBe(20);
    await respond(db, officer, id, undefined, { respondedOn: '2023-06-20', outcome: 'not_upheld' });
    expect((await recordOf(id)).status).toBe('closed');
  });

  it('refuses what the rules forbid and changes nothing', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const { id } = await logRecord(db, officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2023-05-09',
      channel: 'letter',
    });
    await expect(
      acknowledge(db, officer, id, undefined, { acknowledgedOn: '2023-05-10' }),
    ).rejects.toThrow(/not been triaged/);
    await triage(db, officer, id, undefined, {
      decision: 'not_accept',
      reason: 'court',
      letterSentOn: '2023-05-12',
    });
    expect((await recordOf(id)).not_accepted_reason).toBe('court');
    await expect(
      withdraw(db, officer, id, undefined, { withdrawnOn: '2023-05-13', reason: '' }),
    ).rejects.toThrow(/not accepted/);

    const other = await logRecord(db, officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2023-05-09',
    });
    await triage(db, officer, other.id, undefined, { decision: 'accept', procedure: 'statutory' });
    await withdraw(db, officer, other.id, undefined, {
      withdrawnOn: '2023-05-15',
      reason: 'Resolved informally',
    });
    expect((await stageOf(other.id, 1)).outcome).toBe('withdrawn');
    const before = await recordOf(other.id);
    await expect(
      escalate(db, officer, other.id, undefined, { requestedOn: '2023-05-16' }),
    ).rejects.toThrow(/withdrawn/);
    expect((await recordOf(other.id)).version).toBe(before.version);
    await expect(
      refuseEscalation(db, officer, other.id, undefined, { reason: 'x' }),
    ).rejects.toBeInstanceOf(TransitionRefusedError);
    await expect(
      close(db, officer, other.id, undefined, { closedOn: '2023-05-16' }),
    ).rejects.toBeInstanceOf(TransitionRefusedError);
  });

  it('starts a historic complaint at stage 2 only with a reason, and moves procedure only with one', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const { id } = await logRecord(db, officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2023-06-01',
    });
    await expect(
      triage(db, officer, id, undefined, {
        decision: 'accept',
        procedure: 'statutory',
        startAtStage: 2,
        historicReason: ' ',
      }),
    ).rejects.toThrow(/starts at stage 2/);
    await triage(db, officer, id, undefined, {
      decision: 'accept',
      procedure: 'statutory',
      startAtStage: 2,
      historicReason: 'Adult formerly in care, historic matter',
    });
    expect((await stageOf(id, 2)).limit_days).toBe(25);
    await expect(
      changeProcedure(db, officer, id, undefined, { procedure: 'corporate', reason: '' }),
    ).rejects.toThrow(/reason/);
    await changeProcedure(db, officer, id, undefined, {
      procedure: 'corporate',
      reason: 'Not about a child’s social care',
    });
    expect((await stageOf(id, 2)).limit_days).toBe(20);
  });

  it('hides records from those who may not see them, and logs the attempt', async () => {
    const db = connection.db;
    const { id } = await logRecord(db, org.actors.complaints_officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2023-06-01',
    });
    await expect(
      triage(db, org.actors.investigator, id, undefined, {
        decision: 'accept',
        procedure: 'statutory',
      }),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(
      triage(db, org.actors.responding_manager, id, undefined, {
        decision: 'accept',
        procedure: 'statutory',
      }),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    const restricted = await logRecord(db, org.actors.complaints_officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2023-06-01',
      restricted: true,
    });
    await expect(
      triage(db, org.actors.complaints_manager, restricted.id, undefined, {
        decision: 'accept',
        procedure: 'statutory',
      }),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    await triage(db, org.actors.complaints_officer, restricted.id, undefined, {
      decision: 'accept',
      procedure: 'statutory',
    });
    const refused = await db
      .selectFrom('security_events')
      .select('detail')
      .where('event', '=', 'access_refused')
      .execute();
    expect(refused.length).toBeGreaterThanOrEqual(3);
  });

  it('opens single-stage kinds with their deadline and an Ombudsman case with the date it sets', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const concern = await logRecord(db, officer, org.organisationId, {
      kind: 'concern',
      receivedOn: '2023-06-14',
      channel: 'phone',
    });
    expect((await stageOf(concern.id, 1)).due_on).toBe('2023-06-21');
    expect(concern.reference).toBe('CO-2023-0001');
    const complaint = await logRecord(db, officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2023-02-01',
    });
    const ombudsman = await logRecord(db, officer, org.organisationId, {
      kind: 'ombudsman',
      receivedOn: '2023-09-11',
      ombudsmanReference: '23 004 512',
      dueOn: '2023-10-09',
      relatedRecordId: complaint.id,
    });
    expect((await stageOf(ombudsman.id, 1)).due_on).toBe('2023-10-09');
    await expect(
      respond(db, officer, ombudsman.id, undefined, {
        respondedOn: '2024-01-15',
        outcome: 'upheld',
      }),
    ).rejects.toThrow(/Choose the outcome/);
    await respond(db, officer, ombudsman.id, undefined, {
      respondedOn: '2024-01-15',
      outcome: 'upheld_injustice',
    });
    expect((await recordOf(ombudsman.id)).status).toBe('closed');
    const links = await db
      .selectFrom('record_links')
      .selectAll()
      .where('record_id', '=', complaint.id)
      .execute();
    expect(links.map((l) => l.related_record_id)).toEqual([ombudsman.id]);
  });

  it('keeps history append-only in the database itself', async () => {
    await expect(
      connection.db.updateTable('events').set({ summary: 'tampered' }).execute(),
    ).rejects.toThrow(/cannot be changed/);
    await expect(connection.db.deleteFrom('events').execute()).rejects.toThrow(/cannot be changed/);
  });
});
