import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { parseForm, singleError } from '../web/forms.ts';
import { signIn, LOCKOUT_MINUTES } from './sign-in.ts';
import { SESSION_COOKIE } from './session-middleware.ts';
import { deleteSession, SESSION_HOURS } from './sessions-repository.ts';
import { recordSecurityEvent } from './security-events.ts';

const signInForm = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(320, 'Email address is too long'),
  password: z.string().min(1, 'Enter your password').max(1000, 'Password is too long'),
  returnTo: z.string().optional(),
});

/** Only paths on this site, so a crafted link cannot send someone elsewhere after sign-in. */
function safeReturn(returnTo: string | undefined): string {
  return returnTo && /^\/(?!\/)[^\\]*$/.test(returnTo) ? returnTo : '/';
}

export function authRoutes(db: Db, secureCookies: boolean): Router {
  const router = Router();
  const view = 'auth/views/sign-in.njk';
  const title = 'Sign in to Heard';

  router.get('/sign-in', (req, res) => {
    if (req.user) return res.redirect('/');
    res.render(view, { title, values: {}, returnTo: safeReturn(String(req.query.returnTo ?? '')) });
  });

  router.post('/sign-in', async (req, res) => {
    const parsed = parseForm(signInForm, req.body);
    const returnTo = safeReturn(typeof req.body?.returnTo === 'string' ? req.body.returnTo : '');
    const values = { email: typeof req.body?.email === 'string' ? req.body.email : '' };
    if (!parsed.ok)
      return res.status(400).render(view, { title, values, returnTo, errors: parsed.errors });

    const result = await signIn(db, { ...parsed.value, ip: req.ip ?? null });
    if (!result.ok) {
      const errors =
        result.reason === 'locked'
          ? singleError('email', 'This account is locked after too many attempts')
          : singleError('email', 'Enter a correct email address and password');
      return res.status(result.reason === 'locked' ? 423 : 401).render(view, {
        title,
        values,
        returnTo,
        errors,
        locked: result.reason === 'locked',
        lockoutMinutes: LOCKOUT_MINUTES,
      });
    }
    res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies,
      path: '/',
      maxAge: SESSION_HOURS * 3600_000,
    });
    res.redirect(returnTo);
  });

  router.post('/sign-out', async (req, res) => {
    if (req.sessionId && req.user) {
      await deleteSession(db, req.sessionId);
      await recordSecurityEvent(db, 'sign_out', {
        organisationId: req.user.organisationId,
        userId: req.user.id,
        ip: req.ip ?? null,
      });
    }
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.redirect('/sign-in');
  });

  return router;
}
