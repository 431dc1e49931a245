import { Router } from 'express';
import type { Db } from '../../db/connect.ts';
import type { IsoDate } from '../../calendar/types.ts';
import { requirePermission } from '../../auth/guards.ts';
import {
  CHANNEL_LABELS,
  CIRCUMSTANCE_LABELS,
  NOT_ACCEPTED_REASON_LABELS,
  ROLE_LABELS,
} from '../../import/codes.ts';
import { FINANCIAL_TYPE_LABELS, REMEDY_KIND_LABELS } from '../../remedies/codes.ts';
import { LEARNING_CATEGORY_LABELS, LEARNING_STATUS_LABELS } from '../../learning/codes.ts';
import type { Actor } from '../access.ts';
import { todayInLondon } from '../clock.ts';
import { recordHistory } from '../history.ts';
import { loadOrganisationRules, type OrganisationRules } from '../organisation-rules.ts';
import { loadCaseState, type CaseState } from '../queries/case-state.ts';
import { loadCaseDetails, loadLinks, loadOutcomes, loadStages } from '../queries/case-details.ts';
import { availableActions, outcomeLinks } from './actions/index.ts';
import { actorOf, caseNotFound } from './http.ts';
import { PREFERRED_CONTACT_LABELS } from './record-fields.ts';
import { appointmentView, stageDeadline, stageTitle, stageView } from './stage-view.ts';
import {
  formatDate,
  formatDateTime,
  kindLabel,
  labelOf,
  procedureLabel,
  statusTag,
} from './format.ts';

interface TabContext {
  db: Db;
  actor: Actor;
  c: CaseState;
  rules: OrganisationRules;
  today: IsoDate;
}

async function summaryTab({ db, actor, c, rules, today }: TabContext) {
  const r = c.record;
  const [details, links] = await Promise.all([loadCaseDetails(db, r), loadLinks(db, actor, r.id)]);
  return {
    details,
    links: links.map((l) => ({ ...l, kindLabel: kindLabel(l.kind) })),
    facts: {
      procedure: procedureLabel(r.kind, r.procedure),
      received: formatDate(r.received_on),
      channel: labelOf(CHANNEL_LABELS, r.channel),
      notAccepted: r.not_accepted_reason
        ? `${labelOf(NOT_ACCEPTED_REASON_LABELS, r.not_accepted_reason)}; letter sent ${formatDate(r.not_accepted_letter_on)}`
        : '',
      withdrawn: formatDate(r.withdrawn_on),
      closed: formatDate(r.closed_on),
      advocate: [
        r.advocate_provider,
        r.advocate_offered === null ? null : r.advocate_offered ? 'offered' : 'not offered',
        r.advocate_accepted === null ? null : r.advocate_accepted ? 'accepted' : 'not accepted',
      ]
        .filter(Boolean)
        .join(', '),
    },
    currentStage: c.stage && {
      title: stageTitle(rules, c.stage),
      deadline: stageDeadline(rules, today, r.status, c.stage),
    },
    actions: availableActions(c, actor.role),
  };
}

async function stagesTab({ db, c, rules, today }: TabContext) {
  const stages = await loadStages(db, c.record.id);
  return { stages: stages.map((s) => stageView(rules, today, c.record, s)).reverse() };
}

async function peopleTab({ db, c }: TabContext) {
  const [details, stages] = await Promise.all([
    loadCaseDetails(db, c.record),
    loadStages(db, c.record.id),
  ]);
  return {
    details,
    people: details.people.map((p) => ({
      ...p,
      roleLabel: labelOf(ROLE_LABELS, p.role),
      preferred: labelOf(PREFERRED_CONTACT_LABELS, p.preferred_contact),
    })),
    children: details.children.map((child) => ({
      ...child,
      circumstanceLabel: labelOf(CIRCUMSTANCE_LABELS, child.circumstance),
    })),
    appointments: stages.flatMap((s) =>
      s.appointments.map((a) => ({ ...appointmentView(a), stage: s.number })),
    ),
  };
}

async function timelineTab({ db, c }: TabContext) {
  const events = await recordHistory(db, c.record.organisation_id, c.record.id);
  return {
    events: events.map((e) => ({
      summary: e.summary,
      actor: e.actor_name,
      when: formatDateTime(e.at),
      iso: new Date(e.at).toISOString(),
    })),
  };
}

async function remediesTab({ db, actor, c }: TabContext) {
  const { remedies, learning, meetings } = await loadOutcomes(db, c.record.id);
  return {
    remedies: remedies.map((r) => ({
      ...r,
      kindLabel: labelOf(REMEDY_KIND_LABELS, r.kind),
      financialLabel: labelOf(FINANCIAL_TYPE_LABELS, r.financial_type),
      agreed: formatDate(r.agreed_on),
      due: formatDate(r.due_on),
      done: formatDate(r.done_on),
    })),
    learning: learning.map((l) => ({
      ...l,
      categoryLabel: labelOf(LEARNING_CATEGORY_LABELS, l.category),
      statusLabel: labelOf(LEARNING_STATUS_LABELS, l.status),
      due: formatDate(l.due_on),
    })),
    meetings: meetings.map((m) => ({ ...m, held: formatDate(m.held_on) })),
    links: outcomeLinks(c, actor.role),
  };
}

const TABS = [
  { path: '', text: 'Summary', view: 'case-summary.njk', load: summaryTab },
  { path: '/stages', text: 'Stages', view: 'case-stages.njk', load: stagesTab },
  { path: '/people', text: 'People', view: 'case-people.njk', load: peopleTab },
  { path: '/timeline', text: 'Timeline', view: 'case-timeline.njk', load: timelineTab },
  {
    path: '/remedies',
    text: 'Remedies and learning',
    view: 'case-remedies.njk',
    load: remediesTab,
  },
] as const;

function subNavigation(recordId: string, current: string) {
  return TABS.map((tab) => ({
    text: tab.text,
    href: `/cases/${recordId}${tab.path}`,
    active: tab.path === current,
  }));
}

/** The case page: a summary and a tab for each part of the record, all read-only. */
export function casePageRoutes(db: Db): Router {
  const router = Router();
  for (const tab of TABS) {
    router.get(`/cases/:id${tab.path}`, requirePermission(db, 'cases:view'), async (req, res) => {
      const actor = actorOf(req);
      const c = await loadCaseState(db, actor, String(req.params.id));
      if (!c) return caseNotFound(db, req, res);
      const rules = await loadOrganisationRules(db, c.record.organisation_id);
      const data = await tab.load({ db, actor, c, rules, today: todayInLondon() });
      res.render(`casework/views/${tab.view}`, {
        title: `${tab.text} – ${c.record.reference}`,
        tabTitle: tab.text,
        record: c.record,
        kindLabel: kindLabel(c.record.kind),
        status: statusTag(c.record.status),
        subNavigation: subNavigation(c.record.id, tab.path),
        ...data,
      });
    });
  }
  return router;
}
