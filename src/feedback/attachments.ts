import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Db, DbOrTrx } from '../db/connect.ts';
import type { Actor } from '../casework/access.ts';
import { visibleTo } from '../casework/access.ts';
import { readConfig } from '../config/env.ts';
import { acceptedKind, cleanFileName, FILE_KINDS } from './file-types.ts';
import type { ParsedFile } from './multipart.ts';

export const MAX_FILES = 3;

/** Outside the web root: files are only ever read back through `readAttachment` by staff. */
function attachmentsDir(): string {
  return path.join(readConfig().dataDir, 'attachments');
}

const fileOf = (id: string) => {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`Not an attachment id: ${id}`);
  return path.join(attachmentsDir(), id);
};

export type AddResult = { ok: true; id: string } | { ok: false; error: string };

/** Keeps one uploaded file for a draft, if it is a kind we accept and the draft has room. */
export async function addAttachment(
  db: Db,
  draft: { id: string; organisationId: string },
  file: ParsedFile | undefined,
): Promise<AddResult> {
  if (!file) return { ok: false, error: 'Select a file to upload' };
  if (file.truncated) return { ok: false, error: 'The selected file must be smaller than 5MB' };
  if (file.size === 0) return { ok: false, error: 'The selected file is empty' };
  const kind = acceptedKind(file.fileName, file.content);
  if (!kind)
    return {
      ok: false,
      error: 'The selected file must be a PDF, JPEG, PNG or Word document (DOCX)',
    };
  const id = randomUUID();
  const added = await db.transaction().execute(async (trx) => {
    // Counted under a lock on the draft, so two uploads at once cannot both take the last place.
    await trx
      .selectFrom('feedback_drafts')
      .select('id')
      .where('id', '=', draft.id)
      .forUpdate()
      .executeTakeFirst();
    const { count } = await trx
      .selectFrom('feedback_attachments')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('draft_id', '=', draft.id)
      .executeTakeFirstOrThrow();
    if (Number(count) >= MAX_FILES) return false;
    await fs.mkdir(attachmentsDir(), { recursive: true, mode: 0o700 });
    await fs.writeFile(fileOf(id), file.content, { mode: 0o600, flag: 'wx' });
    await trx
      .insertInto('feedback_attachments')
      .values({
        id,
        organisation_id: draft.organisationId,
        draft_id: draft.id,
        file_name: cleanFileName(file.fileName),
        content_type: FILE_KINDS[kind].contentType,
        size_bytes: file.content.length,
      })
      .execute();
    return true;
  });
  if (!added) return { ok: false, error: `You can only send up to ${MAX_FILES} files` };
  return { ok: true, id };
}

export function draftAttachments(db: DbOrTrx, draftId: string) {
  return db
    .selectFrom('feedback_attachments')
    .select(['id', 'file_name', 'size_bytes'])
    .where('draft_id', '=', draftId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

async function unlinkQuietly(id: string): Promise<void> {
  await fs.rm(fileOf(id), { force: true });
}

/** Removes a file from a draft that has not been sent. */
export async function removeAttachment(db: Db, draftId: string, id: string): Promise<void> {
  const removed = await db
    .deleteFrom('feedback_attachments')
    .where('id', '=', id)
    .where('draft_id', '=', draftId)
    .where('record_id', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (removed) await unlinkQuietly(removed.id);
}

/** Files of drafts that were never sent; files of sent forms belong to their records. */
export async function removeDraftFiles(db: Db, draftIds: string[]): Promise<void> {
  if (draftIds.length === 0) return;
  const removed = await db
    .deleteFrom('feedback_attachments')
    .where('draft_id', 'in', draftIds)
    .where('record_id', 'is', null)
    .returning('id')
    .execute();
  for (const { id } of removed) await unlinkQuietly(id);
}

export function recordAttachments(db: DbOrTrx, recordIds: string[]) {
  if (recordIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('feedback_attachments')
    .select(['id', 'record_id', 'file_name', 'size_bytes'])
    .where('record_id', 'in', recordIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A file sent with a record the person may see, or null. */
export async function readAttachment(db: Db, actor: Actor, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await db
    .selectFrom('feedback_attachments')
    .innerJoin('records', 'records.id', 'feedback_attachments.record_id')
    .select(['feedback_attachments.id', 'file_name', 'content_type'])
    .where('feedback_attachments.id', '=', id.toLowerCase())
    .where(visibleTo(actor))
    .executeTakeFirst();
  if (!row) return null;
  const content = await fs.readFile(fileOf(row.id));
  return { fileName: row.file_name, contentType: row.content_type, content };
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)}KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)}MB`;
}
