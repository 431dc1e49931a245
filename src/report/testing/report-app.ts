import type { Actor } from '../../casework/access.ts';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';
import { seedReportYears } from './seed-report.ts';

/** The real app with two years of casework in it, recorded by its complaints officer. */
export async function startReportApp(): Promise<{
  app: TestApp;
  seeded: Awaited<ReturnType<typeof seedReportYears>>;
}> {
  const app = await startTestApp();
  const team = await app.connection.db
    .insertInto('teams')
    .values({ organisation_id: app.organisationId, name: 'Children in Care (North)' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const officer: Actor = {
    id: app.users.complaints_officer.id,
    name: 'Test complaints officer',
    organisationId: app.organisationId,
    role: 'complaints_officer',
    teamId: null,
  };
  return { app, seeded: await seedReportYears(app.connection.db, officer, team.id) };
}
