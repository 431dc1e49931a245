import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

type NamedTable = 'teams' | 'service_areas' | 'themes';

/**
 * The teams, service areas or themes of an organisation, by name, for one import. Names match
 * ignoring case and surrounding spaces, so "children in care" in a spreadsheet finds the
 * organisation's "Children in Care" instead of creating a second one; a name not found is created
 * with the spelling first seen and listed in the import summary.
 */
export class NameRegistry {
  private readonly ids = new Map<string, string>();
  readonly created: string[] = [];

  private constructor(
    private readonly table: NamedTable,
    private readonly organisationId: string,
  ) {}

  static async load(
    trx: Transaction<Database>,
    table: NamedTable,
    organisationId: string,
  ): Promise<NameRegistry> {
    const registry = new NameRegistry(table, organisationId);
    const rows = await trx
      .selectFrom(table)
      .select(['id', 'name'])
      .where('organisation_id', '=', organisationId)
      .execute();
    // Two names differing only in case: the first one keeps the key, deterministically.
    rows.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const row of rows) {
      if (!registry.ids.has(key(row.name))) registry.ids.set(key(row.name), row.id);
    }
    return registry;
  }

  /** The id of a name already known or created; undefined for a blank name. */
  idOf(name: string | undefined): string | null {
    return name ? (this.ids.get(key(name)) ?? null) : null;
  }

  /**
   * Creates the names not yet known. `extra` adds columns to a new row (a new team's service
   * area). A name another session created meanwhile is looked up instead of duplicated.
   */
  async ensure(
    trx: Transaction<Database>,
    names: Iterable<string>,
    extra: (name: string) => { service_area_id?: string | null } = () => ({}),
  ): Promise<void> {
    const missing = new Map<string, string>();
    for (const name of names) {
      if (!this.ids.has(key(name)) && !missing.has(key(name))) missing.set(key(name), name);
    }
    if (missing.size === 0) return;
    const values = [...missing.values()].map((name) => ({
      id: randomUUID(),
      organisation_id: this.organisationId,
      name,
      ...(this.table === 'teams' ? extra(name) : {}),
    }));
    const inserted = await trx
      .insertInto(this.table)
      .values(values)
      .onConflict((oc) => oc.columns(['organisation_id', 'name']).doNothing())
      .returning(['id', 'name'])
      .execute();
    for (const row of inserted) {
      this.ids.set(key(row.name), row.id);
      this.created.push(row.name);
    }
    const raced = values.filter((value) => !this.ids.has(key(value.name)));
    if (raced.length === 0) return;
    const existing = await trx
      .selectFrom(this.table)
      .select(['id', 'name'])
      .where('organisation_id', '=', this.organisationId)
      .where(
        'name',
        'in',
        raced.map((value) => value.name),
      )
      .execute();
    for (const row of existing) this.ids.set(key(row.name), row.id);
  }
}

function key(name: string): string {
  return name.trim().toLowerCase();
}
