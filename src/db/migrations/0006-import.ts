import { ddl } from '../ddl.ts';

// An imported stage may say only how many working days its clock was paused (the import format's
// sN_suspended_days), not when: the count is kept beside the dated suspensions the app records.
export const up = ddl(`
  alter table stages add column suspended_days integer check (suspended_days >= 0);
`);
