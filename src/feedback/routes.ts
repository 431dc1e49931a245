import { randomInt } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { Db } from '../db/connect.ts';
import { singleError, type FormErrors } from '../web/forms.ts';
import { deliverMessage } from '../notify/outbox.ts';
import { REFERENCE_PREFIXES } from '../casework/references.ts';
import { todayInLondon } from '../casework/clock.ts';
import type { Answers, FeedbackKind } from './answers.ts';
import {
  applicableSteps,
  backPath,
  checkPath,
  firstIncomplete,
  missingBefore,
  nextPath,
  pathOf,
  type Journey,
} from './journey.ts';
import type { Step } from './steps.ts';
import { generalJourney } from './general-journey.ts';
import { youngPeopleJourney } from './young-people-journey.ts';
import { layoutLocals, loadPublicSite, type PublicSite } from './public-site.ts';
import { discardDraft, findDraft, saveAnswers, startDraft, type Draft } from './drafts.ts';
import {
  addAttachment,
  draftAttachments,
  formatSize,
  MAX_FILES,
  removeAttachment,
} from './attachments.ts';
import { submitFeedback } from './submit.ts';
import { countSubmission, tooManySubmissions } from './rate-limit.ts';

/** How long the confirmation page waits for Notify before showing; sending carries on after. */
const DELIVERY_WAIT_MS = 5000;
/** Filled in only by robots: the field is hidden from sight and labelled "Leave this empty". */
const HONEYPOT = 'website';

const confirmationPath = (journey: Journey) => pathOf(journey, 'confirmation');

export function feedbackRoutes(db: Db): Router {
  const router = Router();
  for (const journey of [youngPeopleJourney, generalJourney]) mountJourney(router, db, journey);
  return router;
}

function mountJourney(router: Router, db: Db, journey: Journey): void {
  function render(
    res: Response,
    site: PublicSite,
    view: string,
    params: Record<string, unknown>,
    status = 200,
  ) {
    res.status(status).render(`feedback/views/${view}.njk`, {
      site: layoutLocals(site, journey),
      continueText: journey.continueText,
      ...params,
    });
  }

  /** The draft being filled in on this journey; a sent one is finished with. */
  async function openDraft(req: Request): Promise<Draft | null> {
    const draft = await findDraft(db, req);
    return draft && draft.journey === journey.id && !draft.recordId ? draft : null;
  }

  async function renderStep(
    res: Response,
    site: PublicSite,
    step: Step,
    answers: Answers,
    view: {
      values: Record<string, unknown>;
      changing: boolean;
      draftId: string | null;
      errors?: FormErrors;
      status?: number;
    },
  ) {
    const page = step.page(answers, site.context);
    const files =
      page.template === 'attachments' && view.draftId
        ? (await draftAttachments(db, view.draftId)).map((f) => ({
            ...f,
            size: formatSize(f.size_bytes),
          }))
        : [];
    render(
      res,
      site,
      'question',
      {
        title: page.title,
        page,
        values: view.values,
        errors: view.errors ?? { list: [], fields: {} },
        changing: view.changing,
        action: pathOf(journey, step.slug),
        backHref: backPath(journey, step, answers, site.context, view.changing),
        files,
        maxFiles: MAX_FILES,
        canAddFile: files.length < MAX_FILES,
      },
      view.status,
    );
  }

  async function saveStep(req: Request, res: Response, step: Step) {
    const site = await loadPublicSite(db);
    const existing = await openDraft(req);
    const answers = existing?.answers ?? {};
    const changing = req.query.change === '1';
    const result = step.read(req.body ?? {}, answers, site.context);
    if (!result.ok)
      return renderStep(res, site, step, answers, {
        values: req.body ?? {},
        changing,
        draftId: existing?.id ?? null,
        errors: result.errors,
        status: 400,
      });
    const draft = existing ?? (await startDraft(db, req, res, site.organisation.id, journey.id));
    const updated = { ...answers, ...result.value };
    await saveAnswers(db, draft.id, updated);
    res.redirect(nextPath(journey, step, updated, site.context, changing));
  }

  router.get(journey.base, async (_req, res) => {
    const site = await loadPublicSite(db);
    const start = journey.start(site.context);
    render(res, site, 'start', {
      title: start.title,
      start,
      startHref: pathOf(journey, journey.steps[0]!.slug),
      youngPeopleHref: journey === generalJourney ? youngPeopleJourney.base : null,
    });
  });

  for (const step of journey.steps) {
    const path = pathOf(journey, step.slug);
    router.get(path, async (req, res) => {
      const site = await loadPublicSite(db);
      const draft = await openDraft(req);
      const answers = draft?.answers ?? {};
      if (!step.applies(answers, site.context)) {
        const missing = firstIncomplete(journey, answers, site.context);
        return res.redirect(missing ? pathOf(journey, missing.slug) : checkPath(journey));
      }
      const missing = missingBefore(journey, step, answers, site.context);
      if (missing) return res.redirect(missing);
      await renderStep(res, site, step, answers, {
        values: step.values(answers),
        changing: req.query.change === '1',
        draftId: draft?.id ?? null,
      });
    });

    if (step.template !== 'attachments') {
      router.post(path, (req, res) => saveStep(req, res, step));
      continue;
    }
    // The file page has three forms: upload (multipart, read by uploadForms), remove, continue.
    router.post(`${path}/continue`, (req, res) => saveStep(req, res, step));
    router.post(path, async (req, res) => {
      const site = await loadPublicSite(db);
      const draft = await openDraft(req);
      if (!draft) return res.redirect(journey.base);
      const changing = req.body?.change === '1';
      const added = await addAttachment(db, draft, req.uploadedFiles?.[0]);
      if (!added.ok)
        return renderStep(res, site, step, draft.answers, {
          values: {},
          changing,
          draftId: draft.id,
          errors: singleError('file', added.error),
          status: 400,
        });
      res.redirect(`${path}${changing ? '?change=1' : ''}`);
    });
    router.post(`${path}/remove`, async (req, res) => {
      const draft = await openDraft(req);
      if (draft && typeof req.body?.id === 'string')
        await removeAttachment(db, draft.id, req.body.id);
      res.redirect(`${path}${req.body?.change === '1' ? '?change=1' : ''}`);
    });
  }

  router.get(checkPath(journey), async (req, res) => {
    const site = await loadPublicSite(db);
    const draft = await findDraft(db, req);
    if (!draft || draft.journey !== journey.id) return res.redirect(journey.base);
    if (draft.recordId) return res.redirect(confirmationPath(journey));
    const missing = firstIncomplete(journey, draft.answers, site.context);
    if (missing) return res.redirect(pathOf(journey, missing.slug));
    const rows = applicableSteps(journey, draft.answers, site.context).flatMap((step) =>
      step.summary(draft.answers, site.context).map((row) => ({
        key: row.key,
        lines: (Array.isArray(row.value) ? row.value : [row.value]).flatMap((v) =>
          v.split(/\r?\n/),
        ),
        href: `${pathOf(journey, step.slug)}?change=1`,
      })),
    );
    const files = applicableSteps(journey, draft.answers, site.context).some(
      (s) => s.template === 'attachments',
    )
      ? await draftAttachments(db, draft.id)
      : null;
    render(res, site, 'check', {
      title: journey.check.title,
      check: journey.check,
      rows,
      files: files?.map((f) => f.file_name),
      filesHref: `${pathOf(journey, 'attachments')}?change=1`,
      backHref: backPath(journey, 'check', draft.answers, site.context, false),
      honeypot: HONEYPOT,
    });
  });

  router.post(checkPath(journey), async (req, res) => {
    const draft = await findDraft(db, req);
    if (!draft || draft.journey !== journey.id) return res.redirect(journey.base);
    if (draft.recordId) return res.redirect(confirmationPath(journey));
    const site = await loadPublicSite(db);
    const ip = req.ip ?? 'unknown';
    if (await tooManySubmissions(db, ip)) {
      return render(
        res,
        site,
        'too-many',
        { title: 'You have sent too many forms', phone: site.organisation.public.phone },
        429,
      );
    }
    const kind = draft.answers.kind ?? 'complaint';
    const honeypot = req.body?.[HONEYPOT];
    if (typeof honeypot === 'string' && honeypot.trim() !== '') {
      // Looks sent, so a robot learns nothing; nothing is kept but the count against its address.
      await countSubmission(db, ip);
      await discardDraft(db, res, draft.id);
      return renderConfirmation(res, site, kind, pretendReference(kind));
    }
    const result = await submitFeedback(db, draft.id, journey, site.context, ip);
    if (result.status === 'incomplete') return res.redirect(result.path);
    if (result.status === 'no_draft') return res.redirect(journey.base);
    if (result.status === 'sent' && result.messageId) {
      const delivery = deliverMessage(db, result.messageId).catch((error: unknown) =>
        console.error('Sending the acknowledgement failed', error),
      );
      await Promise.race([
        delivery,
        new Promise((resolve) => setTimeout(resolve, DELIVERY_WAIT_MS)),
      ]);
    }
    res.redirect(confirmationPath(journey));
  });

  function renderConfirmation(
    res: Response,
    site: PublicSite,
    kind: FeedbackKind,
    reference: string,
  ) {
    const confirmation = journey.confirmation(kind, reference, site.context);
    render(res, site, 'confirmation', {
      title: confirmation.title,
      confirmation,
      reference,
    });
  }

  router.get(confirmationPath(journey), async (req, res) => {
    const draft = await findDraft(db, req);
    if (!draft || draft.journey !== journey.id || !draft.reference)
      return res.redirect(journey.base);
    const site = await loadPublicSite(db);
    renderConfirmation(res, site, draft.answers.kind ?? 'complaint', draft.reference);
  });
}

function pretendReference(kind: FeedbackKind): string {
  const year = todayInLondon().slice(0, 4);
  return `${REFERENCE_PREFIXES[kind]}-${year}-${String(randomInt(1, 10000)).padStart(4, '0')}`;
}
