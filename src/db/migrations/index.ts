import type { Migration } from 'kysely/migration';
import * as foundation from './0001-foundation.ts';
import * as casework from './0002-casework.ts';
import * as feedback from './0003-feedback.ts';
import * as reports from './0004-reports.ts';
import * as importing from './0006-import.ts';

/**
 * Migrations are listed here rather than read from the folder, so they run the same under tsx,
 * vitest and any bundler, and their order is explicit.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-casework': casework,
  '0003-feedback': feedback,
  '0004-reports': reports,
  '0006-import': importing,
};
