import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-db.ts';
import type { Connection } from '../db/connect.ts';
import { seedOrganisation } from '../testing/fixtures.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { triage } from '../casework/use-cases/triage.ts';
import { respond } from '../casework/use-cases/responses.ts';
import { allocate } from '../casework/use-cases/people-and-stages.ts';
import { recordHistory } from '../casework/history.ts';
import { InvalidChangeError, TransitionRefusedError } from '../casework/errors.ts';
import { addRemedy, markRemedyDone, type RemedyInput } from './remedies.ts';
import { recordMeeting } from './meetings.ts';

let connection: Connection;
let org: Awaited<ReturnType<typeof seedOrganisation>>;
beforeAll(async () => {
  connection = await createTestDatabase();
  org = await seedOrganisation(connection.db);
});
afterAll(() => connection.close());

const apology: RemedyInput = {
  kind: 'apology',
  stage: '1',
  description: 'Letter of apology from the team manager',
  amount: null,
  financialType: null,
  agreedOn: '2024-01-15',
  dueOn: '2024-01-22',
  doneOn: null,
};

async function acceptedComplaint() {
  const officer = org.actors.complaints_officer;
  const { id } = await logRecord(connection.db, officer, org.organisationId, {
    kind: 'complaint',
    receivedOn: '2024-01-08',
  });
  await triage(connection.db, officer, id, undefined, {
    decision: 'accept',
    procedure: 'statutory',
  });
  return id;
}

describe('remedies', () => {
  it('adds remedies at the stages a complaint has reached and marks them done', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const id = await acceptedComplaint();
    const remedyId = await addRemedy(db, officer, id, 2, apology);
    await expect(addRemedy(db, officer, id, 3, { ...apology, stage: '2' })).rejects.toThrow(
      /not reached stage 2/,
    );
    await expect(
      addRemedy(db, officer, id, 3, { ...apology, kind: 'financial', financialType: 'distress' }),
    ).rejects.toMatchObject({ field: 'amount' });
    await expect(
      addRemedy(db, officer, id, 3, { ...apology, kind: 'financial', amount: 250 }),
    ).rejects.toMatchObject({ field: 'financialType' });
    await expect(addRemedy(db, officer, id, 3, { ...apology, amount: 250 })).rejects.toMatchObject({
      field: 'kind',
    });
    await expect(
      addRemedy(db, officer, id, 3, { ...apology, dueOn: '2024-01-10' }),
    ).rejects.toThrow(/on or after the date agreed/);
    await expect(
      addRemedy(db, officer, id, 3, { ...apology, agreedOn: '2024-01-01' }),
    ).rejects.toThrow(/on or after the date received/);
    await addRemedy(db, org.actors.senior_manager, id, 3, {
      ...apology,
      kind: 'financial',
      amount: 1250.5,
      financialType: 'time_and_trouble',
      description: null,
      doneOn: '2024-01-20',
    });

    const remedies = await db
      .selectFrom('remedies')
      .selectAll()
      .where('record_id', '=', id)
      .orderBy('created_at')
      .execute();
    expect(
      remedies.map((r) => [r.kind, r.stage_number, r.amount, r.financial_type, r.done_on]),
    ).toEqual([
      ['apology', '1', null, null, null],
      ['financial', '1', 1250.5, 'time_and_trouble', '2024-01-20'],
    ]);

    await expect(
      markRemedyDone(db, officer, id, 4, { remedyId, doneOn: '2024-01-12' }),
    ).rejects.toThrow(/on or after the date agreed/);
    await markRemedyDone(db, officer, id, 4, { remedyId, doneOn: '2024-01-25' });
    await expect(
      markRemedyDone(db, officer, id, 5, { remedyId, doneOn: '2024-01-26' }),
    ).rejects.toThrow(/was done on 2024-01-25/);

    const history = await recordHistory(db, org.organisationId, id);
    expect(history.slice(0, 3).map((e) => e.summary)).toEqual([
      'Remedy done on 2024-01-25: Apology (after its due date, 2024-01-22)',
      'Stage 1 remedy agreed on 2024-01-15: Financial remedy of £1,250.50 for time and trouble, due 2024-01-22, done 2024-01-20',
      'Stage 1 remedy agreed on 2024-01-15: Apology, due 2024-01-22',
    ]);
  });

  it('keeps Ombudsman remedies on the Ombudsman case, and none on other kinds', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const ombudsman = await logRecord(db, officer, org.organisationId, {
      kind: 'ombudsman',
      receivedOn: '2024-02-01',
      dueOn: '2024-03-01',
    });
    await expect(
      addRemedy(db, officer, ombudsman.id, 1, { ...apology, agreedOn: '2024-02-05' }),
    ).rejects.toThrow(/Ombudsman remedy/);
    await addRemedy(db, officer, ombudsman.id, 1, {
      ...apology,
      stage: 'ombudsman',
      agreedOn: '2024-02-05',
      dueOn: '2024-04-05',
    });
    const complaint = await acceptedComplaint();
    await expect(
      addRemedy(db, officer, complaint, 2, { ...apology, stage: 'ombudsman' }),
    ).rejects.toThrow(/on the Ombudsman case/);
    const concern = await logRecord(db, officer, org.organisationId, {
      kind: 'concern',
      receivedOn: '2024-02-01',
    });
    await expect(addRemedy(db, officer, concern.id, 1, apology)).rejects.toBeInstanceOf(
      TransitionRefusedError,
    );
    const triaging = await logRecord(db, officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2024-02-01',
    });
    await expect(
      addRemedy(db, officer, triaging.id, 1, { ...apology, agreedOn: '2024-02-02', dueOn: null }),
    ).rejects.toThrow(/Accept the complaint/);
  });

  it('may be added after the complaint has closed, but not by a responding manager', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const id = await acceptedComplaint();
    await allocate(db, officer, id, 2, {
      teamId: org.teamId,
      serviceAreaId: null,
      respondingManagerId: org.actors.responding_manager.id,
    });
    await respond(db, officer, id, 3, { respondedOn: '2024-01-12', outcome: 'upheld' });
    await expect(addRemedy(db, org.actors.responding_manager, id, 4, apology)).rejects.toThrow(
      /Your role does not allow/,
    );
    await addRemedy(db, officer, id, 4, apology);
    expect(
      await db.selectFrom('remedies').select('kind').where('record_id', '=', id).execute(),
    ).toEqual([{ kind: 'apology' }]);
  });
});

describe('resolution meetings', () => {
  it('records who met, when, and the result, in the history', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const concern = await logRecord(db, officer, org.organisationId, {
      kind: 'concern',
      receivedOn: '2024-03-04',
      teamId: org.teamId,
    });
    await expect(
      recordMeeting(db, officer, concern.id, 1, {
        heldOn: '2024-03-05',
        attendees: ' ',
        result: 'Agreed',
      }),
    ).rejects.toBeInstanceOf(InvalidChangeError);
    await recordMeeting(db, org.actors.responding_manager, concern.id, 1, {
      heldOn: '2024-03-06',
      attendees: 'Parent, advocate, team manager',
      result: 'Father felt heard; no formal complaint',
    });
    const meetings = await db
      .selectFrom('resolution_meetings')
      .select(['held_on', 'attendees', 'result'])
      .where('record_id', '=', concern.id)
      .execute();
    expect(meetings).toEqual([
      {
        held_on: '2024-03-06',
        attendees: 'Parent, advocate, team manager',
        result: 'Father felt heard; no formal complaint',
      },
    ]);
    const [event] = await recordHistory(db, org.organisationId, concern.id);
    expect(event?.summary).toBe(
      'Resolution meeting held on 2024-03-06 with Parent, advocate, team manager: Father felt heard; no formal complaint',
    );
    await expect(
      recordMeeting(db, officer, concern.id, 2, {
        heldOn: '2999-01-01',
        attendees: 'x',
        result: 'y',
      }),
    ).rejects.toThrow(/today or in the past/);
  });
});
