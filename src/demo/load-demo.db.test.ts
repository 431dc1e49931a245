import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../db/connect.ts';
import { createTestDatabase } from '../db/test-db.ts';
import { roles } from '../auth/roles.ts';
import { verifyPassword } from '../auth/password.ts';
import { ensureOrganisation, type FirstRunResult } from '../setup/first-run.ts';
import { demoPersonName } from './generate.ts';
import { DEMO_SOURCE } from './load-demo.ts';
import { FIRST_NAMES, LAST_NAMES } from './vocabulary.ts';

let connection: Connection;
let firstRun: FirstRunResult;
let seconds: number;
beforeAll(async () => {
  connection = await createTestDatabase();
  const started = performance.now();
  firstRun = await ensureOrganisation(connection.db, 'Demo Council', { demo: true });
  seconds = (performance.now() - started) / 1000;
}, 120_000);
afterAll(() => connection.close());

describe('the first run with demo data', () => {
  it('creates an account for every role, with passwords to print once', async () => {
    console.log(`Demo organisation set up in ${seconds.toFixed(1)} s (${connection.kind})`);
    expect(firstRun.users.map((u) => u.role).sort()).toEqual([...roles].sort());
    for (const user of firstRun.users) {
      const stored = await connection.db
        .selectFrom('users')
        .select(['password_hash', 'name', 'team_id'])
        .where('email', '=', user.email)
        .executeTakeFirstOrThrow();
      expect(await verifyPassword(user.password, stored.password_hash)).toBe(true);
      expect(stored.name).toBe(user.name);
    }
    const manager = await connection.db
      .selectFrom('users')
      .innerJoin('teams', 'teams.id', 'users.team_id')
      .select('teams.name')
      .where('users.role', '=', 'responding_manager')
      .executeTakeFirstOrThrow();
    expect(manager.name).toBe('Children in Care (North)');
  });

  it('loads three years of demo records through the import writer', async () => {
    const { organisationId } = firstRun;
    const records = await connection.db
      .selectFrom('records')
      .select(['id', 'kind', 'status', 'source', 'received_on'])
      .where('organisation_id', '=', organisationId)
      .execute();
    expect(records.length).toBe(firstRun.demoRecords);
    expect(records.length).toBeGreaterThan(3000);
    expect(new Set(records.map((r) => r.source))).toEqual(new Set([DEMO_SOURCE]));
    expect(new Set(records.map((r) => r.status))).toEqual(
      new Set(['open', 'responded', 'closed', 'withdrawn', 'not_accepted']),
    );
    const events = await connection.db
      .selectFrom('events')
      .select(['record_id', 'type'])
      .where('organisation_id', '=', organisationId)
      .execute();
    expect(events.length).toBe(records.length);
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['imported']));

    // Every open stage with a timescale has its due date, as the app would give it.
    const open = await connection.db
      .selectFrom('stages')
      .select(['due_on', 'limit_days', 'clock_start_on'])
      .where('organisation_id', '=', organisationId)
      .where('ended_on', 'is', null)
      .where('limit_days', 'is not', null)
      .where('clock_start_on', 'is not', null)
      .execute();
    expect(open.length).toBeGreaterThan(10);
    expect(open.every((stage) => stage.due_on !== null)).toBe(true);
  });

  it('gives every demo complainant an invented name, the same one on each of their records', async () => {
    const people = await connection.db
      .selectFrom('people')
      .innerJoin('record_people', 'record_people.person_id', 'people.id')
      .select(['people.external_key', 'people.name'])
      .where('people.organisation_id', '=', firstRun.organisationId)
      .where('record_people.is_complainant', '=', true)
      .execute();
    const named = people.filter((person) => person.external_key !== null);
    expect(named.length).toBeGreaterThan(1000);
    for (const person of named) {
      expect(person.name).toBe(demoPersonName(person.external_key!));
      const [first, last] = person.name!.split(' ');
      expect(FIRST_NAMES).toContain(first);
      expect(LAST_NAMES).toContain(last);
    }
  });

  it('adds learning actions, remedies and the investigator’s appointments', async () => {
    const { organisationId } = firstRun;
    const learning = await connection.db
      .selectFrom('learning_actions')
      .select(['category', 'status', 'record_id', 'team_id'])
      .where('organisation_id', '=', organisationId)
      .execute();
    expect(learning.length).toBeGreaterThan(20);
    expect(learning.every((l) => l.record_id !== null && l.team_id !== null)).toBe(true);
    const remedies = await connection.db
      .selectFrom('remedies')
      .select((eb) => [
        eb.fn.countAll<number>().as('count'),
        eb.fn.sum<number>('amount').as('total'),
      ])
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    expect(Number(remedies.count)).toBeGreaterThan(5);
    const appointments = await connection.db
      .selectFrom('stage_appointments')
      .innerJoin('users', 'users.id', 'stage_appointments.user_id')
      .select('users.role')
      .where('stage_appointments.organisation_id', '=', organisationId)
      .execute();
    expect(appointments.length).toBeGreaterThan(10);
    expect(new Set(appointments.map((a) => a.role))).toEqual(new Set(['investigator']));
  });

  it('does nothing to an organisation that already exists', async () => {
    const again = await ensureOrganisation(connection.db, 'Demo Council', { demo: true });
    expect(again).toEqual({ organisationId: firstRun.organisationId, created: false, users: [] });
  });
});
