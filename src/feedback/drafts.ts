import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Db, DbOrTrx } from '../db/connect.ts';
import { readCookie } from '../web/cookies.ts';
import { readAnswers, type Answers } from './answers.ts';
import type { JourneyId } from './steps.ts';
import { removeDraftFiles } from './attachments.ts';

export const DRAFT_COOKIE = 'heard_feedback';
const LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface Draft {
  id: string;
  organisationId: string;
  journey: JourneyId;
  answers: Answers;
  recordId: string | null;
  reference: string | null;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The draft in this browser's cookie, if it is still there and not expired. */
export async function findDraft(db: DbOrTrx, req: Request): Promise<Draft | null> {
  const token = readCookie(req, DRAFT_COOKIE);
  if (!token || !/^[A-Za-z0-9_-]{32,64}$/.test(token)) return null;
  const row = await db
    .selectFrom('feedback_drafts')
    .select(['id', 'organisation_id', 'journey', 'answers', 'record_id', 'reference'])
    .where('id', '=', hash(token))
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    journey: row.journey as JourneyId,
    answers: readAnswers(row.answers),
    recordId: row.record_id,
    reference: row.reference,
  };
}

/**
 * Starts a draft and gives this browser its key. Expired drafts are cleared out at the same time,
 * with any files uploaded to them and never sent.
 */
export async function startDraft(
  db: Db,
  req: Request,
  res: Response,
  organisationId: string,
  journey: JourneyId,
): Promise<Draft> {
  await removeExpiredDrafts(db);
  const token = randomBytes(32).toString('base64url');
  const id = hash(token);
  await db
    .insertInto('feedback_drafts')
    .values({
      id,
      organisation_id: organisationId,
      journey,
      expires_at: new Date(Date.now() + LIFETIME_MS),
    })
    .execute();
  res.cookie(DRAFT_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/feedback',
    maxAge: LIFETIME_MS,
  });
  return { id, organisationId, journey, answers: {}, recordId: null, reference: null };
}

export async function saveAnswers(db: DbOrTrx, draftId: string, answers: Answers): Promise<void> {
  await db
    .updateTable('feedback_drafts')
    .set({ answers: JSON.stringify(answers) })
    .where('id', '=', draftId)
    .where('record_id', 'is', null)
    .execute();
}

/** Forgets a draft and its files, as when a form is abandoned or turns out to be from a robot. */
export async function discardDraft(db: Db, res: Response, draftId: string): Promise<void> {
  await removeDraftFiles(db, [draftId]);
  await db.deleteFrom('feedback_drafts').where('id', '=', draftId).execute();
  res.clearCookie(DRAFT_COOKIE, { path: '/feedback' });
}

export async function removeExpiredDrafts(db: Db): Promise<void> {
  const expired = await db
    .selectFrom('feedback_drafts')
    .select('id')
    .where('expires_at', '<=', new Date())
    .execute();
  if (expired.length === 0) return;
  const ids = expired.map((d) => d.id);
  await removeDraftFiles(db, ids);
  await db.deleteFrom('feedback_drafts').where('id', 'in', ids).execute();
}
