import type { Db } from '../db/connect.ts';
import { loadOrganisationRules } from '../casework/organisation-rules.ts';
import { checkTransitionTable } from '../casework/domain/transitions.ts';
import { ProcedureConfigError } from '../procedures/overrides.ts';

/**
 * Run before serving: every organisation's procedures (defaults plus its overrides) must be valid
 * and agree with the transition table. A broken configuration stops the app with every problem
 * listed, instead of failing on a case later.
 */
export async function checkRules(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const organisations = await db.selectFrom('organisations').select(['id', 'name']).execute();
  for (const organisation of organisations) {
    try {
      const rules = await loadOrganisationRules(db, organisation.id);
      for (const p of checkTransitionTable(rules.procedures))
        problems.push(`${organisation.name}: ${p}`);
    } catch (error) {
      if (!(error instanceof ProcedureConfigError)) throw error;
      for (const p of error.problems) problems.push(`${organisation.name}: ${p}`);
    }
  }
  return problems;
}
