export const PROCEDURE_CODES = [
  'statutory',
  'corporate',
  'concern',
  'enquiry',
  'mp_enquiry',
  'councillor_enquiry',
  'comment',
  'ombudsman',
  'compliment',
  'other',
] as const;

export type ProcedureCode = (typeof PROCEDURE_CODES)[number];

/** The events a clock can count from. */
export const CLOCK_STARTS = [
  'receipt',
  'acknowledgement',
  'request',
  'panel',
  'panel_report',
  'response',
] as const;

export type ClockStart = (typeof CLOCK_STARTS)[number];

/** A deadline of `limit` working days after the clock starts. */
export interface Timescale {
  clockStart: ClockStart;
  /** Working days; null when the deadline is set case by case (an Ombudsman enquiry). */
  limit: number | null;
  /** Working days when the stage is extended; null when it cannot be extended. */
  maximum: number | null;
}

/** A later deadline inside a stage, such as the panel report within statutory stage 3. */
export interface StepDefinition extends Timescale {
  key: string;
  name: string;
}

/**
 * One stage of a procedure. The stage's own timescale is its first deadline (for statutory
 * stage 3, holding the panel); `steps` are the deadlines that follow within the stage, each
 * counted from the event before it.
 */
export interface StageDefinition extends Timescale {
  stage: number;
  name: string;
  enabled: boolean;
  steps: readonly StepDefinition[];
}

export interface ProcedureDefinition {
  code: ProcedureCode;
  name: string;
  /** Empty for correspondence with no deadline (compliments, other correspondence). */
  stages: readonly StageDefinition[];
  /** Deadline for acknowledging receipt; null when there is no acknowledgement. */
  acknowledgement: Timescale | null;
  /** How long the complainant has after a response to ask for the next stage; null if no next stage. */
  nextStageWindow: Timescale | null;
}

export interface ProcedureSet {
  procedures: Readonly<Record<ProcedureCode, ProcedureDefinition>>;
  /** Months after the matter arose within which a complaint should be made (the council has discretion). */
  complaintTimeLimitMonths: number;
}
