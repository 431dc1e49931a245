/**
 * The default vocabularies of DESIGN §5: the codes an import file, the database and the reports
 * use, each with the words the published annual reports use for it. Other features import these
 * rather than repeating the lists.
 */

export const KINDS = [
  'complaint',
  'compliment',
  'comment',
  'concern',
  'enquiry',
  'mp_enquiry',
  'councillor_enquiry',
  'ombudsman',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_LABELS: Record<Kind, string> = {
  complaint: 'Complaint',
  compliment: 'Compliment',
  comment: 'Comment or suggestion',
  concern: 'Concern',
  enquiry: 'General enquiry',
  mp_enquiry: 'MP enquiry',
  councillor_enquiry: 'Councillor enquiry',
  ombudsman: 'Ombudsman case',
  other: 'Other correspondence',
};

export const PROCEDURES = ['statutory', 'corporate'] as const;
export type Procedure = (typeof PROCEDURES)[number];
export const PROCEDURE_LABELS: Record<Procedure, string> = {
  statutory: 'Statutory',
  corporate: 'Corporate',
};

export const CHANNELS = [
  'email',
  'letter',
  'phone',
  'online',
  'in_person',
  'advocate',
  'social_media',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  letter: 'Letter',
  phone: 'Phone',
  online: 'Online form',
  in_person: 'In person',
  advocate: 'Via advocate',
  social_media: 'Social media',
  other: 'Other',
};

export const ROLES = [
  'child',
  'looked_after_child',
  'care_leaver',
  'adult_formerly_in_care',
  'parent',
  'special_guardian',
  'foster_carer',
  'prospective_adopter',
  'adoptive_parent',
  'relative',
  'friend',
  'professional',
  'advocate',
  'other',
] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  child: 'Child or young person',
  looked_after_child: 'Looked after child',
  care_leaver: 'Care leaver',
  adult_formerly_in_care: 'Adult formerly in care',
  parent: 'Parent',
  special_guardian: 'Special guardian',
  foster_carer: 'Foster carer',
  prospective_adopter: 'Prospective adopter',
  adoptive_parent: 'Adoptive parent',
  relative: 'Relative',
  friend: 'Friend',
  professional: 'Professional',
  advocate: 'Advocate',
  other: 'Other',
};

export const CIRCUMSTANCES = [
  'child_in_need',
  'child_protection',
  'child_in_care',
  'care_leaver',
  'permanency',
  'adoption',
  'fostering',
  'disabled_children',
  'send',
  'early_help',
  'other',
] as const;
export type Circumstance = (typeof CIRCUMSTANCES)[number];
export const CIRCUMSTANCE_LABELS: Record<Circumstance, string> = {
  child_in_need: 'Child in need',
  child_protection: 'Child protection',
  child_in_care: 'Child in care',
  care_leaver: 'Care leaver',
  permanency: 'Permanency',
  adoption: 'Adoption',
  fostering: 'Fostering',
  disabled_children: 'Disabled children',
  send: 'Special educational needs and disabilities (SEND)',
  early_help: 'Early help',
  other: 'Other',
};

export const OUTCOMES = [
  'upheld',
  'partially_upheld',
  'not_upheld',
  'not_determined',
  'withdrawn',
  'advice_given',
  'outside_remit',
  'non_responsive',
  'legal_proceedings',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  upheld: 'Upheld',
  partially_upheld: 'Partially upheld',
  not_upheld: 'Not upheld',
  not_determined: 'Not determined',
  withdrawn: 'Withdrawn',
  advice_given: 'Advice given',
  outside_remit: 'Outside remit',
  non_responsive: 'Complainant not responding',
  legal_proceedings: 'Deferred for legal proceedings',
};

export const OMBUDSMAN_OUTCOMES = [
  'premature',
  'closed_local_remedy',
  'closed_court_proceedings',
  'closed_no_injustice',
  'closed_outside_jurisdiction',
  'closed_other',
  'incomplete_invalid',
  'not_upheld',
  'partially_upheld',
  'upheld_no_injustice',
  'upheld_injustice',
  'withdrawn',
] as const;
export type OmbudsmanOutcome = (typeof OMBUDSMAN_OUTCOMES)[number];
export const OMBUDSMAN_OUTCOME_LABELS: Record<OmbudsmanOutcome, string> = {
  premature: 'Premature, referred back for local resolution',
  closed_local_remedy: 'Closed after initial enquiries: local remedy',
  closed_court_proceedings: 'Closed after initial enquiries: court proceedings',
  closed_no_injustice: 'Closed after initial enquiries: no injustice',
  closed_outside_jurisdiction: 'Closed after initial enquiries: outside jurisdiction',
  closed_other: 'Closed after initial enquiries: other',
  incomplete_invalid: 'Incomplete or invalid',
  not_upheld: 'Not upheld',
  partially_upheld: 'Partially upheld',
  upheld_no_injustice: 'Upheld: fault, no injustice',
  upheld_injustice: 'Upheld: fault and injustice',
  withdrawn: 'Withdrawn',
};

export const NOT_ACCEPTED_REASONS = [
  'court',
  'insufficient_interest',
  'alternative_process',
  'general_enquiry',
  'out_of_time',
  'out_of_jurisdiction',
  'no_consent',
  'child_protection',
  'safeguarding_referral',
  'not_engaging',
  'school',
] as const;
export type NotAcceptedReason = (typeof NOT_ACCEPTED_REASONS)[number];
export const NOT_ACCEPTED_REASON_LABELS: Record<NotAcceptedReason, string> = {
  court: 'Court related',
  insufficient_interest: 'Insufficient interest',
  alternative_process: 'Alternative process (legal, corporate, data protection)',
  general_enquiry: 'General enquiry',
  out_of_time: 'Out of time',
  out_of_jurisdiction: 'Out of jurisdiction',
  no_consent: 'Consent not gained',
  child_protection: 'Child protection (section 47)',
  safeguarding_referral: 'Safeguarding referral',
  not_engaging: 'Not engaging or no detail',
  school: 'School complaint',
};

export const COMPLIMENT_FROM = [
  'young_person',
  'family',
  'foster_carer',
  'professional',
  'colleague',
  'other',
] as const;
export type ComplimentFrom = (typeof COMPLIMENT_FROM)[number];
export const COMPLIMENT_FROM_LABELS: Record<ComplimentFrom, string> = {
  young_person: 'Young person',
  family: 'Parent or family',
  foster_carer: 'Foster carer',
  professional: 'Professional',
  colleague: 'Colleague',
  other: 'Other',
};

export const REMEDY_STAGES = ['1', '2', '3', 'ombudsman'] as const;
export type RemedyStage = (typeof REMEDY_STAGES)[number];
export const REMEDY_STAGE_LABELS: Record<RemedyStage, string> = {
  '1': 'Stage 1',
  '2': 'Stage 2',
  '3': 'Stage 3',
  ombudsman: 'Ombudsman',
};

/** Narrows a string to one of a code list, e.g. `isOneOf(KINDS, value)`. */
export function isOneOf<T extends string>(codes: readonly T[], value: string): value is T {
  return (codes as readonly string[]).includes(value);
}
