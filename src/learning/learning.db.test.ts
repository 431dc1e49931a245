import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-db.ts';
import type { Connection } from '../db/connect.ts';
import { seedOrganisation } from '../testing/fixtures.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { recordHistory } from '../casework/history.ts';
import { ConflictError, RecordNotFoundError } from '../casework/errors.ts';
import { todayInLondon } from '../casework/clock.ts';
import {
  addLearningAction,
  updateLearningAction,
  type LearningActionInput,
} from './learning-actions.ts';
import { listLearningActions, loadLearningAction } from './queries.ts';

let connection: Connection;
let org: Awaited<ReturnType<typeof seedOrganisation>>;
beforeAll(async () => {
  connection = await createTestDatabase();
  org = await seedOrganisation(connection.db);
});
afterAll(() => connection.close());

const action: LearningActionInput = {
  learning: 'Minutes of the core group were sent out late',
  action: 'Team reminded that minutes go out within the practice standard',
  category: 'communication',
  owner: 'Team manager',
  teamId: null,
  dueOn: '2024-05-31',
  status: 'open',
  evidence: null,
  completedOn: null,
  publish: true,
};

describe('learning actions', () => {
  it('come from any record, go through open, in progress and done, each step in its history', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const manager = org.actors.responding_manager;
    const mp = await logRecord(db, officer, org.organisationId, {
      kind: 'mp_enquiry',
      receivedOn: '2024-04-08',
      teamId: org.teamId,
    });
    await expect(
      addLearningAction(db, manager, mp.id, 1, { ...action, status: 'completed' }),
    ).rejects.toMatchObject({ field: 'evidence' });
    await expect(
      addLearningAction(db, manager, mp.id, 1, {
        ...action,
        teamId: '00000000-0000-4000-8000-000000000000',
      }),
    ).rejects.toMatchObject({ field: 'teamId' });
    const id = await addLearningAction(db, manager, mp.id, 1, { ...action, teamId: org.teamId });
    expect(await loadLearningAction(db, manager, id)).toMatchObject({
      status: 'open',
      category: 'communication',
      team_name: 'Children in Care (North)',
      publish: true,
      reference: mp.reference,
    });

    await updateLearningAction(db, manager, id, 2, {
      status: 'in_progress',
      evidence: null,
      completedOn: null,
      dueOn: '2024-06-28',
      owner: 'Service manager',
    });
    await expect(
      updateLearningAction(db, officer, id, 2, {
        status: 'completed',
        evidence: 'Briefing',
        completedOn: null,
        dueOn: null,
        owner: null,
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    await updateLearningAction(db, officer, id, 3, {
      status: 'completed',
      evidence: 'Briefing given at the team meeting on 4 June',
      completedOn: '2024-06-04',
      dueOn: '2024-06-28',
      owner: 'Service manager',
    });
    expect(await loadLearningAction(db, officer, id)).toMatchObject({
      status: 'completed',
      completed_on: '2024-06-04',
      due_on: '2024-06-28',
      owner: 'Service manager',
      evidence: 'Briefing given at the team meeting on 4 June',
    });
    const history = await recordHistory(db, org.organisationId, mp.id);
    expect(history.map((e) => e.summary).slice(0, 3)).toEqual([
      'Learning action now done: Team reminded that minutes go out within the practice standard. Evidence: Briefing given at the team meeting on 4 June',
      'Learning action now in progress: Team reminded that minutes go out within the practice standard',
      'Learning action added (Communication): Team reminded that minutes go out within the practice standard; team Children in Care (North); due 2024-05-31',
    ]);
    await expect(
      updateLearningAction(db, org.actors.investigator, id, undefined, {
        status: 'open',
        evidence: null,
        completedOn: null,
        dueOn: null,
        owner: null,
      }),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('are done today unless another date is given, and the register filters them', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const complaint = await logRecord(db, officer, org.organisationId, {
      kind: 'complaint',
      receivedOn: '2024-04-15',
    });
    const done = await addLearningAction(db, officer, complaint.id, 1, {
      ...action,
      category: 'training',
      status: 'completed',
      evidence: 'Domestic abuse awareness training booked',
    });
    expect((await loadLearningAction(db, officer, done))?.completed_on).toBe(todayInLondon());
    await addLearningAction(db, officer, complaint.id, 2, {
      ...action,
      category: 'policy',
      dueOn: '2024-04-30',
    });

    const today = '2024-06-10';
    const list = (filters: Parameters<typeof listLearningActions>[2]) =>
      listLearningActions(db, officer, filters, 'all', today).then((r) =>
        r.rows.map((a) => a.category).sort(),
      );
    expect(await list({})).toEqual(['communication', 'policy', 'training']);
    expect(await list({ overdue: true })).toEqual(['policy']);
    expect(await list({ status: 'completed' })).toEqual(['communication', 'training']);
    expect(await list({ category: 'training' })).toEqual(['training']);
    expect(await list({ teamId: org.teamId })).toEqual(['communication']);
    // The responding manager sees the actions of their team's records only.
    const theirs = await listLearningActions(db, org.actors.responding_manager, {}, 'all', today);
    expect(theirs.rows.map((a) => a.category)).toEqual(['communication']);
  });
});
