import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../auth/roles.ts';
import { startTestApp, type TestApp } from '../../testing/test-app.ts';
import type { HttpClient } from '../../testing/http-client.ts';
import { suspend } from '../use-cases/stage-clock.ts';
import { CASE_ACTIONS } from './actions/index.ts';
import { actorFor, makeCase, recordSnapshot, type CaseStateName } from './case-fixtures.ts';

let app: TestApp;
const clients = {} as Record<Role, HttpClient>;

beforeAll(async () => {
  app = await startTestApp();
  for (const role of roles) clients[role] = await app.signedIn(role);
});
afterAll(() => app.close());

const date = (name: string, iso: string) => {
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: day!, [`${name}-month`]: month!, [`${name}-year`]: year! };
};

const team: Role[] = ['administrator', 'complaints_manager', 'complaints_officer'];

/** Each action: a case where the rules allow it, a valid form, and the roles that may take it. */
const MATRIX: {
  slug: string;
  state: CaseStateName | 'stage1-suspended';
  form: () => Record<string, string>;
  allowed: Role[];
}[] = [
  { slug: 'accept', state: 'triage', form: () => ({ procedure: 'statutory' }), allowed: team },
  { slug: 'convert', state: 'triage', form: () => ({ kind: 'concern' }), allowed: team },
  {
    slug: 'not-accepted',
    state: 'triage',
    form: () => ({ reason: 'court', ...date('letterSentOn', '2025-03-10') }),
    allowed: team,
  },
  {
    slug: 'acknowledge',
    state: 'stage1',
    form: () => date('acknowledgedOn', '2025-03-04'),
    allowed: team,
  },
  {
    slug: 'allocate',
    state: 'stage1',
    form: () => ({
      teamId: '',
      serviceAreaId: '',
      respondingManagerId: app.users.senior_manager.id,
    }),
    allowed: team,
  },
  {
    slug: 'manager-contact',
    state: 'stage1',
    form: () => ({ contacted: 'yes', method: 'phone' }),
    allowed: [...team, 'responding_manager'],
  },
  {
    slug: 'appoint',
    state: 'stage2',
    form: () => ({
      role: 'independent_person',
      name: 'Pat Independent',
      ...date('appointedOn', '2025-03-22'),
    }),
    allowed: team,
  },
  {
    slug: 'statement',
    state: 'stage2',
    form: () => ({
      points: 'Calls not returned\nPlan not shared',
      ...date('agreedOn', '2025-03-24'),
    }),
    allowed: team,
  },
  {
    slug: 'findings',
    state: 'stage2-points',
    form: () => ({ 'finding-1': 'upheld', 'finding-2': 'upheld' }),
    allowed: [...team, 'investigator'],
  },
  { slug: 'panel', state: 'stage3', form: () => date('panelOn', '2025-05-01'), allowed: team },
  {
    slug: 'panel-report',
    state: 'stage3-panel',
    form: () => date('reportOn', '2025-05-06'),
    allowed: team,
  },
  {
    slug: 'extend',
    state: 'stage1',
    form: () => ({
      ...date('newDueOn', '2025-03-24'),
      reason: 'Manager on leave',
      ...date('toldOn', '2025-03-10'),
    }),
    allowed: team,
  },
  {
    slug: 'suspend',
    state: 'stage1',
    form: () => ({ ...date('fromOn', '2025-03-05'), reason: 'In hospital' }),
    allowed: team,
  },
  {
    slug: 'resume',
    state: 'stage1-suspended',
    form: () => date('toOn', '2025-03-07'),
    allowed: team,
  },
  {
    slug: 'respond',
    state: 'stage1',
    form: () => ({ ...date('respondedOn', '2025-03-14'), outcome: 'upheld' }),
    allowed: [...team, 'responding_manager', 'senior_manager'],
  },
  {
    slug: 'reopen',
    state: 'stage1-responded',
    form: () => ({ reason: 'More concerns' }),
    allowed: team,
  },
  {
    slug: 'escalate',
    state: 'stage1-responded',
    form: () => date('requestedOn', '2025-03-20'),
    allowed: team,
  },
  {
    slug: 'refuse-escalation',
    state: 'stage1-responded',
    form: () => ({ reason: 'Out of time' }),
    allowed: team,
  },
  {
    slug: 'procedure',
    state: 'stage1',
    form: () => ({ procedure: 'corporate', reason: 'Not about social care' }),
    allowed: team,
  },
  {
    slug: 'withdraw',
    state: 'stage1',
    form: () => date('withdrawnOn', '2025-03-10'),
    allowed: team,
  },
  {
    slug: 'close',
    state: 'stage1',
    form: () => ({ ...date('closedOn', '2025-03-10'), outcome: 'non_responsive' }),
    allowed: team,
  },
  {
    slug: 'details',
    state: 'stage1',
    form: () => ({ channel: 'letter', name: 'Sam Parent', summary: 'Calls not returned' }),
    allowed: team,
  },
];

/** Who sees a case in each state: the team and senior managers always; the manager once allocated; the investigator once appointed. */
function visible(role: Role, state: string): boolean {
  if (role === 'report_viewer') return false;
  if (role === 'responding_manager') return state !== 'triage';
  if (role === 'investigator') return state.startsWith('stage2') || state.startsWith('stage3');
  return true;
}

async function caseIn(state: (typeof MATRIX)[number]['state']) {
  if (state !== 'stage1-suspended') return makeCase(app, state);
  const made = await makeCase(app, 'stage1');
  await suspend(app.connection.db, actorFor(app, 'complaints_officer'), made.id, undefined, {
    fromOn: '2025-03-05',
    reason: 'In hospital',
  });
  return made;
}

describe('the permission matrix: every role posting every action', () => {
  it('covers every action on a case', () => {
    expect(MATRIX.map((m) => m.slug).sort()).toEqual(CASE_ACTIONS.map((a) => a.slug).sort());
  });

  it.each(MATRIX)('$slug', async ({ slug, state, form, allowed }) => {
    let record = await caseIn(state);
    for (const role of roles) {
      const before = await recordSnapshot(app, record.id);
      const { version } = await app.connection.db
        .selectFrom('records')
        .select('version')
        .where('id', '=', record.id)
        .executeTakeFirstOrThrow();
      const page = await clients[role].post(`/cases/${record.id}/${slug}`, {
        version: String(version),
        ...form(),
      });
      if (allowed.includes(role)) {
        expect(page.status, `${role} ${slug}`).toBe(302);
        expect(await recordSnapshot(app, record.id)).not.toBe(before);
        record = await caseIn(state);
        continue;
      }
      const expected = role === 'report_viewer' ? 403 : visible(role, state) ? 403 : 404;
      expect(page.status, `${role} ${slug}`).toBe(expected);
      expect(page.html).toMatch(
        expected === 404
          ? /Page not found/
          : /You cannot do this on this case|You do not have access to this page/,
      );
      expect(await recordSnapshot(app, record.id)).toBe(before);
    }
  });

  it('lets only the people named on a restricted record act on it', async () => {
    const record = await makeCase(app, 'stage1', { restricted: true });
    for (const role of ['administrator', 'complaints_manager', 'senior_manager'] as const) {
      const before = await recordSnapshot(app, record.id);
      const page = await clients[role].post(`/cases/${record.id}/acknowledge`, {
        version: '3',
        ...date('acknowledgedOn', '2025-03-04'),
      });
      expect(page.status, role).toBe(404);
      expect(await recordSnapshot(app, record.id)).toBe(before);
    }
    const named = await clients.complaints_officer.post(`/cases/${record.id}/acknowledge`, {
      version: '3',
      ...date('acknowledgedOn', '2025-03-04'),
    });
    expect(named.status).toBe(302);
  });
});
