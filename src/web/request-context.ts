import type { Role } from '../auth/roles.ts';

export interface SignedInUser {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: SignedInUser;
      sessionId?: string;
      csrfToken: string;
    }
  }
}
