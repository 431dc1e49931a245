import { ddl } from '../ddl.ts';

// The public feedback forms (issue 8): answers kept between pages, uploaded files, the rate of
// submissions per address, and every message sent to the public (the outbox).
export const up = ddl(`
  create table feedback_drafts (
    id text primary key,
    organisation_id uuid not null references organisations(id),
    journey text not null check (journey in ('general', 'young_people')),
    answers jsonb not null default '{}'::jsonb,
    record_id uuid references records(id) on delete set null,
    reference text,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
  );
  create index feedback_drafts_expires on feedback_drafts (expires_at);

  create table feedback_attachments (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id),
    draft_id text references feedback_drafts(id) on delete set null,
    record_id uuid references records(id) on delete set null,
    file_name text not null,
    content_type text not null,
    size_bytes integer not null check (size_bytes > 0 and size_bytes <= 5242880),
    created_at timestamptz not null default now()
  );
  create index feedback_attachments_draft on feedback_attachments (draft_id);
  create index feedback_attachments_record on feedback_attachments (record_id);

  create table feedback_rate_events (
    ip text not null,
    at timestamptz not null default now()
  );
  create index feedback_rate_events_ip_at on feedback_rate_events (ip, at);

  create table outbox (
    id uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisations(id),
    record_id uuid references records(id) on delete set null,
    channel text not null check (channel in ('email', 'sms', 'letter')),
    recipient text not null,
    template text not null,
    personalisation jsonb not null default '{}'::jsonb,
    status text not null default 'pending'
      check (status in ('pending', 'sent', 'not_sent', 'failed')),
    error text,
    notify_id text,
    created_at timestamptz not null default now(),
    sent_at timestamptz
  );
  create index outbox_org_created on outbox (organisation_id, created_at);
`);
