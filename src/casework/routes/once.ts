import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import type { FormErrors, ParseResult } from '../../web/forms.ts';
import {
  awaitSubmission,
  claimSubmission,
  completeSubmission,
  findSubmission,
  releaseSubmission,
} from '../use-cases/one-time-forms.ts';
import { badRequest } from './http.ts';

const formToken = z.uuid();

async function goWhereTheFirstWent(db: Db, req: Request, res: Response, token: string) {
  const first = await awaitSubmission(db, req.user!.organisationId, token);
  if (first.state === 'done') return res.redirect(first.redirectTo);
  res.status(409).render('web/views/message.njk', {
    title: 'This form is still being saved',
    paragraphs: ['It was sent twice. Check the list of cases before logging it again.'],
    link: { href: '/cases', text: 'Go to cases' },
  });
}

/**
 * Runs a creating form once per its hidden `formToken`: a repeat submit goes where the first one
 * went instead of creating a second record. The token is claimed after the form is read and
 * before `create` runs; if `create` returns form errors (or fails) it is released, so the
 * corrected form can be sent. Returns the errors to show, or nothing when it has answered.
 */
export async function submitOnce<V>(
  db: Db,
  req: Request,
  res: Response,
  read: () => Promise<ParseResult<V>>,
  create: (value: V) => Promise<string | FormErrors>,
): Promise<FormErrors | undefined> {
  const parsed = formToken.safeParse(req.body?.formToken);
  if (!parsed.success) return void badRequest(res);
  const token = parsed.data;
  const org = req.user!.organisationId;
  if ((await findSubmission(db, org, token)).state !== 'unused')
    return void (await goWhereTheFirstWent(db, req, res, token));
  const form = await read();
  if (!form.ok) return form.errors;
  if (!(await claimSubmission(db, org, token)))
    return void (await goWhereTheFirstWent(db, req, res, token));
  let result: string | FormErrors;
  try {
    result = await create(form.value);
  } catch (error) {
    await releaseSubmission(db, token);
    throw error;
  }
  if (typeof result !== 'string') {
    await releaseSubmission(db, token);
    return result;
  }
  await completeSubmission(db, token, result);
  res.redirect(result);
}
