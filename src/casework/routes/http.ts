import type { Request, Response } from 'express';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../access.ts';
import { recordSecurityEvent } from '../../auth/security-events.ts';

export function actorOf(req: Request): Actor {
  const user = req.user!;
  return {
    id: user.id,
    name: user.name,
    organisationId: user.organisationId,
    role: user.role,
    teamId: user.teamId,
  };
}

/**
 * The same 404 for a record that does not exist and one the person may not see, so a page never
 * confirms a record exists; the attempt is logged, because staff probing for records matters.
 */
export async function caseNotFound(db: Db, req: Request, res: Response): Promise<void> {
  await recordSecurityEvent(
    db,
    'access_refused',
    { organisationId: req.user!.organisationId, userId: req.user!.id, ip: req.ip ?? null },
    { path: req.originalUrl },
  );
  notFound(res);
}

export function notFound(res: Response): void {
  res.status(404).render('web/views/not-found.njk', { title: 'Page not found' });
}

export function actionForbidden(res: Response, caseHref: string): void {
  res.status(403).render('web/views/message.njk', {
    title: 'You cannot do this on this case',
    paragraphs: ['Your role does not allow this action. Nothing was changed.'],
    link: { href: caseHref, text: 'Go back to the case' },
  });
}

export function badRequest(res: Response): void {
  res.status(400).render('web/views/message.njk', {
    title: 'Sorry, we could not read what you sent',
    paragraphs: ['Nothing was saved. Go back, reload the page and try again.'],
  });
}
