import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface OutboxTable {
  id: Generated<string>;
  organisation_id: string;
  record_id: string | null;
  channel: string;
  recipient: string;
  template: string;
  /** Written as JSON text, so both database drivers store the same thing. */
  personalisation: ColumnType<Record<string, string>, string, string>;
  status: Generated<string>;
  error: string | null;
  notify_id: string | null;
  created_at: CreatedAt;
  sent_at: Date | null;
}

export interface NotifyTables {
  outbox: OutboxTable;
}
