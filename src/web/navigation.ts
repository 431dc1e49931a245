import { can, type Permission, type Role } from '../auth/roles.ts';

interface Section {
  text: string;
  href: string;
  permission: Permission;
}

export const sections: readonly Section[] = [
  { text: 'Cases', href: '/cases', permission: 'cases:view' },
  { text: 'Compliments', href: '/compliments', permission: 'cases:view' },
  { text: 'Enquiries', href: '/enquiries', permission: 'cases:view' },
  { text: 'Tracker', href: '/tracker', permission: 'tracker:view' },
  { text: 'Reports', href: '/reports', permission: 'reports:view' },
  { text: 'Admin', href: '/admin', permission: 'admin:manage' },
];

export function navigationFor(role: Role | undefined, currentPath: string) {
  if (!role) return [];
  return sections
    .filter((section) => can(role, section.permission))
    .map((section) => {
      const active = currentPath === section.href || currentPath.startsWith(`${section.href}/`);
      return {
        text: section.text,
        href: section.href,
        active,
        current: currentPath === section.href,
      };
    });
}
