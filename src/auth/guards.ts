import type { NextFunction, Request, Response } from 'express';
import type { Db } from '../db/connect.ts';
import { can, type Permission } from './roles.ts';
import { recordSecurityEvent } from './security-events.ts';

export function requireSignIn(req: Request, res: Response, next: NextFunction): void {
  if (req.user) return next();
  const back = req.method === 'GET' ? req.originalUrl : '/';
  res.redirect(`/sign-in?returnTo=${encodeURIComponent(back)}`);
}

/** Signed in and allowed; a refusal is logged, because staff probing for records matters. */
export function requirePermission(db: Db, permission: Permission) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (!req.user) return requireSignIn(req, res, next);
    if (can(req.user.role, permission)) return next();
    await recordSecurityEvent(
      db,
      'access_refused',
      { organisationId: req.user.organisationId, userId: req.user.id, ip: req.ip ?? null },
      { path: req.originalUrl, permission },
    );
    res.status(403).render('web/views/message.njk', {
      title: 'You do not have access to this page',
      paragraphs: [
        'Your role does not include this part of Heard. Ask your administrator if you need it.',
      ],
      link: { href: '/', text: 'Go to the home page' },
    });
  };
}
