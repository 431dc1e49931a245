import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { CaseworkTables } from '../casework/schema.ts';
import type { FeedbackTables } from '../feedback/schema.ts';
import type { NotifyTables } from '../notify/schema.ts';
import type { ReportTables } from '../report/schema.ts';

/** `date` columns are read as `YYYY-MM-DD` strings: dates in Heard are days, never instants. */
export type DateColumn = string;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  nation: Generated<string>;
  settings: Generated<Record<string, unknown>>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  team_id: string | null;
  active: Generated<boolean>;
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
  last_signed_in_at: Date | null;
  created_at: CreatedAt;
}

export interface ServiceAreasTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  active: Generated<boolean>;
}

export interface TeamsTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  service_area_id: string | null;
  active: Generated<boolean>;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token, so a leaked table cannot be replayed as cookies. */
  id: string;
  user_id: string;
  organisation_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  flash: Generated<unknown[]>;
}

export interface SecurityEventsTable {
  id: Generated<string>;
  organisation_id: string | null;
  user_id: string | null;
  event: string;
  detail: Generated<Record<string, unknown>>;
  ip: string | null;
  at: CreatedAt;
}

export interface InstanceSettingsTable {
  key: string;
  value: string;
}

export interface FormSubmissionsTable {
  token: string;
  organisation_id: string;
  redirect_to: string;
  created_at: CreatedAt;
}

/** Every table: the foundation's here, each feature's in its own folder. */
export interface Database extends CaseworkTables, FeedbackTables, NotifyTables, ReportTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  service_areas: ServiceAreasTable;
  teams: TeamsTable;
  sessions: SessionsTable;
  security_events: SecurityEventsTable;
  instance_settings: InstanceSettingsTable;
  form_submissions: FormSubmissionsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Organisation = Selectable<OrganisationsTable>;
