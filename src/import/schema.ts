// The column migration 0006 adds to `stages`, merged into the casework table's type so that
// queries on stages see it.
declare module '../casework/schema.ts' {
  interface StagesTable {
    /** Working days the clock was paused, when only the count is known (imported history). */
    suspended_days: number | null;
  }
}

export {};
