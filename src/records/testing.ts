import type { TestApp } from '../testing/test-app.ts';
import type { Actor } from '../casework/access.ts';
import type { Role } from '../auth/roles.ts';

/** A GOV.UK date input's three fields for a date, as a browser posts them. */
export function dateFields(name: string, iso: string): Record<string, string> {
  return {
    [`${name}-day`]: String(Number(iso.slice(8, 10))),
    [`${name}-month`]: String(Number(iso.slice(5, 7))),
    [`${name}-year`]: iso.slice(0, 4),
  };
}

/** The use-case actor for one of a test app's users, to set up records directly. */
export function actorIn(app: TestApp, role: Role): Actor {
  return {
    id: app.users[role].id,
    name: `Test ${role.replace('_', ' ')}`,
    organisationId: app.organisationId,
    role,
    teamId: null,
  };
}

/** The messages in a page's error summary. */
export function errorSummary(html: string): string[] {
  const list = /govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].map((m) => m[1]!.trim());
}
