import type { Db } from '../db/connect.ts';
import { addUser } from '../admin/users.ts';
import type { Role } from '../auth/roles.ts';

export interface DemoUser {
  id: string;
  role: Role;
  name: string;
  email: string;
  password: string;
}

/** One account per role, with made-up names, so every part of Heard can be tried. */
const DEMO_ACCOUNTS: readonly Omit<DemoUser, 'id' | 'password'>[] = [
  { role: 'administrator', name: 'Ada Ambleforth', email: 'admin@example.org' },
  { role: 'complaints_manager', name: 'Cerys Corriwick', email: 'complaints.manager@example.org' },
  { role: 'complaints_officer', name: 'Dara Dunhallow', email: 'complaints.officer@example.org' },
  { role: 'responding_manager', name: 'Elin Eskerby', email: 'responding.manager@example.org' },
  { role: 'investigator', name: 'Fenna Fenmarch', email: 'investigator@example.org' },
  { role: 'senior_manager', name: 'Gideon Glasswell', email: 'senior.manager@example.org' },
  { role: 'report_viewer', name: 'Hollis Hollinbrook', email: 'report.viewer@example.org' },
];

/** Creates the demo accounts; their passwords are returned once, to be printed. */
export async function createDemoUsers(db: Db, organisationId: string): Promise<DemoUser[]> {
  return Promise.all(
    DEMO_ACCOUNTS.map(async (account) => {
      const { id, password } = await addUser(db, { organisationId, ...account });
      return { id, ...account, password };
    }),
  );
}
