import { KIND_LABELS, KINDS } from './codes.ts';
import type { ImportOutcome, ImportProblem } from './import-file.ts';

const SHOWN = 100;

type Imported = Extract<ImportOutcome, { ok: true }>;
type Refused = Extract<ImportOutcome, { ok: false }>;

/** Where a problem is and what it is: the spreadsheet's row when known, else the file's line. */
export function problemText(problem: ImportProblem): string {
  const where = problem.row !== undefined ? `Row ${problem.row}` : `Line ${problem.line}`;
  return `${where}${problem.column ? `, ${problem.column}` : ''}: ${problem.message}`;
}

/** Every problem kept, and how many more there were. */
export function problemLines(outcome: Refused): string[] {
  const lines = outcome.problems.map(problemText);
  if (outcome.moreProblems > 0) lines.push(`and ${outcome.moreProblems} more problems`);
  return lines;
}

export interface ImportSummaryView {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  byKind: { kind: string; count: number }[];
  newTeams: string[];
  newServiceAreas: string[];
  newThemes: string[];
  unresolvedLinks: string[];
}

/** What an import did (or, for a dry run, would do), for the page and the command line alike. */
export function importSummaryView(outcome: Imported): ImportSummaryView {
  const { result } = outcome;
  return {
    dryRun: outcome.dryRun,
    rows: outcome.rows,
    created: result.created,
    updated: result.updated,
    byKind: KINDS.filter((kind) => result.byKind[kind]).map((kind) => ({
      kind: KIND_LABELS[kind],
      count: result.byKind[kind]!,
    })),
    newTeams: result.newTeams,
    newServiceAreas: result.newServiceAreas,
    newThemes: result.newThemes,
    unresolvedLinks: [
      ...result.unresolvedLinks
        .slice(0, SHOWN)
        .map(
          (link) =>
            `Line ${link.line}: ${link.reference} names ${link.related}, which is not in the file or in Heard`,
        ),
      ...(result.unresolvedLinks.length > SHOWN
        ? [`and ${result.unresolvedLinks.length - SHOWN} more`]
        : []),
    ],
  };
}

/** The summary as plain text lines, for the command line. */
export function importSummaryText(view: ImportSummaryView, fileName: string): string[] {
  const did = view.dryRun
    ? `Checked ${fileName}: ${view.rows} rows are valid. Nothing was imported (dry run); importing would add`
    : `Imported ${fileName}: added`;
  const lines = [
    `${did} ${view.created} new records and update${view.dryRun ? '' : 'd'} ${view.updated}.`,
    ...view.byKind.map(({ kind, count }) => `  ${kind}: ${count}`),
  ];
  const list = (label: string, names: string[]) => {
    if (names.length > 0) lines.push(`${label} (${names.length}): ${names.join(', ')}`);
  };
  list(view.dryRun ? 'Teams that would be created' : 'New teams', view.newTeams);
  list(
    view.dryRun ? 'Service areas that would be created' : 'New service areas',
    view.newServiceAreas,
  );
  list(view.dryRun ? 'Themes that would be created' : 'New themes', view.newThemes);
  if (view.unresolvedLinks.length > 0) {
    lines.push(`Related records not found, so not linked (${view.unresolvedLinks.length}):`);
    lines.push(...view.unresolvedLinks.map((line) => `  ${line}`));
  }
  return lines;
}
