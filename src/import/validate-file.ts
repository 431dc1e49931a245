import type { Kind } from './codes.ts';
import { readImportRows, type ImportError } from './import-rows.ts';
import type { ImportedRow } from './writer.ts';

export interface ImportSummary {
  /** Rows of each kind; kinds with no rows are left out. */
  byKind: Partial<Record<Kind, number>>;
  /** The distinct names in the file, sorted; the database layer finds which are new. */
  teams: string[];
  serviceAreas: string[];
  themes: string[];
}

/**
 * What checking a file has found so far: its errors (the first `maxErrors` kept, the rest
 * counted) and a summary of its valid rows. An import reads the file once, through `validRows`,
 * writing rows while they pass; once `failed` is true it knows nothing will be kept.
 */
export class FileCheck {
  readonly errors: ImportError[] = [];
  errorCount = 0;
  rows = 0;
  private readonly byKind: Partial<Record<Kind, number>> = {};
  private readonly teams = new Set<string>();
  private readonly serviceAreas = new Set<string>();
  private readonly themes = new Set<string>();

  constructor(private readonly maxErrors: number) {}

  get failed(): boolean {
    return this.errorCount > 0;
  }

  /** The valid rows of a file, streamed; its errors are kept here as they are met. */
  async *validRows(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<ImportedRow> {
    for await (const item of readImportRows(chunks)) {
      if (!item.ok) {
        this.errorCount++;
        if (this.errors.length < this.maxErrors) this.errors.push(item.error);
        continue;
      }
      const { kind, team, service_area: serviceArea, themes } = item.row;
      this.rows++;
      this.byKind[kind] = (this.byKind[kind] ?? 0) + 1;
      if (team) this.teams.add(team);
      if (serviceArea) this.serviceAreas.add(serviceArea);
      for (const theme of themes) this.themes.add(theme);
      yield { line: item.line, row: item.row };
    }
  }

  summary(): ImportSummary {
    return {
      byKind: this.byKind,
      teams: sorted(this.teams),
      serviceAreas: sorted(this.serviceAreas),
      themes: sorted(this.themes),
    };
  }
}

function sorted(names: Set<string>): string[] {
  return [...names].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
