import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { readCookie } from './cookies.ts';

const COOKIE = 'heard_csrf';

/**
 * Every form carries a token derived from a per-browser cookie and the server's secret (the
 * signed double-submit pattern), so forms are protected before sign-in, on the public pages,
 * and after it, with one mechanism.
 */
export function csrfProtection(secret: string, secureCookies: boolean) {
  const tokenFor = (seed: string) => createHmac('sha256', secret).update(seed).digest('base64url');

  return (req: Request, res: Response, next: NextFunction) => {
    let seed = readCookie(req, COOKIE);
    if (!seed || !/^[A-Za-z0-9_-]{20,}$/.test(seed)) {
      seed = randomBytes(24).toString('base64url');
      res.cookie(COOKIE, seed, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        path: '/',
      });
    }
    req.csrfToken = tokenFor(seed);
    res.locals.csrfToken = req.csrfToken;
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();

    const sent = typeof req.body?._csrf === 'string' ? req.body._csrf : uploadToken(req);
    const expected = Buffer.from(req.csrfToken);
    const actual = Buffer.from(sent);
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) return next();
    res.status(403).render('web/views/message.njk', {
      title: 'This form has expired',
      paragraphs: [
        'For your security, forms stop working after a while or when cookies are blocked. Nothing was saved.',
        'Go back, reload the page and try again.',
      ],
    });
  };
}

/**
 * A file upload's multipart body is read by its own route, after this check, so an upload form
 * carries its token in the query string of its action instead (the Referrer-Policy of helmet keeps
 * it out of Referer headers).
 */
function uploadToken(req: Request): string {
  const token = req.query._csrf;
  return req.is('multipart/form-data') && typeof token === 'string' ? token : '';
}
