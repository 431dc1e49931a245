import type { IsoDate, Period } from '../../calendar/types.ts';

// The case-level records the annual report is computed from. The database layer maps its rows
// into these types; nothing here knows about storage. Codes are the snake_case codes of DESIGN §5.
// Roles, child circumstances, not-accepted reasons, teams, service areas and themes are plain
// strings because every organisation can extend or rename those vocabularies.

export type RecordKind =
  | 'complaint'
  | 'compliment'
  | 'comment'
  | 'concern'
  | 'enquiry'
  | 'mp_enquiry'
  | 'councillor_enquiry'
  | 'ombudsman'
  | 'other';

export type Procedure = 'statutory' | 'corporate';

export type Channel =
  'email' | 'letter' | 'phone' | 'online' | 'in_person' | 'advocate' | 'social_media' | 'other';

export type Outcome =
  | 'upheld'
  | 'partially_upheld'
  | 'not_upheld'
  | 'not_determined'
  | 'withdrawn'
  | 'advice_given'
  | 'outside_remit'
  | 'non_responsive'
  | 'legal_proceedings';

export type OmbudsmanOutcome =
  | 'premature'
  | 'closed_local_remedy'
  | 'closed_court_proceedings'
  | 'closed_no_injustice'
  | 'closed_outside_jurisdiction'
  | 'closed_other'
  | 'incomplete_invalid'
  | 'not_upheld'
  | 'partially_upheld'
  | 'upheld_no_injustice'
  | 'upheld_injustice'
  | 'withdrawn';

export type ComplimentFrom =
  'young_person' | 'family' | 'foster_carer' | 'professional' | 'colleague' | 'other';

export type RemedyKind =
  | 'apology'
  | 'explanation'
  | 'action_taken'
  | 'decision_changed'
  | 'record_corrected'
  | 'financial'
  | 'policy_change';

export type LearningCategory =
  | 'communication'
  | 'assessments_reports_plans'
  | 'worker_behaviour'
  | 'policy'
  | 'training'
  | 'other';

export type LearningStatus = 'open' | 'in_progress' | 'completed';

/**
 * One stage of a complaint (1, 2 or 3), or the single response stage (1) of a concern, enquiry,
 * MP or councillor enquiry, comment or Ombudsman case.
 */
export interface ReportStage {
  readonly stage: 1 | 2 | 3;
  /** The day the stage starts: receipt for stage 1, the complainant's request for stages 2 and 3. */
  readonly startedOn: IsoDate;
  /** The day its clock starts (day 0): usually startedOn; the acknowledgement for corporate stages. */
  readonly clockStartOn: IsoDate;
  /** Response, decision, withdrawal or other closure; null while open. Never before startedOn. */
  readonly endedOn: IsoDate | null;
  readonly outcome: Outcome | OmbudsmanOutcome | null;
  /** Working days allowed; null when the stage has no timescale in working days. */
  readonly limit: number | null;
  /** Working days allowed when extended; null when it cannot be extended. */
  readonly maximum: number | null;
  readonly extended: boolean;
  /** Periods when the clock was paused; their working days are not counted. */
  readonly suspensions: readonly Period[];
  /** Whether the responding manager phoned or met the complainant first; null if not recorded. */
  readonly managerContacted: boolean | null;
  /** How many times the complainant came back with further concerns at this stage. */
  readonly reopened: number;
  /** A deadline set case by case (the Ombudsman's response date); used only when limit is null. */
  readonly dueOn: IsoDate | null;
}

export interface ReportRemedy {
  readonly stage: 1 | 2 | 3 | 'ombudsman';
  readonly kind: RemedyKind;
  /** Pounds, for financial remedies; null otherwise. */
  readonly amount: number | null;
  /** Decides the reporting year the remedy counts in. */
  readonly agreedOn: IsoDate;
}

export interface ReportCost {
  /** Investigating officer and independent person fees, or review panel fees. */
  readonly kind: 'investigation' | 'panel';
  /** Pounds. */
  readonly amount: number;
  /** Decides the reporting year the cost counts in. */
  readonly incurredOn: IsoDate;
}

export interface ReportLearningAction {
  readonly category: LearningCategory;
  readonly status: LearningStatus;
  /** Decides the reporting year the action counts in. */
  readonly agreedOn: IsoDate;
}

export interface ReportRecord {
  readonly id: string;
  readonly reference: string;
  readonly kind: RecordKind;
  /** Complaints accepted under a procedure; null for other kinds and for untriaged or not accepted complaints. */
  readonly procedure: Procedure | null;
  readonly receivedOn: IsoDate;
  readonly channel: Channel | null;
  /** A stable key for the person, so that repeat complainants are found; null if unknown. */
  readonly complainantId: string | null;
  readonly complainantRole: string | null;
  readonly childCircumstances: readonly string[];
  /** Team name. */
  readonly team: string | null;
  /** Service area name. */
  readonly serviceArea: string | null;
  /** Theme names. */
  readonly themes: readonly string[];
  /** Advocacy provider (e.g. NYAS, Coram Voice) when an advocate was involved. */
  readonly advocate: string | null;
  /** Set when a complaint was not accepted: it then counts as not accepted, in no stage. */
  readonly notAcceptedReason: string | null;
  /** Closes any stage still open on that day, with outcome withdrawn unless one is recorded. */
  readonly withdrawnOn: IsoDate | null;
  readonly complimentFrom: ComplimentFrom | null;
  /** The record this one is about: the complaint an Ombudsman case or MP enquiry concerns. */
  readonly relatedTo: string | null;
  /** Complaints: stages 1 to 3 (a historic complaint may start at 2); single-stage kinds: one stage 1. */
  readonly stages: readonly ReportStage[];
  readonly remedies: readonly ReportRemedy[];
  readonly costs: readonly ReportCost[];
  readonly learningActions: readonly ReportLearningAction[];
}
