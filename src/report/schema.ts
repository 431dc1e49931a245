import type { ColumnType, Generated } from 'kysely';

/**
 * A jsonb column: written as JSON text (pg would send a JS array as a PostgreSQL array), read
 * parsed; `Default` when the column has a default and may be left out of an insert.
 */
type Json<T, Default = never> = ColumnType<T, string | Default, string>;

/** The figures about the council's children that the records cannot give, entered by the officer. */
export interface ReportContext {
  childrenPopulation: number | null;
  openCases: number | null;
  lookedAfterChildren: number | null;
}

/** What the officer adds to one organisation's annual report for one financial year. */
export interface ReportYearsTable {
  organisation_id: string;
  /** 2020 is 2020/21. */
  year_start: number;
  /** Commentary by section key. */
  commentary: Json<Record<string, string>, undefined>;
  context: Json<Partial<ReportContext>, undefined>;
  /** Learning actions featured under "you said, we did"; null until the officer chooses. */
  improvement_ids: Json<string[] | null, null | undefined>;
  /** Compliments featured in the report; null until the officer chooses. */
  compliment_ids: Json<string[] | null, null | undefined>;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

export interface ReportTables {
  report_years: ReportYearsTable;
}
