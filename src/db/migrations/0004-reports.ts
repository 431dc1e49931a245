import { ddl } from '../ddl.ts';

// What the officer adds to the annual report of a year (issue 6): commentary for each section,
// the context figures the records cannot give, and the improvements and compliments to feature.
// The figures themselves are never stored: they are computed from the records each time.
export const up = ddl(`
  create table report_years (
    organisation_id uuid not null references organisations(id),
    year_start integer not null check (year_start between 1000 and 9998),
    commentary jsonb not null default '{}'::jsonb,
    context jsonb not null default '{}'::jsonb,
    improvement_ids jsonb,
    compliment_ids jsonb,
    updated_at timestamptz not null default now(),
    updated_by uuid references users(id),
    primary key (organisation_id, year_start)
  );
`);
