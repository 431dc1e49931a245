import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-db.ts';
import type { Connection } from '../db/connect.ts';
import { seedOrganisation } from '../testing/fixtures.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { triage } from '../casework/use-cases/triage.ts';
import { acknowledge, extend } from '../casework/use-cases/stage-clock.ts';
import { escalate, respond } from '../casework/use-cases/responses.ts';
import { loadOrganisationRules } from '../casework/organisation-rules.ts';
import { loadReportRecords } from './load-records.ts';
import { buildReport } from './metrics/report.ts';

let connection: Connection;
let org: Awaited<ReturnType<typeof seedOrganisation>>;
beforeAll(async () => {
  connection = await createTestDatabase();
  org = await seedOrganisation(connection.db);
});
afterAll(() => connection.close());

describe('the annual report from recorded casework', () => {
  it('counts what the use cases recorded, by the definitions of DESIGN §4', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const complaint = async (receivedOn: string, person: string) => {
      const { id } = await logRecord(db, officer, org.organisationId, {
        kind: 'complaint',
        receivedOn,
        channel: 'email',
        teamId: org.teamId,
        complainant: { name: person, role: 'parent', externalKey: person },
        children: [{ circumstance: 'child_in_care' }],
      });
      await triage(db, officer, id, undefined, { decision: 'accept', procedure: 'statutory' });
      return id;
    };
    // Carried forward from 2019/20 and concluded in 2020/21, on time (10 working days from 23 March).
    const carried = await complaint('2020-03-23', 'P1');
    await respond(db, officer, carried, undefined, {
      respondedOn: '2020-04-06',
      outcome: 'upheld',
    });
    // Received in 2020/21, extended and responded within the 20-day maximum, then escalated.
    const extended = await complaint('2020-12-21', 'P2');
    await acknowledge(db, officer, extended, undefined, { acknowledgedOn: '2020-12-22' });
    await extend(db, officer, extended, undefined, {
      newDueOn: '2021-01-20',
      reason: 'Leave',
      toldOn: '2020-12-23',
    });
    await respond(db, officer, extended, undefined, {
      respondedOn: '2021-01-15',
      outcome: 'partially_upheld',
    });
    await escalate(db, officer, extended, undefined, { requestedOn: '2021-02-01' });
    // Received in 2020/21 by a repeat complainant, still open at year end.
    await complaint('2021-03-01', 'P1');
    // Not accepted.
    const refused = await logRecord(db, officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2020-06-01',
    });
    await triage(db, officer, refused.id, undefined, {
      decision: 'not_accept',
      reason: 'court',
      letterSentOn: '2020-06-03',
    });
    await logRecord(db, officer, org.organisationId, {
      kind: 'compliment',
      receivedOn: '2020-07-01',
      teamId: org.teamId,
      complimentFrom: 'foster_carer',
    });

    const rules = await loadOrganisationRules(db, org.organisationId);
    const records = await loadReportRecords(db, org.organisationId, '2021-03-31', rules.calendar);
    const report = buildReport(records, 2020, rules.calendar, 'Testshire');
    const s1 = report.current.statutory.stage1;
    expect(report.year).toMatchObject({ label: '2020/21', start: '2020-04-01', end: '2021-03-31' });
    expect([s1.received, s1.carriedForward, s1.workedOn, s1.concluded, s1.ongoing]).toEqual([
      2, 1, 3, 2, 1,
    ]);
    expect(s1.byOutcome).toMatchObject({ upheld: 1, partially_upheld: 1 });
    expect(s1.timeliness).toEqual({ withinLimit: 1, withinMaximum: 1, beyondMaximum: 0 });
    expect(s1.extended).toBe(1);
    expect(s1.late).toBe(0);
    expect(s1.repeatComplainants).toBe(1);
    expect(s1.byRole).toMatchObject({ parent: 2 });
    expect(s1.byTeam).toMatchObject({ 'Children in Care (North)': 2 });
    expect(s1.byChildCircumstance).toMatchObject({ child_in_care: 2 });
    expect(s1.escalated).toBe(1);
    expect(report.current.statutory.stage2.received).toBe(1);
    expect(report.current.escalation.statutoryStage1To2).toBe(0.5);
    expect(report.current.notAccepted).toEqual({ total: 1, byReason: { court: 1 } });
    expect(report.current.compliments).toMatchObject({ received: 1, byFrom: { foster_carer: 1 } });
    expect(report.previous.statutory.stage1.received).toBe(1);
    expect(report.previous.statutory.stage1.ongoing).toBe(1);
  });
});

describe('imported suspended days', () => {
  it('take their working days off the elapsed time, as a suspension recorded in the app would', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const { id } = await logRecord(db, officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2022-05-03',
    });
    await triage(db, officer, id, undefined, { decision: 'accept', procedure: 'statutory' });
    // 13 working days after receipt: late against the 10-day limit, unless 3 of them were paused.
    await respond(db, officer, id, undefined, { respondedOn: '2022-05-20', outcome: 'upheld' });
    const rules = await loadOrganisationRules(db, org.organisationId);
    const stage1 = async () => {
      const records = await loadReportRecords(db, org.organisationId, '2023-03-31', rules.calendar);
      return buildReport(records, 2022, rules.calendar, 'Testshire').current.statutory.stage1;
    };
    expect((await stage1()).timeliness).toMatchObject({ withinLimit: 0, withinMaximum: 1 });
    await db.updateTable('stages').set({ suspended_days: 3 }).where('record_id', '=', id).execute();
    expect((await stage1()).timeliness).toMatchObject({ withinLimit: 1, withinMaximum: 0 });
  });
});
