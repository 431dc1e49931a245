import { describe, expect, it } from 'vitest';
import { can, permissions, roles, type Permission, type Role } from './roles.ts';

// The whole matrix written out, so a change to who may do what is a deliberate, reviewed change.
const expected: Record<Role, Permission[]> = {
  administrator: [
    'admin:manage',
    'cases:view',
    'cases:manage',
    'cases:respond',
    'tracker:view',
    'reports:view',
    'reports:edit',
  ],
  complaints_manager: [
    'cases:view',
    'cases:manage',
    'cases:respond',
    'tracker:view',
    'reports:view',
    'reports:edit',
  ],
  complaints_officer: [
    'cases:view',
    'cases:manage',
    'cases:respond',
    'tracker:view',
    'reports:view',
    'reports:edit',
  ],
  responding_manager: ['cases:view', 'cases:respond', 'tracker:view'],
  investigator: ['cases:view', 'cases:respond'],
  senior_manager: ['cases:view', 'cases:respond', 'tracker:view', 'reports:view'],
  report_viewer: ['reports:view'],
};

describe('role permissions', () => {
  it.each(roles.flatMap((role) => permissions.map((permission) => [role, permission] as const)))(
    '%s × %s',
    (role, permission) => {
      expect(can(role, permission)).toBe(expected[role].includes(permission));
    },
  );
});
