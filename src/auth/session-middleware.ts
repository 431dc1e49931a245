import type { NextFunction, Request, Response } from 'express';
import type { Db } from '../db/connect.ts';
import { readCookie } from '../web/cookies.ts';
import { findSessionUser, setFlash } from './sessions-repository.ts';

export const SESSION_COOKIE = 'heard_session';

export function sessionMiddleware(db: Db) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (!token) return next();
    const found = await findSessionUser(db, token);
    if (!found) {
      res.clearCookie(SESSION_COOKIE, { path: '/' });
      return next();
    }
    req.user = found.user;
    req.sessionId = found.sessionId;
    if (found.flash.length > 0) {
      // Shown once: read, then cleared before the page renders.
      res.locals.flash = found.flash;
      await setFlash(db, found.sessionId, []);
    }
    next();
  };
}

/** A success message for the next page, after a post/redirect/get. */
export async function flash(db: Db, req: Request, message: string): Promise<void> {
  if (req.sessionId) await setFlash(db, req.sessionId, [message]);
}
