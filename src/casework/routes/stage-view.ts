import type { IsoDate } from '../../calendar/types.ts';
import type { OrganisationRules } from '../organisation-rules.ts';
import type { StageRow } from '../schema.ts';
import type { StageWithParts } from '../queries/case-details.ts';
import { stageDefinition } from '../domain/stage-clock.ts';
import { currentDeadline } from '../domain/current-deadline.ts';
import { bandLabel, stageTimings } from '../domain/stage-timings.ts';
import { OUTCOME_LABELS } from '../../import/codes.ts';
import { APPOINTMENT_ROLES } from '../use-cases/people-and-stages.ts';
import { deadlineTag, formatDate, labelOf, outcomeLabel } from './format.ts';

type DeadlineFields = Pick<
  StageRow,
  'procedure' | 'number' | 'due_on' | 'responded_on' | 'ended_on' | 'panel_on' | 'panel_report_on'
>;

/** A stage is running when it has neither a response nor another ending and the record is open. */
function isRunning(recordStatus: string, stage: DeadlineFields): boolean {
  return recordStatus === 'open' && stage.responded_on === null && stage.ended_on === null;
}

/** The deadline line for a running stage: what is due, when, and the tag with days left. */
export function stageDeadline(
  rules: OrganisationRules,
  today: IsoDate,
  recordStatus: string,
  stage: DeadlineFields,
) {
  if (!isRunning(recordStatus, stage)) return null;
  const definition = stageDefinition(rules.procedures, stage.procedure, stage.number);
  const { due, what } = currentDeadline(rules.calendar, definition, stage);
  if (!due) {
    return {
      what,
      dueOn: null,
      due: null,
      text:
        definition?.clockStart === 'acknowledgement'
          ? 'The clock starts when the complaint is acknowledged'
          : 'No due date set',
      tag: null,
    };
  }
  return {
    what,
    dueOn: due,
    due: formatDate(due),
    text: null,
    tag: deadlineTag(rules.calendar, today, due),
  };
}

export function stageTitle(
  rules: OrganisationRules,
  stage: Pick<StageRow, 'procedure' | 'number'>,
) {
  const name = stageDefinition(rules.procedures, stage.procedure, stage.number)?.name;
  return `Stage ${stage.number}${name && name !== `Stage ${stage.number}` ? `: ${name}` : ''}`;
}

export function appointmentView(a: StageWithParts['appointments'][number]) {
  return { role: labelOf(APPOINTMENT_ROLES, a.role), name: a.name, on: formatDate(a.appointed_on) };
}

/** Everything the stages page shows about one stage, with dates written out. */
export function stageView(
  rules: OrganisationRules,
  today: IsoDate,
  record: { kind: string; status: string },
  stage: StageWithParts,
) {
  const definition = stageDefinition(rules.procedures, stage.procedure, stage.number);
  const closedSuspensions = stage.suspensions
    .filter((s) => s.to_on !== null)
    .map((s) => ({ from: s.from_on, to: s.to_on! }));
  const timings = stageTimings(rules.calendar, definition, stage, closedSuspensions).map((t) => ({
    ...t,
    bandLabel: bandLabel(t),
  }));
  return {
    id: stage.id,
    number: stage.number,
    title: stageTitle(rules, stage),
    deadline: stageDeadline(rules, today, record.status, stage),
    startedOn: formatDate(stage.started_on),
    clockStartOn: formatDate(stage.clock_start_on),
    acknowledgedOn: formatDate(stage.acknowledged_on),
    statementAgreedOn: formatDate(stage.statement_agreed_on),
    dueOn: formatDate(stage.due_on),
    limit: stage.limit_days,
    maximum: stage.maximum_days,
    extension: stage.extended
      ? {
          reason: stage.extension_reason,
          toldOn: formatDate(stage.extension_told_on),
        }
      : null,
    suspensions: stage.suspensions.map((s) => ({
      from: formatDate(s.from_on),
      to: s.to_on ? formatDate(s.to_on) : 'still suspended',
      reason: s.reason,
    })),
    appointments: stage.appointments.map(appointmentView),
    points: stage.points.map((p) => ({
      number: p.number,
      text: p.text,
      finding: labelOf(OUTCOME_LABELS, p.finding) || 'No finding yet',
      notes: p.finding_notes,
    })),
    managerContact:
      stage.manager_contacted === null
        ? ''
        : stage.manager_contacted
          ? `Yes${stage.manager_contact_method ? `, by ${stage.manager_contact_method}` : ''}`
          : 'No',
    panelOn: formatDate(stage.panel_on),
    panelReportOn: formatDate(stage.panel_report_on),
    respondedOn: formatDate(stage.responded_on),
    endedOn: formatDate(stage.ended_on),
    outcome: outcomeLabel(record.kind, stage.outcome),
    reopened: stage.reopened_count,
    investigatorCost: stage.investigator_cost,
    panelCost: stage.panel_cost,
    escalationRefused: stage.escalation_refused_reason,
    timings,
  };
}
