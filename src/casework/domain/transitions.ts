import { KIND_LABELS, type Kind } from '../../import/codes.ts';
import type { ProcedureSet } from '../../procedures/types.ts';

export const RECORD_STATUSES = [
  'triage',
  'open',
  'responded',
  'not_accepted',
  'withdrawn',
  'closed',
] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const STATUS_LABELS: Record<RecordStatus, string> = {
  triage: 'Awaiting triage',
  open: 'Open',
  responded: 'Responded',
  not_accepted: 'Not accepted',
  withdrawn: 'Withdrawn',
  closed: 'Closed',
};

/** What a transition needs to know about a record: no I/O, so the rules are tested on their own. */
export interface CaseSnapshot {
  kind: Kind;
  status: RecordStatus;
  /** The procedure whose stages the record runs through (statutory, corporate, concern …). */
  procedure: string | null;
  stage: {
    number: number;
    responded: boolean;
    suspended: boolean;
    acknowledged: boolean;
    extended: boolean;
    hasPoints: boolean;
    panelHeld: boolean;
    panelReported: boolean;
  } | null;
}

type StageState = 'open' | 'responded';

interface TransitionRule {
  label: string;
  from: readonly RecordStatus[];
  /** The current stage must be in this state; omitted, any stage or none. */
  stage?: StageState;
  stageNumbers?: readonly number[];
  kinds?: readonly Kind[];
  /** Extra conditions, each with the message a person sees when it fails. */
  guards?: readonly { when: (s: CaseSnapshot) => boolean; message: string }[];
}

const live: RecordStatus[] = ['triage', 'open', 'responded'];
const complaint: Kind[] = ['complaint'];

/**
 * Every event a record can go through, as data: which statuses, stages and kinds allow it. Each
 * use case checks its event here inside its transaction; `checkTransitionTable` verifies the table
 * against the procedures when the app starts.
 */
export const TRANSITIONS = {
  triage_accept: { label: 'Accept the complaint', from: ['triage'], kinds: complaint },
  triage_convert: { label: 'Treat as a concern or enquiry', from: ['triage'], kinds: complaint },
  triage_not_accept: { label: 'Do not accept', from: ['triage'], kinds: complaint },
  change_procedure: { label: 'Change procedure', from: ['open', 'responded'], kinds: complaint },
  acknowledge: {
    label: 'Record acknowledgement',
    from: ['open'],
    stage: 'open',
    guards: [
      { when: (s) => !s.stage?.acknowledged, message: 'This stage has already been acknowledged' },
    ],
  },
  allocate: { label: 'Allocate', from: live },
  record_manager_contact: { label: 'Record manager contact', from: ['open'], stage: 'open' },
  extend: {
    label: 'Extend',
    from: ['open'],
    stage: 'open',
    guards: [{ when: (s) => !s.stage?.suspended, message: 'Resume the clock before extending' }],
  },
  suspend: {
    label: 'Suspend the clock',
    from: ['open'],
    stage: 'open',
    guards: [{ when: (s) => !s.stage?.suspended, message: 'The clock is already suspended' }],
  },
  resume: {
    label: 'Resume the clock',
    from: ['open'],
    stage: 'open',
    guards: [{ when: (s) => s.stage?.suspended === true, message: 'The clock is not suspended' }],
  },
  respond: {
    label: 'Record the response',
    from: ['open'],
    stage: 'open',
    guards: [
      {
        when: (s) => !s.stage?.suspended,
        message: 'Resume the clock before recording the response',
      },
      {
        when: (s) => s.procedure !== 'statutory' || s.stage?.number !== 3 || s.stage.panelReported,
        message: 'Record the panel and its report before the authority’s response',
      },
    ],
  },
  reopen: { label: 'Reopen at this stage', from: ['responded'], stage: 'responded' },
  escalate: {
    label: 'Escalate to the next stage',
    from: ['responded'],
    stage: 'responded',
    kinds: complaint,
  },
  refuse_escalation: {
    label: 'Refuse escalation',
    from: ['responded'],
    stage: 'responded',
    kinds: complaint,
  },
  appoint: { label: 'Appoint', from: ['open', 'responded'], kinds: complaint },
  agree_statement: {
    label: 'Agree the statement of complaint',
    from: ['open'],
    stage: 'open',
    stageNumbers: [2],
    kinds: complaint,
  },
  record_finding: {
    label: 'Record findings',
    from: ['open'],
    stage: 'open',
    stageNumbers: [2],
    kinds: complaint,
    guards: [
      {
        when: (s) => s.stage?.hasPoints === true,
        message: 'Agree the statement of complaint first',
      },
    ],
  },
  record_panel: {
    label: 'Record the panel',
    from: ['open'],
    stage: 'open',
    stageNumbers: [3],
    kinds: complaint,
  },
  record_panel_report: {
    label: 'Record the panel report',
    from: ['open'],
    stage: 'open',
    stageNumbers: [3],
    kinds: complaint,
    guards: [{ when: (s) => s.stage?.panelHeld === true, message: 'Record the panel date first' }],
  },
  withdraw: { label: 'Withdraw', from: live },
  close: { label: 'Close', from: ['open', 'responded'] },
  edit_details: { label: 'Change details', from: [...live, 'not_accepted', 'withdrawn', 'closed'] },
  add_remedy: {
    label: 'Add a remedy',
    from: [...live, 'closed'],
    kinds: ['complaint', 'ombudsman'],
  },
  add_learning: {
    label: 'Add a learning action',
    from: [...live, 'closed', 'not_accepted', 'withdrawn'],
  },
  add_meeting: { label: 'Record a resolution meeting', from: live },
  convert_to_complaint: {
    label: 'Convert to a formal complaint',
    from: ['open'],
    stage: 'open',
    kinds: ['concern', 'enquiry', 'comment'],
  },
  tell_member_late: {
    label: 'Tell the member the reply will be late',
    from: ['open'],
    stage: 'open',
    kinds: ['mp_enquiry', 'councillor_enquiry'],
  },
  review_compliment: {
    label: 'Review the anonymised compliment',
    from: ['open', 'closed'],
    kinds: ['compliment'],
  },
} as const satisfies Record<string, TransitionRule>;

export type CaseEvent = keyof typeof TRANSITIONS;

export const STATUS_MESSAGES: Record<RecordStatus, string> = {
  triage: 'this record has not been triaged yet',
  open: 'this record is open',
  responded: 'this stage has been responded to',
  not_accepted: 'this complaint was not accepted',
  withdrawn: 'this record was withdrawn',
  closed: 'this record is closed',
};

/** Null when the event is allowed; otherwise the reason, in words a complaints officer uses. */
export function checkTransition(event: CaseEvent, s: CaseSnapshot): string | null {
  const rule: TransitionRule = TRANSITIONS[event];
  const cannot = `You cannot ${rule.label.charAt(0).toLowerCase()}${rule.label.slice(1)}`;
  if (rule.kinds && !rule.kinds.includes(s.kind)) {
    return rule.kinds.length === 1 && rule.kinds[0] === 'complaint'
      ? `${cannot}: it applies only to complaints`
      : `${cannot}: it does not apply to this kind of record (${KIND_LABELS[s.kind]})`;
  }
  if (!rule.from.includes(s.status)) return `${cannot}: ${STATUS_MESSAGES[s.status]}`;
  if (rule.stage) {
    if (!s.stage) return `${cannot}: there is no stage in progress`;
    if (rule.stage === 'open' && s.stage.responded)
      return `${cannot}: this stage has been responded to`;
    if (rule.stage === 'responded' && !s.stage.responded)
      return `${cannot}: this stage has not been responded to yet`;
  }
  if (rule.stageNumbers && !(s.stage && rule.stageNumbers.includes(s.stage.number))) {
    return `${cannot}: it applies only at stage ${rule.stageNumbers.join(' or ')}`;
  }
  for (const guard of rule.guards ?? []) if (!guard.when(s)) return guard.message;
  return null;
}

/**
 * Checked at start-up: the table and the procedures must agree, or Heard refuses to start
 * with the list of problems rather than failing on a case later.
 */
export function checkTransitionTable(procedures: ProcedureSet): string[] {
  const problems: string[] = [];
  const statutory = procedures.procedures.statutory.stages.map((s) => s.stage);
  for (const [event, rule] of Object.entries(TRANSITIONS) as [CaseEvent, TransitionRule][]) {
    for (const status of rule.from) {
      if (!RECORD_STATUSES.includes(status))
        problems.push(`Event ${event}: unknown status "${status}"`);
    }
    for (const number of rule.stageNumbers ?? []) {
      if (!statutory.includes(number)) {
        problems.push(
          `Event ${event} needs statutory stage ${number}, which the procedures do not have`,
        );
      }
    }
    if (
      rule.stage &&
      rule.from.some((status) => ['triage', 'not_accepted', 'withdrawn', 'closed'].includes(status))
    ) {
      problems.push(`Event ${event} needs a stage but is allowed from a status that has none`);
    }
  }
  if (statutory.length !== 3) problems.push('The statutory procedure must have three stages');
  return problems;
}
