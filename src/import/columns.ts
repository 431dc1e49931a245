/** The columns of an import file (DESIGN §5), in the order Heard writes them when it exports. */
export const COLUMNS = [
  'reference',
  'kind',
  'procedure',
  'received_on',
  'channel',
  'complainant_id',
  'complainant_role',
  'child_circumstance',
  'team',
  'service_area',
  'themes',
  'advocate',
  'summary',
  'related_reference',
  'restricted',
  'not_accepted_reason',
  'withdrawn_on',
  's1_received_on',
  's1_acknowledged_on',
  's1_extended',
  's1_suspended_days',
  's1_responded_on',
  's1_outcome',
  's1_manager_contacted',
  's1_reopened',
  's2_requested_on',
  's2_extended',
  's2_suspended_days',
  's2_responded_on',
  's2_outcome',
  's3_requested_on',
  's3_panel_on',
  's3_panel_report_on',
  's3_responded_on',
  's3_outcome',
  'ombudsman_reference',
  'remedy_amount',
  'remedy_stage',
  'compliment_from',
] as const;
export type Column = (typeof COLUMNS)[number];

/**
 * Columns every file must have. DESIGN §5 marks reference and received_on as required; kind is
 * too, because a record of unknown kind cannot be counted or given a procedure.
 */
export const REQUIRED_COLUMNS = [
  'reference',
  'kind',
  'received_on',
] as const satisfies readonly Column[];
