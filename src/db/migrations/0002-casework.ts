import { ddl } from '../ddl.ts';

// The casework model of DESIGN §2. Codes (kinds, outcomes, roles, reasons) are checked by the
// application against the shared code lists rather than by CHECK constraints, because
// organisations may extend those vocabularies.
export const up = ddl(`
  create table themes (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id),
    name text not null check (length(trim(name)) > 0),
    active boolean not null default true,
    unique (organisation_id, name)
  );

  create table closure_days (
    organisation_id uuid not null references organisations(id),
    day date not null,
    description text not null,
    primary key (organisation_id, day)
  );

  create table bank_holiday_files (
    id uuid primary key default gen_random_uuid(),
    content jsonb not null,
    imported_at timestamptz not null default now()
  );

  create table reference_counters (
    organisation_id uuid not null references organisations(id),
    prefix text not null,
    year integer not null,
    last_number integer not null,
    primary key (organisation_id, prefix, year)
  );

  create table people (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id),
    external_key text,
    name text,
    email text,
    phone text,
    address text,
    preferred_contact text,
    adjustments text,
    created_at timestamptz not null default now(),
    unique (organisation_id, external_key)
  );

  create table children (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id),
    name text,
    case_system_id text,
    created_at timestamptz not null default now()
  );

  create table records (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id),
    reference text not null,
    kind text not null,
    procedure text,
    status text not null,
    received_on date not null,
    channel text,
    summary text,
    desired_outcome text,
    restricted boolean not null default false,
    team_id uuid references teams(id),
    service_area_id uuid references service_areas(id),
    responding_manager_id uuid references users(id),
    advocate_provider text,
    advocate_offered boolean,
    advocate_accepted boolean,
    not_accepted_reason text,
    not_accepted_letter_on date,
    withdrawn_on date,
    closed_on date,
    historic_reason text,
    procedure_change_reason text,
    member_name text,
    ombudsman_reference text,
    compliment_from text,
    compliment_subject text,
    anonymised_text text,
    anonymised_reviewed_by uuid references users(id),
    consent_to_share boolean,
    passed_on_on date,
    source text not null default 'staff',
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (organisation_id, reference)
  );
  create index records_org_received on records (organisation_id, received_on);
  create index records_org_status on records (organisation_id, status);
  create index records_org_kind on records (organisation_id, kind);

  create table record_people (
    record_id uuid not null references records(id) on delete cascade,
    person_id uuid not null references people(id),
    organisation_id uuid not null references organisations(id),
    role text,
    is_complainant boolean not null default true,
    primary key (record_id, person_id)
  );
  create index record_people_person on record_people (person_id);

  create table record_children (
    record_id uuid not null references records(id) on delete cascade,
    child_id uuid not null references children(id),
    organisation_id uuid not null references organisations(id),
    circumstance text,
    consent_given boolean,
    primary key (record_id, child_id)
  );

  create table record_themes (
    record_id uuid not null references records(id) on delete cascade,
    theme_id uuid not null references themes(id),
    organisation_id uuid not null references organisations(id),
    primary key (record_id, theme_id)
  );

  create table record_links (
    record_id uuid not null references records(id) on delete cascade,
    related_record_id uuid not null references records(id) on delete cascade,
    organisation_id uuid not null references organisations(id),
    primary key (record_id, related_record_id),
    check (record_id <> related_record_id)
  );

  create table record_access (
    record_id uuid not null references records(id) on delete cascade,
    user_id uuid not null references users(id),
    organisation_id uuid not null references organisations(id),
    primary key (record_id, user_id)
  );

  create table stages (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id),
    record_id uuid not null references records(id) on delete cascade,
    number integer not null check (number between 1 and 3),
    procedure text not null,
    started_on date not null,
    clock_start_on date,
    acknowledged_on date,
    statement_agreed_on date,
    limit_days integer,
    maximum_days integer,
    due_on date,
    extended boolean not null default false,
    extension_reason text,
    extension_told_on date,
    manager_contacted boolean,
    manager_contact_method text,
    panel_on date,
    panel_report_on date,
    responded_on date,
    ended_on date,
    outcome text,
    reopened_count integer not null default 0,
    investigator_cost numeric(12, 2),
    panel_cost numeric(12, 2),
    escalation_refused_reason text,
    created_at timestamptz not null default now(),
    unique (record_id, number),
    check (responded_on is null or responded_on >= started_on),
    check (ended_on is null or ended_on >= started_on)
  );
  create index stages_org_started on stages (organisation_id, started_on);
  create index stages_org_ended on stages (organisation_id, ended_on);

  create table stage_suspensions (
    id uuid primary key default gen_random_uuid(),
    stage_id uuid not null references stages(id) on delete cascade,
    organisation_id uuid not null references organisations(id),
    from_on date not null,
    to_on date,
    reason text not null,
    check (to_on is null or to_on >= from_on)
  );

  create table stage_appointments (
    id uuid primary key default gen_random_uuid(),
    stage_id uuid not null references stages(id) on delete cascade,
    organisation_id uuid not null references organisations(id),
    role text not null,
    user_id uuid references users(id),
    name text not null,
    appointed_on date not null
  );
  create index stage_appointments_user on stage_appointments (user_id);

  create table complaint_points (
    id uuid primary key default gen_random_uuid(),
    stage_id uuid not null references stages(id) on delete cascade,
    organisation_id uuid not null references organisations(id),
    number integer not null,
    text text not null,
    finding text,
    finding_notes text,
    unique (stage_id, number)
  );

  create table remedies (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id),
    record_id uuid not null references records(id) on delete cascade,
    stage_number text not null,
    kind text not null,
    description text,
    amount numeric(12, 2),
    financial_type text,
    agreed_on date,
    due_on date,
    done_on date,
    created_at timestamptz not null default now()
  );
  create index remedies_record on remedies (record_id);

  create table learning_actions (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id),
    record_id uuid references records(id) on delete set null,
    learning text not null,
    action text not null,
    category text not null,
    owner text,
    team_id uuid references teams(id),
    due_on date,
    status text not null default 'open',
    evidence text,
    completed_on date,
    publish boolean not null default false,
    created_at timestamptz not null default now()
  );
  create index learning_actions_org on learning_actions (organisation_id, status);

  create table resolution_meetings (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id),
    record_id uuid not null references records(id) on delete cascade,
    held_on date not null,
    attendees text not null,
    result text not null,
    created_at timestamptz not null default now()
  );

  create table events (
    id bigserial primary key,
    organisation_id uuid not null references organisations(id),
    record_id uuid references records(id) on delete cascade,
    actor_id uuid references users(id),
    actor_name text not null,
    at timestamptz not null default now(),
    type text not null,
    summary text not null,
    before jsonb,
    after jsonb
  );
  create index events_record on events (record_id, id);

  create function heard_history_is_append_only() returns trigger language plpgsql as $$ begin raise exception 'The history of a record cannot be changed'; end $$;

  create trigger events_append_only before update or delete on events
    for each row execute function heard_history_is_append_only();
`);
