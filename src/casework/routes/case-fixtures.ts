import type { Role } from '../../auth/roles.ts';
import type { TestApp } from '../../testing/test-app.ts';
import type { Actor } from '../access.ts';
import { logRecord } from '../use-cases/log-record.ts';
import { triage } from '../use-cases/triage.ts';
import { acknowledge } from '../use-cases/stage-clock.ts';
import { escalate, respond } from '../use-cases/responses.ts';
import {
  agreeStatement,
  allocate,
  appoint,
  recordFindings,
  recordPanel,
} from '../use-cases/people-and-stages.ts';

// Cases in known states for route tests, made through the use cases so they are real.

export function actorFor(app: TestApp, role: Role): Actor {
  return {
    id: app.users[role].id,
    name: `Test ${role.replace('_', ' ')}`,
    organisationId: app.organisationId,
    role,
    teamId: null,
  };
}

export type CaseStateName =
  'triage' | 'stage1' | 'stage1-responded' | 'stage2' | 'stage2-points' | 'stage3' | 'stage3-panel';

/**
 * A statutory complaint received on 3 March 2025, allocated to the responding manager, in the
 * state asked for; from stage 2 the investigator is appointed.
 */
export async function makeCase(
  app: TestApp,
  state: CaseStateName,
  extra: { restricted?: boolean; name?: string } = {},
): Promise<{ id: string; reference: string }> {
  const db = app.connection.db;
  const officer = actorFor(app, 'complaints_officer');
  const record = await logRecord(db, officer, app.organisationId, {
    kind: 'complaint',
    receivedOn: '2025-03-03',
    channel: 'email',
    summary: 'Calls not returned',
    complainant: { name: extra.name ?? 'Sam Parent', role: 'parent' },
    restricted: extra.restricted,
  });
  const id = record.id;
  if (state === 'triage') return record;
  await triage(db, officer, id, undefined, { decision: 'accept', procedure: 'statutory' });
  await allocate(db, officer, id, undefined, {
    teamId: null,
    serviceAreaId: null,
    respondingManagerId: app.users.responding_manager.id,
  });
  if (state === 'stage1') return record;
  await acknowledge(db, officer, id, undefined, { acknowledgedOn: '2025-03-04' });
  await respond(db, officer, id, undefined, { respondedOn: '2025-03-14', outcome: 'upheld' });
  if (state === 'stage1-responded') return record;
  await escalate(db, officer, id, undefined, { requestedOn: '2025-03-20' });
  await appoint(db, officer, id, undefined, {
    role: 'investigating_officer',
    userId: app.users.investigator.id,
    name: null,
    appointedOn: '2025-03-21',
  });
  if (state === 'stage2') return record;
  await agreeStatement(db, officer, id, undefined, {
    agreedOn: '2025-03-24',
    points: ['Calls not returned', 'Plan not shared'],
  });
  if (state === 'stage2-points') return record;
  await recordFindings(db, officer, id, undefined, {
    findings: [
      { number: 1, finding: 'upheld', notes: null },
      { number: 2, finding: 'not_upheld', notes: null },
    ],
  });
  await respond(db, officer, id, undefined, { respondedOn: '2025-04-10' });
  await escalate(db, officer, id, undefined, { requestedOn: '2025-04-14' });
  if (state === 'stage3') return record;
  await recordPanel(db, officer, id, undefined, { panelOn: '2025-05-01' });
  return record;
}

/** Everything about a record that an action could change, to check that a refusal changed nothing. */
export async function recordSnapshot(app: TestApp, id: string) {
  const db = app.connection.db;
  const stageIds = (
    await db.selectFrom('stages').select('id').where('record_id', '=', id).execute()
  ).map((s) => s.id);
  // Rows of a stage's parts, as JSON: the tables differ, the check is the same.
  const inStages = async (
    table: 'stage_suspensions' | 'stage_appointments' | 'complaint_points',
  ) =>
    stageIds.length
      ? JSON.stringify(
          await db
            .selectFrom(table)
            .selectAll()
            .where('stage_id', 'in', stageIds)
            .orderBy('id')
            .execute(),
        )
      : '[]';
  const [record, stages, suspensions, appointments, points, events, people, access] =
    await Promise.all([
      db.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      db.selectFrom('stages').selectAll().where('record_id', '=', id).orderBy('number').execute(),
      inStages('stage_suspensions'),
      inStages('stage_appointments'),
      inStages('complaint_points'),
      db.selectFrom('events').select('id').where('record_id', '=', id).execute(),
      db.selectFrom('record_people').selectAll().where('record_id', '=', id).execute(),
      db.selectFrom('record_access').selectAll().where('record_id', '=', id).execute(),
    ]);
  return JSON.stringify({
    record,
    stages,
    suspensions,
    appointments,
    points,
    events,
    people,
    access,
  });
}
