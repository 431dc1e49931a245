import { Router, type Request, type Response } from 'express';
import type { Db } from '../../db/connect.ts';
import type { FormErrors } from '../../web/forms.ts';
import { requirePermission } from '../../auth/guards.ts';
import { flash } from '../../auth/session-middleware.ts';
import { mayPerform } from '../access.ts';
import { checkTransition } from '../domain/transitions.ts';
import {
  ConflictError,
  InvalidChangeError,
  RecordNotFoundError,
  TransitionRefusedError,
} from '../errors.ts';
import { loadCaseState, type CaseState } from '../queries/case-state.ts';
import type { CaseAction } from './actions/action.ts';
import { actionForbidden, actorOf, badRequest, caseNotFound, notFound } from './http.ts';
import { fieldError, versionField, type Body } from './form-input.ts';
import { formView } from './form-view.ts';
import { formatDateTime, kindLabel } from './format.ts';

interface FormPage {
  /** What was submitted; when absent, the form's initial values. */
  values?: Body;
  version: number;
  errors?: FormErrors;
  /** The action cannot be taken now: the reason is the error, and the form is not shown. */
  refused?: boolean;
  conflict?: ConflictError['changes'];
  status?: number;
}

/** An error about the whole form rather than one field: shown in the summary, linking nowhere. */
const summaryError = (text: string): FormErrors => ({ list: [{ text, href: '' }], fields: {} });

/** Maps what a use case refused to what the form shows; anything else is a real failure. */
function formErrorsFor(error: unknown, action: CaseAction): FormErrors | undefined {
  if (error instanceof InvalidChangeError)
    return fieldError(error.field, error.message, action.dateFields);
  if (error instanceof TransitionRefusedError) return summaryError(error.message);
  return undefined;
}

function conflictView(changes: ConflictError['changes']) {
  return {
    names: [...new Set(changes.map((change) => change.actor_name))].join(' and '),
    changes: changes.map((change) => ({
      summary: change.summary,
      when: formatDateTime(change.at),
    })),
  };
}

/**
 * GET shows an action's form, POST runs its use case, for every action alike: the record must be
 * visible (404), the role must allow the action (403), then the form is read and the use case's
 * refusals become form errors. Nothing is saved unless the use case succeeds.
 */
export function actionRoutes(db: Db, actions: readonly CaseAction[]): Router {
  const router = Router();

  async function open(req: Request, res: Response, action: CaseAction) {
    const actor = actorOf(req);
    const c = await loadCaseState(db, actor, String(req.params.id));
    if (!c) return void (await caseNotFound(db, req, res));
    if (!mayPerform(actor.role, action.event)) return actionForbidden(res, `/cases/${c.record.id}`);
    return c;
  }

  async function render(res: Response, action: CaseAction, c: CaseState, page: FormPage) {
    const data = await action.load(db, c);
    const values = page.values ?? action.initial(c, data);
    res.status(page.status ?? 200).render('casework/views/action-form.njk', {
      title: action.title,
      action,
      record: c.record,
      kindLabel: kindLabel(c.record.kind),
      stage: c.stage,
      caseHref: `/cases/${c.record.id}`,
      version: page.version,
      refused: page.refused,
      conflict: page.conflict && conflictView(page.conflict),
      ...data,
      ...formView(values, page.errors),
    });
  }

  for (const action of actions) {
    const path = `/cases/:id/${action.slug}`;
    router.get(path, requirePermission(db, 'cases:view'), async (req, res) => {
      const c = await open(req, res, action);
      if (!c) return;
      const refusal = checkTransition(action.event, c.snapshot);
      await render(res, action, c, {
        version: c.record.version,
        ...(refusal ? { errors: summaryError(refusal), refused: true } : {}),
      });
    });

    router.post(path, requirePermission(db, 'cases:view'), async (req, res) => {
      const c = await open(req, res, action);
      if (!c) return;
      const body = (req.body ?? {}) as Body;
      const version = versionField.safeParse(body);
      if (!version.success) return badRequest(res);
      const page = { values: body, version: version.data.version, status: 400 };
      const submitted = await action.submit(body, c, await action.load(db, c));
      if (!submitted.ok) return render(res, action, c, { ...page, errors: submitted.errors });
      try {
        await submitted.value(db, actorOf(req), c.record.id, version.data.version);
      } catch (error) {
        // The use case has logged the refusal already.
        if (error instanceof RecordNotFoundError) return notFound(res);
        if (error instanceof ConflictError) {
          // Shown against the record as it is now, with its new version: nothing was overwritten.
          const latest = await loadCaseState(db, actorOf(req), c.record.id);
          if (!latest) return notFound(res);
          return render(res, action, latest, {
            ...page,
            version: latest.record.version,
            conflict: error.changes,
            status: 409,
          });
        }
        const errors = formErrorsFor(error, action);
        if (!errors) throw error;
        return render(res, action, c, { ...page, errors });
      }
      await flash(db, req, action.done);
      res.redirect(`/cases/${c.record.id}`);
    });
  }
  return router;
}
