import { ddl } from '../ddl.ts';

export const up = ddl(`
    create table organisations (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      nation text not null default 'england-and-wales'
        check (nation in ('england-and-wales', 'scotland', 'northern-ireland')),
      settings jsonb not null default '{}'::jsonb,
      created_at timestamptz not null default now()
    );

    create table service_areas (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id),
      name text not null check (length(trim(name)) > 0),
      active boolean not null default true,
      unique (organisation_id, name)
    );

    create table teams (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id),
      name text not null check (length(trim(name)) > 0),
      service_area_id uuid references service_areas(id),
      active boolean not null default true,
      unique (organisation_id, name)
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id),
      email text not null check (email = lower(email)),
      name text not null,
      password_hash text not null,
      role text not null check (role in ('administrator', 'complaints_manager', 'complaints_officer',
        'responding_manager', 'investigator', 'senior_manager', 'report_viewer')),
      team_id uuid references teams(id),
      active boolean not null default true,
      failed_sign_ins integer not null default 0,
      locked_until timestamptz,
      last_signed_in_at timestamptz,
      created_at timestamptz not null default now(),
      unique (email)
    );
    create index users_organisation on users (organisation_id);

    create table sessions (
      id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      organisation_id uuid not null references organisations(id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      flash jsonb not null default '[]'::jsonb
    );
    create index sessions_user on sessions (user_id);

    create table security_events (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid references organisations(id),
      user_id uuid references users(id),
      event text not null,
      detail jsonb not null default '{}'::jsonb,
      ip text,
      at timestamptz not null default now()
    );
    create index security_events_org_at on security_events (organisation_id, at);

    create table instance_settings (
      key text primary key,
      value text not null
    );

    create table form_submissions (
      token uuid primary key,
      organisation_id uuid not null references organisations(id),
      redirect_to text not null,
      created_at timestamptz not null default now()
    );
`);
