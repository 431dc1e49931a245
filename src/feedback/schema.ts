import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface FeedbackDraftsTable {
  /** SHA-256 of the cookie's token, so the table cannot be turned back into cookies. */
  id: string;
  organisation_id: string;
  journey: string;
  /** Written as JSON text, so both database drivers store the same thing. */
  answers: ColumnType<Record<string, unknown>, string | undefined, string>;
  record_id: string | null;
  reference: string | null;
  created_at: CreatedAt;
  expires_at: Date;
}

export interface FeedbackAttachmentsTable {
  id: Generated<string>;
  organisation_id: string;
  draft_id: string | null;
  record_id: string | null;
  file_name: string;
  content_type: string;
  size_bytes: number;
  created_at: CreatedAt;
}

export interface FeedbackRateEventsTable {
  ip: string;
  at: ColumnType<Date, Date | string | undefined, Date>;
}

export interface FeedbackTables {
  feedback_drafts: FeedbackDraftsTable;
  feedback_attachments: FeedbackAttachmentsTable;
  feedback_rate_events: FeedbackRateEventsTable;
}
