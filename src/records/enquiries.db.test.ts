import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-db.ts';
import type { Connection } from '../db/connect.ts';
import { seedOrganisation } from '../testing/fixtures.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { triage } from '../casework/use-cases/triage.ts';
import { close, respond } from '../casework/use-cases/responses.ts';
import { recordHistory } from '../casework/history.ts';
import { InvalidChangeError, TransitionRefusedError } from '../casework/errors.ts';
import { convertToComplaint, tellMemberLate } from './use-cases/enquiries.ts';
import { listEnquiries } from './queries/record-lists.ts';

let connection: Connection;
let org: Awaited<ReturnType<typeof seedOrganisation>>;
beforeAll(async () => {
  connection = await createTestDatabase();
  org = await seedOrganisation(connection.db);
});
afterAll(() => connection.close());

const recordOf = (id: string) =>
  connection.db.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const stagesOf = (id: string) =>
  connection.db.selectFrom('stages').selectAll().where('record_id', '=', id).execute();

describe('concerns, enquiries and comments', () => {
  // Wednesday 14 June 2023: 5 working days is Wednesday 21 June, 10 is Wednesday 28 June.
  it.each([
    ['concern', '2023-06-21', 'CO-2023-'],
    ['enquiry', '2023-06-28', 'EN-2023-'],
    ['mp_enquiry', '2023-06-28', 'MP-2023-'],
    ['councillor_enquiry', '2023-06-28', 'CL-2023-'],
    ['comment', '2023-06-28', 'CC-2023-'],
  ] as const)('logs a %s due on %s, records the response and closes', async (kind, due, prefix) => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const { id, reference } = await logRecord(db, officer, org.organisationId, {
      kind,
      receivedOn: '2023-06-14',
      channel: 'email',
      summary: 'Asked about the date of the next review',
      complainant: { name: 'Sam Parent', role: 'parent' },
    });
    expect(reference.startsWith(prefix)).toBe(true);
    const [stage] = await stagesOf(id);
    expect(stage?.procedure).toBe(kind);
    expect(stage?.due_on).toBe(due);
    await respond(db, officer, id, 1, { respondedOn: '2023-06-20', outcome: 'advice_given' });
    const record = await recordOf(id);
    expect(record.status).toBe('closed');
    expect(record.closed_on).toBe('2023-06-20');
    expect((await stagesOf(id))[0]?.outcome).toBe('advice_given');
    await expect(
      close(db, officer, id, undefined, { closedOn: '2023-06-21' }),
    ).rejects.toBeInstanceOf(TransitionRefusedError);
    const history = await recordHistory(db, org.organisationId, id);
    expect(history.map((e) => e.type)).toEqual(['respond', 'logged']);
    expect(history[0]?.summary).toBe('Response recorded on 2023-06-20: Advice given');
  });

  it('closes a concern without a response only with a reason, and other correspondence with none', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const concern = await logRecord(db, officer, org.organisationId, {
      kind: 'concern',
      receivedOn: '2023-07-03',
    });
    await expect(
      close(db, officer, concern.id, undefined, { closedOn: '2023-07-10' }),
    ).rejects.toThrow(/without a response/);
    await close(db, officer, concern.id, undefined, {
      closedOn: '2023-07-10',
      outcome: 'non_responsive',
    });
    expect((await stagesOf(concern.id))[0]?.outcome).toBe('non_responsive');

    const other = await logRecord(db, officer, org.organisationId, {
      kind: 'other',
      receivedOn: '2023-07-03',
      summary: 'Social Work England enquiry',
    });
    expect(await stagesOf(other.id)).toEqual([]);
    await expect(
      respond(db, officer, other.id, undefined, { respondedOn: '2023-07-04' }),
    ).rejects.toThrow(/no stage in progress/);
    await close(db, officer, other.id, undefined, { closedOn: '2023-07-04' });
    expect((await recordOf(other.id)).status).toBe('closed');
  });

  it('links an MP enquiry to its complaint and records telling the member the reply will be late', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const complaint = await logRecord(db, officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2023-08-01',
    });
    const mp = await logRecord(db, officer, org.organisationId, {
      kind: 'mp_enquiry',
      receivedOn: '2023-08-07',
      memberName: 'Alex Member MP',
      complainant: { name: 'Chris Constituent' },
      relatedRecordId: complaint.id,
    });
    const links = await db.selectFrom('record_links').selectAll().execute();
    expect(links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ record_id: mp.id, related_record_id: complaint.id }),
        expect.objectContaining({ record_id: complaint.id, related_record_id: mp.id }),
      ]),
    );
    expect((await recordOf(mp.id)).member_name).toBe('Alex Member MP');
    const due = (await stagesOf(mp.id))[0]?.due_on;
    expect(due).toBe('2023-08-21');

    await expect(
      tellMemberLate(db, officer, mp.id, 1, {
        toldOn: '2023-08-18',
        reason: ' ',
        expectedOn: null,
      }),
    ).rejects.toBeInstanceOf(InvalidChangeError);
    await expect(
      tellMemberLate(db, officer, mp.id, 1, {
        toldOn: '2023-08-18',
        reason: 'Waiting for the service',
        expectedOn: '2023-08-17',
      }),
    ).rejects.toThrow(/on or after the date the member was told/);
    await tellMemberLate(db, officer, mp.id, 1, {
      toldOn: '2023-08-18',
      reason: 'Waiting for the service',
      expectedOn: '2023-08-25',
    });
    const [late] = await recordHistory(db, org.organisationId, mp.id);
    expect(late?.type).toBe('tell_member_late');
    expect(late?.summary).toBe(
      'Told the member (Alex Member MP) on 2023-08-18 that the reply will be late: Waiting for the service; reply expected by 2023-08-25',
    );
    expect((await stagesOf(mp.id))[0]?.due_on).toBe(due);

    const concern = await logRecord(db, officer, org.organisationId, {
      kind: 'concern',
      receivedOn: '2023-08-07',
    });
    await expect(
      tellMemberLate(db, officer, concern.id, undefined, {
        toldOn: '2023-08-08',
        reason: 'x',
        expectedOn: null,
      }),
    ).rejects.toThrow(/does not apply to this kind of record \(Concern\)/);
  });

  it('converts a concern to a formal complaint awaiting triage, keeping its reference and history', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const concern = await logRecord(db, officer, org.organisationId, {
      kind: 'concern',
      receivedOn: '2023-09-04',
      summary: 'Worker cancelled two visits',
    });
    await expect(
      convertToComplaint(db, officer, concern.id, 1, { requestedOn: '2023-09-01', reason: 'x' }),
    ).rejects.toThrow(/on or after the date received/);
    await convertToComplaint(db, officer, concern.id, 1, {
      requestedOn: '2023-09-08',
      reason: 'Not satisfied with the local response',
    });
    const record = await recordOf(concern.id);
    expect(record).toMatchObject({
      kind: 'complaint',
      status: 'triage',
      reference: concern.reference,
      received_on: '2023-09-08',
      procedure: null,
    });
    expect(await stagesOf(concern.id)).toEqual([]);
    const history = await recordHistory(db, org.organisationId, concern.id);
    expect(history.map((e) => e.type)).toEqual(['convert_to_complaint', 'logged']);
    expect(history[0]?.summary).toBe(
      'Converted from a concern (received 2023-09-04) to a formal complaint asked for on 2023-09-08: Not satisfied with the local response',
    );
    expect(history[0]?.before).toMatchObject({
      kind: 'concern',
      receivedOn: '2023-09-04',
      stage: { dueOn: '2023-09-11', procedure: 'concern' },
    });

    // The complaint's own stage 1 opens at triage, its clock from the day it was asked for.
    await triage(db, officer, concern.id, 2, { decision: 'accept', procedure: 'statutory' });
    const [stage] = await stagesOf(concern.id);
    expect(stage).toMatchObject({ number: 1, procedure: 'statutory', due_on: '2023-09-22' });

    const mp = await logRecord(db, officer, org.organisationId, {
      kind: 'mp_enquiry',
      receivedOn: '2023-09-04',
    });
    await expect(
      convertToComplaint(db, officer, mp.id, undefined, { requestedOn: '2023-09-05', reason: 'x' }),
    ).rejects.toBeInstanceOf(TransitionRefusedError);
  });

  it('lists only what the person may see, with due-date filters', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const manager = org.actors.responding_manager;
    const theirs = await logRecord(db, officer, org.organisationId, {
      kind: 'enquiry',
      receivedOn: '2023-10-02',
      teamId: org.teamId,
    });
    const notTheirs = await logRecord(db, officer, org.organisationId, {
      kind: 'enquiry',
      receivedOn: '2023-10-02',
    });
    const mine = await listEnquiries(db, manager, {}, 'all', '2023-10-20');
    expect(mine.rows.map((r) => r.id)).toEqual([theirs.id]);
    const overdue = await listEnquiries(
      db,
      officer,
      { kind: 'enquiry', due: 'overdue' },
      'all',
      '2023-10-20',
    );
    expect(overdue.rows.map((r) => r.id).sort()).toEqual([theirs.id, notTheirs.id].sort());
    const page = await listEnquiries(db, officer, {}, { limit: 2, offset: 0 }, '2023-10-20');
    expect(page.rows).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
  });
});
