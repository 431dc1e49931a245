import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DateColumn } from '../db/schema.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Money = number | null;

export interface ThemesTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  active: Generated<boolean>;
}

export interface ClosureDaysTable {
  organisation_id: string;
  day: DateColumn;
  description: string;
}

export interface BankHolidayFilesTable {
  id: Generated<string>;
  content: unknown;
  imported_at: CreatedAt;
}

export interface ReferenceCountersTable {
  organisation_id: string;
  prefix: string;
  year: number;
  last_number: number;
}

export interface PeopleTable {
  id: Generated<string>;
  organisation_id: string;
  external_key: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  preferred_contact: string | null;
  adjustments: string | null;
  created_at: CreatedAt;
}

export interface ChildrenTable {
  id: Generated<string>;
  organisation_id: string;
  name: string | null;
  case_system_id: string | null;
  created_at: CreatedAt;
}

export interface RecordsTable {
  id: Generated<string>;
  organisation_id: string;
  reference: string;
  kind: string;
  procedure: string | null;
  status: string;
  received_on: DateColumn;
  channel: string | null;
  summary: string | null;
  desired_outcome: string | null;
  restricted: Generated<boolean>;
  team_id: string | null;
  service_area_id: string | null;
  responding_manager_id: string | null;
  advocate_provider: string | null;
  advocate_offered: boolean | null;
  advocate_accepted: boolean | null;
  not_accepted_reason: string | null;
  not_accepted_letter_on: DateColumn | null;
  withdrawn_on: DateColumn | null;
  closed_on: DateColumn | null;
  historic_reason: string | null;
  procedure_change_reason: string | null;
  member_name: string | null;
  ombudsman_reference: string | null;
  compliment_from: string | null;
  compliment_subject: string | null;
  anonymised_text: string | null;
  anonymised_reviewed_by: string | null;
  consent_to_share: boolean | null;
  passed_on_on: DateColumn | null;
  source: Generated<string>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface RecordPeopleTable {
  record_id: string;
  person_id: string;
  organisation_id: string;
  role: string | null;
  is_complainant: Generated<boolean>;
}

export interface RecordChildrenTable {
  record_id: string;
  child_id: string;
  organisation_id: string;
  circumstance: string | null;
  consent_given: boolean | null;
}

export interface RecordThemesTable {
  record_id: string;
  theme_id: string;
  organisation_id: string;
}

export interface RecordLinksTable {
  record_id: string;
  related_record_id: string;
  organisation_id: string;
}

export interface RecordAccessTable {
  record_id: string;
  user_id: string;
  organisation_id: string;
}

export interface StagesTable {
  id: Generated<string>;
  organisation_id: string;
  record_id: string;
  number: number;
  procedure: string;
  started_on: DateColumn;
  clock_start_on: DateColumn | null;
  acknowledged_on: DateColumn | null;
  statement_agreed_on: DateColumn | null;
  limit_days: number | null;
  maximum_days: number | null;
  due_on: DateColumn | null;
  extended: Generated<boolean>;
  extension_reason: string | null;
  extension_told_on: DateColumn | null;
  manager_contacted: boolean | null;
  manager_contact_method: string | null;
  panel_on: DateColumn | null;
  panel_report_on: DateColumn | null;
  responded_on: DateColumn | null;
  ended_on: DateColumn | null;
  outcome: string | null;
  reopened_count: Generated<number>;
  investigator_cost: Money;
  panel_cost: Money;
  escalation_refused_reason: string | null;
  created_at: CreatedAt;
}

export interface StageSuspensionsTable {
  id: Generated<string>;
  stage_id: string;
  organisation_id: string;
  from_on: DateColumn;
  to_on: DateColumn | null;
  reason: string;
}

export interface StageAppointmentsTable {
  id: Generated<string>;
  stage_id: string;
  organisation_id: string;
  role: string;
  user_id: string | null;
  name: string;
  appointed_on: DateColumn;
}

export interface ComplaintPointsTable {
  id: Generated<string>;
  stage_id: string;
  organisation_id: string;
  number: number;
  text: string;
  finding: string | null;
  finding_notes: string | null;
}

export interface RemediesTable {
  id: Generated<string>;
  organisation_id: string;
  record_id: string;
  stage_number: string;
  kind: string;
  description: string | null;
  amount: Money;
  financial_type: string | null;
  agreed_on: DateColumn | null;
  due_on: DateColumn | null;
  done_on: DateColumn | null;
  created_at: CreatedAt;
}

export interface LearningActionsTable {
  id: Generated<string>;
  organisation_id: string;
  record_id: string | null;
  learning: string;
  action: string;
  category: string;
  owner: string | null;
  team_id: string | null;
  due_on: DateColumn | null;
  status: Generated<string>;
  evidence: string | null;
  completed_on: DateColumn | null;
  publish: Generated<boolean>;
  created_at: CreatedAt;
}

export interface ResolutionMeetingsTable {
  id: Generated<string>;
  organisation_id: string;
  record_id: string;
  held_on: DateColumn;
  attendees: string;
  result: string;
  created_at: CreatedAt;
}

export interface EventsTable {
  id: Generated<number>;
  organisation_id: string;
  record_id: string | null;
  actor_id: string | null;
  actor_name: string;
  at: CreatedAt;
  type: string;
  summary: string;
  before: unknown;
  after: unknown;
}

export interface CaseworkTables {
  themes: ThemesTable;
  closure_days: ClosureDaysTable;
  bank_holiday_files: BankHolidayFilesTable;
  reference_counters: ReferenceCountersTable;
  people: PeopleTable;
  children: ChildrenTable;
  records: RecordsTable;
  record_people: RecordPeopleTable;
  record_children: RecordChildrenTable;
  record_themes: RecordThemesTable;
  record_links: RecordLinksTable;
  record_access: RecordAccessTable;
  stages: StagesTable;
  stage_suspensions: StageSuspensionsTable;
  stage_appointments: StageAppointmentsTable;
  complaint_points: ComplaintPointsTable;
  remedies: RemediesTable;
  learning_actions: LearningActionsTable;
  resolution_meetings: ResolutionMeetingsTable;
  events: EventsTable;
}

export type RecordRow = Selectable<RecordsTable>;
export type StageRow = Selectable<StagesTable>;
