export const roles = [
  'administrator',
  'complaints_manager',
  'complaints_officer',
  'responding_manager',
  'investigator',
  'senior_manager',
  'report_viewer',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  administrator: 'Administrator',
  complaints_manager: 'Complaints manager',
  complaints_officer: 'Complaints officer',
  responding_manager: 'Responding manager',
  investigator: 'Investigating officer or independent person',
  senior_manager: 'Senior manager',
  report_viewer: 'Report viewer',
};

export const permissions = [
  'admin:manage',
  'cases:view',
  'cases:manage',
  'cases:respond',
  'tracker:view',
  'reports:view',
  'reports:edit',
] as const;
export type Permission = (typeof permissions)[number];

const complaintsTeam: Permission[] = [
  'cases:view',
  'cases:manage',
  'cases:respond',
  'tracker:view',
  'reports:view',
  'reports:edit',
];

/**
 * What each role may do, as data: route guards read it and the permission matrix test checks it.
 * Which records a role sees (its own allocations, its appointments, restricted records) is decided
 * per record by the casework rules; these are the doors, not the rooms.
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  administrator: ['admin:manage', ...complaintsTeam],
  complaints_manager: complaintsTeam,
  complaints_officer: complaintsTeam,
  responding_manager: ['cases:view', 'cases:respond', 'tracker:view'],
  investigator: ['cases:view', 'cases:respond'],
  senior_manager: ['cases:view', 'cases:respond', 'tracker:view', 'reports:view'],
  report_viewer: ['reports:view'],
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
