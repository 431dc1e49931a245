import { can, type Permission, type Role } from '../auth/roles.ts';

interface Link {
  text: string;
  href: string;
  permission: Permission;
}

const groups: { heading: string; links: Link[] }[] = [
  {
    heading: 'Casework',
    links: [
      { text: 'All cases', href: '/cases', permission: 'cases:view' },
      { text: 'My cases', href: '/cases/mine', permission: 'cases:respond' },
      { text: 'Log a complaint', href: '/cases/new', permission: 'cases:manage' },
      { text: 'Log an Ombudsman case', href: '/cases/new/ombudsman', permission: 'cases:manage' },
      { text: 'Compliments', href: '/compliments', permission: 'cases:view' },
      { text: 'Concerns and enquiries', href: '/enquiries', permission: 'cases:view' },
      { text: 'Messages sent (outbox)', href: '/outbox', permission: 'cases:view' },
    ],
  },
  {
    heading: 'Keeping work moving',
    links: [
      { text: 'Complaints tracker', href: '/tracker', permission: 'tracker:view' },
      { text: 'Dashboard', href: '/dashboard', permission: 'tracker:view' },
      { text: 'Learning actions (you said, we did)', href: '/learning', permission: 'cases:view' },
      {
        text: 'Compliments for publication',
        href: '/compliments/publication',
        permission: 'cases:view',
      },
    ],
  },
  {
    heading: 'Reporting and settings',
    links: [
      { text: 'Annual reports', href: '/reports', permission: 'reports:view' },
      { text: 'Users', href: '/admin/users', permission: 'admin:manage' },
      { text: 'Teams and service areas', href: '/admin/teams', permission: 'admin:manage' },
      { text: 'Working days and timescales', href: '/admin/calendar', permission: 'admin:manage' },
      { text: 'Public feedback pages', href: '/admin/settings', permission: 'admin:manage' },
    ],
  },
];

/** The home page's links, only those the role may open. */
export function homeLinks(role: Role) {
  return groups
    .map((group) => ({
      heading: group.heading,
      links: group.links.filter((l) => can(role, l.permission)),
    }))
    .filter((group) => group.links.length > 0);
}
