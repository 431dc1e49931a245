import type { Request, Response, Router } from 'express';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../casework/access.ts';
import { requirePermission } from '../../auth/guards.ts';
import { flash } from '../../auth/session-middleware.ts';
import type { Permission } from '../../auth/roles.ts';
import {
  ConflictError,
  InvalidChangeError,
  RecordNotFoundError,
  TransitionRefusedError,
} from '../../casework/errors.ts';
import { singleError, type FormErrors, type ParseResult } from '../../web/forms.ts';
import { dateInputItems } from '../../web/date-input.ts';
import { formatDateTime } from '../format.ts';
import { loadRecord, type LoadedRecord } from '../queries/record-page.ts';
import { afterCaseworkHref } from '../paths.ts';

export function actorOf(req: Request): Actor {
  const { id, name, organisationId, role, teamId } = req.user!;
  return { id, name, organisationId, role, teamId };
}

export function notFound(res: Response): void {
  res.status(404).render('web/views/not-found.njk', { title: 'Page not found' });
}

export interface Failure {
  status: number;
  errors: FormErrors;
  conflict?: { actor: string; at: string; summary: string }[];
}

/**
 * What a refused use case means for the person: a field to fix, a rule that stops the action, or
 * someone else's change to look at first. Anything else is a fault and goes to the error page.
 */
export function failureOf(error: unknown, firstField: string): Failure {
  if (error instanceof InvalidChangeError)
    return { status: 400, errors: singleError(error.field, error.message) };
  if (error instanceof TransitionRefusedError)
    return { status: 400, errors: singleError(firstField, error.message) };
  if (error instanceof ConflictError)
    return {
      status: 409,
      errors: singleError(
        firstField,
        'Someone else changed this record after you opened it. Nothing was saved: check their changes, then try again',
      ),
      conflict: error.changes.map((c) => ({
        actor: c.actor_name,
        at: formatDateTime(new Date(c.at)),
        summary: c.summary,
      })),
    };
  throw error;
}

export interface ActionPage<V> {
  /** Express path with `:id`, the record. */
  path: string;
  view: string;
  title: string;
  button: string;
  permission: Permission;
  /** The record kinds the page is for; any other kind is not found. */
  kinds: readonly string[];
  /** The field an error not tied to a field points at. */
  firstField: string;
  /** Date inputs on the page, with the ISO date each starts at. */
  dates?: (loaded: LoadedRecord, req: Request) => Record<string, string | null>;
  /** Starting values of the other fields. */
  defaults?: (loaded: LoadedRecord, req: Request) => Record<string, unknown>;
  /** Choices and other things the view needs. */
  locals?: (loaded: LoadedRecord, req: Request) => Promise<Record<string, unknown>>;
  parse: (req: Request) => ParseResult<V>;
  run: (
    actor: Actor,
    loaded: LoadedRecord,
    version: number | undefined,
    value: V,
    req: Request,
  ) => Promise<unknown>;
  done: (loaded: LoadedRecord, value: V) => { flash: string; redirect: string };
}

function versionOf(req: Request): number | undefined {
  const n = Number(req.body?.version);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * A form page that changes one record through one use case: GET shows it; POST parses, runs the
 * use case, then redirects with a message, or shows the page again with the errors and what was
 * typed (400), or with the other person's changes when the record moved on (409).
 */
export function actionRoutes<V>(router: Router, db: Db, page: ActionPage<V>): void {
  const load = async (req: Request, res: Response) => {
    const loaded = await loadRecord(db, actorOf(req), String(req.params.id));
    if (!loaded || !page.kinds.includes(loaded.record.kind)) {
      notFound(res);
      return undefined;
    }
    return loaded;
  };

  const render = async (req: Request, res: Response, loaded: LoadedRecord, failure?: Failure) => {
    let locals: Record<string, unknown> | undefined;
    try {
      locals = await page.locals?.(loaded, req);
    } catch (error) {
      // A part of the record the page is about (a remedy) that is not there.
      if (!(error instanceof RecordNotFoundError)) throw error;
      return notFound(res);
    }
    const body = failure ? (req.body as Record<string, unknown>) : undefined;
    const dates = Object.fromEntries(
      Object.entries(page.dates?.(loaded, req) ?? {}).map(([name, iso]) => [
        name,
        dateInputItems(body, name, iso, Boolean(failure?.errors.fields[name])),
      ]),
    );
    res.status(failure?.status ?? 200).render(page.view, {
      title: page.title,
      buttonText: page.button,
      backHref: afterCaseworkHref(loaded.record.kind, loaded.record.id),
      record: loaded.record,
      loaded,
      values: body ?? page.defaults?.(loaded, req) ?? {},
      dates,
      version: failure?.conflict
        ? loaded.record.version
        : (versionOf(req) ?? loaded.record.version),
      errors: failure?.errors ?? { list: [], fields: {} },
      conflict: failure?.conflict ?? null,
      ...locals,
    });
  };

  router.get(page.path, requirePermission(db, page.permission), async (req, res) => {
    const loaded = await load(req, res);
    if (loaded) await render(req, res, loaded);
  });

  router.post(page.path, requirePermission(db, page.permission), async (req, res) => {
    const loaded = await load(req, res);
    if (!loaded) return;
    const parsed = page.parse(req);
    if (!parsed.ok) return render(req, res, loaded, { status: 400, errors: parsed.errors });
    try {
      await page.run(actorOf(req), loaded, versionOf(req), parsed.value, req);
    } catch (error) {
      if (error instanceof RecordNotFoundError) return notFound(res);
      const failure = failureOf(error, page.firstField);
      const fresh = failure.conflict
        ? ((await loadRecord(db, actorOf(req), loaded.record.id)) ?? loaded)
        : loaded;
      return render(req, res, fresh, failure);
    }
    const { flash: message, redirect } = page.done(loaded, parsed.value);
    await flash(db, req, message);
    res.redirect(redirect);
  });
}
