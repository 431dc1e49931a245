import type { Kind } from './codes.ts';
import { readImportRows, type ImportError } from './import-rows.ts';

export interface ImportSummary {
  /** Rows of each kind; kinds with no rows are left out. */
  byKind: Partial<Record<Kind, number>>;
  /** The distinct names in the file, sorted; the database layer finds which are new. */
  teams: string[];
  serviceAreas: string[];
  themes: string[];
}

export type ImportValidation =
  | { ok: true; rows: number; summary: ImportSummary }
  | { ok: false; errors: ImportError[]; moreErrors: number };

export interface ValidateOptions {
  /** How many errors to keep; the rest are only counted. */
  maxErrors?: number;
}

/**
 * Checks a whole import file, streamed once, without keeping its rows: the first pass of an
 * import, and all of `--dry-run`. See `readImportRows` for the second pass.
 */
export async function validateImport(
  chunks: AsyncIterable<string | Uint8Array>,
  { maxErrors = 100 }: ValidateOptions = {},
): Promise<ImportValidation> {
  const errors: ImportError[] = [];
  let errorCount = 0;
  let rows = 0;
  const byKind: Partial<Record<Kind, number>> = {};
  const teams = new Set<string>();
  const serviceAreas = new Set<string>();
  const themes = new Set<string>();
  for await (const item of readImportRows(chunks)) {
    if (!item.ok) {
      errorCount++;
      if (errors.length < maxErrors) errors.push(item.error);
      continue;
    }
    const { kind, team, service_area: serviceArea, themes: rowThemes } = item.row;
    rows++;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    if (team) teams.add(team);
    if (serviceArea) serviceAreas.add(serviceArea);
    for (const theme of rowThemes) themes.add(theme);
  }
  if (errorCount > 0) return { ok: false, errors, moreErrors: errorCount - errors.length };
  return {
    ok: true,
    rows,
    summary: {
      byKind,
      teams: sorted(teams),
      serviceAreas: sorted(serviceAreas),
      themes: sorted(themes),
    },
  };
}

function sorted(names: Set<string>): string[] {
  return [...names].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
