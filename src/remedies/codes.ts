// The remedy vocabularies of DESIGN §2, in the words the published reports use. The codes match
// the annual report's input types (src/report/metrics/input.ts).

export const REMEDY_KINDS = [
  'apology',
  'explanation',
  'action_taken',
  'decision_changed',
  'record_corrected',
  'financial',
  'policy_change',
] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];
export const REMEDY_KIND_LABELS: Record<RemedyKind, string> = {
  apology: 'Apology',
  explanation: 'Explanation',
  action_taken: 'Action taken',
  decision_changed: 'Decision changed',
  record_corrected: 'Record corrected',
  financial: 'Financial remedy',
  policy_change: 'Policy or procedure change',
};

export const FINANCIAL_TYPES = [
  'time_and_trouble',
  'distress',
  'backdated_payment',
  'reimbursement',
  'missed_provision',
] as const;
export type FinancialType = (typeof FINANCIAL_TYPES)[number];
export const FINANCIAL_TYPE_LABELS: Record<FinancialType, string> = {
  time_and_trouble: 'Time and trouble',
  distress: 'Distress',
  backdated_payment: 'Backdated payment',
  reimbursement: 'Reimbursement',
  missed_provision: 'Missed provision',
};
