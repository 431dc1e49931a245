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

/**
 * The cells of a row whose fields are in the order of COLUMNS, by column. Written out rather than
 * built in a loop: an object given its properties by computed name is several times slower to
 * build and to read, which an import of many rows feels.
 */
export function cellsInColumnOrder(
  fields: readonly (string | undefined)[],
): Partial<Record<Column, string>> {
  return {
    reference: fields[0],
    kind: fields[1],
    procedure: fields[2],
    received_on: fields[3],
    channel: fields[4],
    complainant_id: fields[5],
    complainant_role: fields[6],
    child_circumstance: fields[7],
    team: fields[8],
    service_area: fields[9],
    themes: fields[10],
    advocate: fields[11],
    summary: fields[12],
    related_reference: fields[13],
    restricted: fields[14],
    not_accepted_reason: fields[15],
    withdrawn_on: fields[16],
    s1_received_on: fields[17],
    s1_acknowledged_on: fields[18],
    s1_extended: fields[19],
    s1_suspended_days: fields[20],
    s1_responded_on: fields[21],
    s1_outcome: fields[22],
    s1_manager_contacted: fields[23],
    s1_reopened: fields[24],
    s2_requested_on: fields[25],
    s2_extended: fields[26],
    s2_suspended_days: fields[27],
    s2_responded_on: fields[28],
    s2_outcome: fields[29],
    s3_requested_on: fields[30],
    s3_panel_on: fields[31],
    s3_panel_report_on: fields[32],
    s3_responded_on: fields[33],
    s3_outcome: fields[34],
    ombudsman_reference: fields[35],
    remedy_amount: fields[36],
    remedy_stage: fields[37],
    compliment_from: fields[38],
  } satisfies Record<Column, string | undefined>;
}
