import type { Role } from '../../../auth/roles.ts';
import { mayPerform } from '../../access.ts';
import { checkTransition, type CaseEvent } from '../../domain/transitions.ts';
import type { CaseState } from '../../queries/case-state.ts';
import type { CaseAction } from './action.ts';
import { acknowledgeAction, extendAction, resumeAction, suspendAction } from './clock-actions.ts';
import { editDetailsAction } from './details-action.ts';
import { allocateAction, appointAction, managerContactAction } from './people-actions.ts';
import {
  closeAction,
  escalateAction,
  refuseEscalationAction,
  reopenAction,
  respondAction,
  withdrawAction,
} from './response-actions.ts';
import {
  agreeStatementAction,
  recordFindingsAction,
  recordPanelAction,
  recordPanelReportAction,
} from './stage-work-actions.ts';
import {
  changeProcedureAction,
  triageAccept,
  triageConvert,
  triageNotAccept,
} from './triage-actions.ts';

/** Every action on a case, in the order a case usually needs them. */
export const CASE_ACTIONS: readonly CaseAction[] = [
  triageAccept,
  triageConvert,
  triageNotAccept,
  acknowledgeAction,
  allocateAction,
  managerContactAction,
  appointAction,
  agreeStatementAction,
  recordFindingsAction,
  recordPanelAction,
  recordPanelReportAction,
  extendAction,
  suspendAction,
  resumeAction,
  respondAction,
  reopenAction,
  escalateAction,
  refuseEscalationAction,
  changeProcedureAction,
  withdrawAction,
  closeAction,
  editDetailsAction,
];

function allowed(event: CaseEvent, role: Role, c: CaseState): boolean {
  return mayPerform(role, event) && checkTransition(event, c.snapshot) === null;
}

/** What this person can do to this case now: their role allows it and so does the case's state. */
export function availableActions(c: CaseState, role: Role) {
  return CASE_ACTIONS.filter((a) => allowed(a.event, role, c) && a.offered(c)).map((a) => ({
    href: `/cases/${c.record.id}/${a.slug}`,
    text: a.title,
  }));
}

/** Forms other features own, linked from the case when they apply. */
const RECORDED_ELSEWHERE = [
  { event: 'add_remedy', path: 'remedies/new', text: 'Add a remedy' },
  { event: 'add_learning', path: 'learning/new', text: 'Add a learning action' },
  { event: 'add_meeting', path: 'meetings/new', text: 'Record a resolution meeting' },
] as const;

export function outcomeLinks(c: CaseState, role: Role) {
  return RECORDED_ELSEWHERE.filter((l) => allowed(l.event, role, c)).map((l) => ({
    href: `/cases/${c.record.id}/${l.path}`,
    text: l.text,
  }));
}
