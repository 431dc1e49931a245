import type { OrganisationRules } from '../casework/organisation-rules.ts';
import { stageDefinition } from '../casework/domain/stage-clock.ts';
import { currentDeadline } from '../casework/domain/current-deadline.ts';
import { dueDate } from '../procedures/deadlines.ts';
import { KIND_LABELS, PROCEDURE_LABELS, isOneOf, PROCEDURES, type Kind } from '../import/codes.ts';
import { dueTag, type DueTag } from '../records/due-tag.ts';
import { recordHref } from '../records/paths.ts';
import { endOfWeek } from '../records/queries/record-lists.ts';
import { REMEDY_KIND_LABELS, type RemedyKind } from '../remedies/codes.ts';
import { LEARNING_STATUS_LABELS, type LearningStatus } from '../learning/codes.ts';
import type { TrackerRows } from './queries.ts';

export interface TrackerItem {
  id: string;
  href: string;
  reference: string;
  /** "Statutory stage 1", "MP enquiry", "Awaiting triage" … */
  what: string;
  /** The deadline in force: the response, or a step such as the panel report. */
  deadlineWhat: string;
  receivedOn: string;
  team: string | null;
  manager: string | null;
  dueOn: string | null;
  /** Null when there is no due date, or the clock is paused. */
  tag: DueTag | null;
  suspended: boolean;
}

export interface TrackerGroup {
  team: string;
  managers: { manager: string; items: TrackerItem[] }[];
}

export function stageLabel(kind: string, procedure: string, number: number): string {
  if (kind === 'complaint' && isOneOf(PROCEDURES, procedure))
    return `${PROCEDURE_LABELS[procedure]} stage ${number}`;
  return KIND_LABELS[kind as Kind] ?? kind;
}

const byDue = (a: TrackerItem, b: TrackerItem) =>
  (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.reference.localeCompare(b.reference);

/** Items grouped by team, then responding manager, each group soonest due first. */
export function groupItems(items: readonly TrackerItem[]): TrackerGroup[] {
  const teams = new Map<string, Map<string, TrackerItem[]>>();
  for (const item of items) {
    const team = item.team ?? 'No team';
    const manager = item.manager ?? 'No responding manager';
    const managers = teams.get(team) ?? new Map<string, TrackerItem[]>();
    teams.set(team, managers);
    managers.set(manager, [...(managers.get(manager) ?? []), item]);
  }
  const sorted = (names: Iterable<string>, last: string) =>
    [...names].sort((a, b) => Number(a === last) - Number(b === last) || a.localeCompare(b));
  return sorted(teams.keys(), 'No team').map((team) => {
    const managers = teams.get(team)!;
    return {
      team,
      managers: sorted(managers.keys(), 'No responding manager').map((manager) => ({
        manager,
        items: [...managers.get(manager)!].sort(byDue),
      })),
    };
  });
}

/**
 * The tracker's sections from its rows. A complaint awaiting triage is measured against the
 * acknowledgement deadline, since acknowledging is the first thing owed to the complainant.
 */
export function buildTracker(rules: OrganisationRules, today: string, rows: TrackerRows) {
  const { calendar, procedures } = rules;
  const acknowledgement = procedures.procedures.statutory.acknowledgement;
  const awaitingTriage: TrackerItem[] = rows.triage.map((r) => {
    const due = acknowledgement ? dueDate(calendar, r.received_on, acknowledgement) : null;
    return {
      id: r.id,
      href: recordHref(r.kind, r.id),
      reference: r.reference,
      what: r.source === 'online' ? 'Online submission' : 'Awaiting triage',
      deadlineWhat: 'Acknowledgement',
      receivedOn: r.received_on,
      team: r.team_name,
      manager: r.manager_name,
      dueOn: due,
      tag: due ? dueTag(calendar, today, due) : null,
      suspended: false,
    };
  });
  const open: TrackerItem[] = rows.stages.map((r) => {
    const deadline = currentDeadline(
      calendar,
      stageDefinition(procedures, r.procedure, r.number),
      r,
    );
    return {
      id: r.id,
      href: recordHref(r.kind, r.id),
      reference: r.reference,
      what: stageLabel(r.kind, r.procedure, r.number),
      deadlineWhat: deadline.what,
      receivedOn: r.received_on,
      team: r.team_name,
      manager: r.manager_name,
      dueOn: deadline.due,
      tag: deadline.due && !r.suspended ? dueTag(calendar, today, deadline.due) : null,
      suspended: Boolean(r.suspended),
    };
  });
  const weekEnd = endOfWeek(today);
  const remediesOverdue = rows.remedies.map((r) => ({
    id: r.id,
    href: recordHref(r.kind, r.id),
    reference: r.reference,
    remedy: REMEDY_KIND_LABELS[r.remedy_kind as RemedyKind] ?? r.remedy_kind,
    description: r.description,
    team: r.team_name,
    manager: r.manager_name,
    dueOn: r.due_on!,
    tag: dueTag(calendar, today, r.due_on!),
  }));
  const learningOverdue = rows.learning.map((r) => ({
    id: r.action_id,
    href: `/learning/${r.action_id}`,
    reference: r.reference,
    recordHref: recordHref(r.kind, r.id),
    action: r.action,
    owner: r.owner,
    status: LEARNING_STATUS_LABELS[r.status as LearningStatus] ?? r.status,
    team: r.team_name,
    dueOn: r.due_on!,
    tag: dueTag(calendar, today, r.due_on!),
  }));
  return {
    awaitingTriage,
    overdue: open.filter((item) => item.tag?.overdue).sort(byDue),
    dueThisWeek: open
      .filter((item) => item.tag && item.dueOn! >= today && item.dueOn! <= weekEnd)
      .sort(byDue),
    groups: groupItems(open),
    openCount: open.length,
    remediesOverdue,
    learningOverdue,
  };
}

export type Tracker = ReturnType<typeof buildTracker>;
