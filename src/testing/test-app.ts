import type { Server } from 'node:http';
import { createTestDatabase } from '../db/test-db.ts';
import type { Connection } from '../db/connect.ts';
import { createApp } from '../web/app.ts';
import { addUser } from '../admin/users.ts';
import { roles, type Role } from '../auth/roles.ts';
import { HttpClient } from './http-client.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestApp {
  url: string;
  connection: Connection;
  organisationId: string;
  users: Record<Role, { id: string; email: string }>;
  /** A client already signed in with the given role. */
  signedIn(role: Role): Promise<HttpClient>;
  close(): Promise<void>;
}

/**
 * The real app on a real, migrated database (PGlite, or PostgreSQL with DATABASE_URL), listening
 * on a free port, with one user per role.
 */
export async function startTestApp(): Promise<TestApp> {
  const connection = await createTestDatabase();
  const { db } = connection;
  const organisation = await db
    .insertInto('organisations')
    .values({ name: 'Testshire County Council' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const users = {} as TestApp['users'];
  for (const role of roles) {
    const email = `${role.replace('_', '.')}@testshire.example`;
    const { id } = await addUser(db, {
      organisationId: organisation.id,
      email,
      name: `Test ${role.replace('_', ' ')}`,
      role,
      password: TEST_PASSWORD,
    });
    users[role] = { id, email };
  }
  const app = createApp({
    db,
    secret: 'test-secret',
    secureCookies: false,
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    connection,
    organisationId: organisation.id,
    users,
    async signedIn(role) {
      const client = new HttpClient(url);
      await client.signIn(users[role].email, TEST_PASSWORD);
      return client;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connection.close();
    },
  };
}
