import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import type { FormErrors, ParseResult } from '../../web/forms.ts';
import { requirePermission } from '../../auth/guards.ts';
import { flash } from '../../auth/session-middleware.ts';
import { InvalidChangeError } from '../errors.ts';
import { logRecord, type LogRecordInput } from '../use-cases/log-record.ts';
import { findVisibleByReference } from '../queries/case-state.ts';
import { activeTeams } from '../queries/lookups.ts';
import { actorOf } from './http.ts';
import {
  fieldError,
  optionalId,
  optionalText,
  readForm,
  requiredText,
  type Body,
} from './form-input.ts';
import { formView } from './form-view.ts';
import { isChoice, selectItems } from './items.ts';
import { submitOnce } from './once.ts';
import {
  advocateOf,
  complainantOf,
  both,
  readChildren,
  recordFieldChoices,
  recordFieldOrder,
  recordFieldsSchema,
} from './record-fields.ts';

const DATE_FIELDS = ['receivedOn', 'dueOn'];

interface LogForm {
  path: string;
  view: string;
  title: string;
  kindWords: string;
  load: (db: Db, organisationId: string) => Promise<object>;
  read: (db: Db, req: Request, data: object) => Promise<ParseResult<LogRecordInput>>;
}

const hasAny = (person: object) => Object.values(person).some((v) => v !== null && v !== undefined);

const complaintForm: LogForm = {
  path: '/cases/new',
  view: 'casework/views/log-complaint.njk',
  title: 'Log a complaint',
  kindWords: 'Complaint',
  load: async (db, org) => ({
    ...(await recordFieldChoices(db, org)),
    teamItems: selectItems(await activeTeams(db, org), 'Not known yet'),
    childRows: [{ index: 0, id: null, legend: 'Child (optional)' }],
  }),
  read: async (_db, req, data) => readComplaint(req.body as Body, data as ComplaintChoices),
};

type ComplaintChoices = { themeItems: { value: string }[]; teamItems: { value: string }[] };

function readComplaint(body: Body, choices: ComplaintChoices): ParseResult<LogRecordInput> {
  const fields = readForm(
    body,
    recordFieldsSchema.extend({ teamId: optionalId('Choose a team from the list') }),
    { required: { receivedOn: 'The date received' } },
    recordFieldOrder,
  );
  const read = both(fields, readChildren(body));
  if (!read.ok) return read;
  const [v, children] = read.value;
  // Ids from the form must be this organisation's own choices.
  if (v.teamId && !isChoice(choices.teamItems, v.teamId))
    return { ok: false, errors: fieldError('teamId', 'Choose a team from the list') };
  if (v.themes.some((id) => !isChoice(choices.themeItems, id)))
    return { ok: false, errors: fieldError('themes', 'Choose themes from the list') };
  const complainant = complainantOf(v);
  return {
    ok: true,
    value: {
      kind: 'complaint',
      receivedOn: v.receivedOn,
      channel: v.channel,
      summary: v.summary,
      desiredOutcome: v.desiredOutcome,
      complainant: hasAny(complainant) ? complainant : null,
      children,
      teamId: v.teamId,
      themeIds: v.themes,
      advocate: advocateOf(v),
      restricted: v.restricted,
    },
  };
}

const ombudsmanForm: LogForm = {
  path: '/cases/new/ombudsman',
  view: 'casework/views/log-ombudsman.njk',
  title: 'Log an Ombudsman case',
  kindWords: 'Ombudsman case',
  load: async () => ({}),
  read: async (db, req) => {
    const form = readForm(
      req.body,
      z.object({
        ombudsmanReference: requiredText('Enter the Ombudsman’s reference', 'The reference', 50),
        relatedReference: optionalText('The reference', 50),
        summary: optionalText('What it is about', 20000),
      }),
      { required: { receivedOn: 'The date received', dueOn: 'The response due date' } },
      recordFieldOrder,
    );
    if (!form.ok) return form;
    const v = form.value;
    if (v.dueOn < v.receivedOn)
      return {
        ok: false,
        errors: fieldError(
          'dueOn',
          'The response due date must be on or after the date received',
          DATE_FIELDS,
        ),
      };
    let relatedRecordId: string | null = null;
    if (v.relatedReference) {
      const related = await findVisibleByReference(db, actorOf(req), v.relatedReference);
      if (!related)
        return {
          ok: false,
          errors: fieldError(
            'relatedReference',
            `There is no record with the reference ${v.relatedReference}`,
          ),
        };
      relatedRecordId = related.id;
    }
    return {
      ok: true,
      value: {
        kind: 'ombudsman',
        receivedOn: v.receivedOn,
        ombudsmanReference: v.ombudsmanReference,
        dueOn: v.dueOn,
        relatedRecordId,
        summary: v.summary,
      },
    };
  },
};

export function logRoutes(db: Db): Router {
  const router = Router();
  const guard = requirePermission(db, 'cases:manage');

  for (const form of [complaintForm, ombudsmanForm]) {
    const render = async (req: Request, res: Response, values: Body, errors?: FormErrors) => {
      const data = await form.load(db, req.user!.organisationId);
      res.status(errors ? 400 : 200).render(form.view, {
        title: form.title,
        ...data,
        ...formView(values, errors),
      });
    };

    router.get(form.path, guard, (req, res) => render(req, res, { formToken: randomUUID() }));

    router.post(form.path, guard, async (req, res) => {
      const actor = actorOf(req);
      const body = (req.body ?? {}) as Body;
      const data = await form.load(db, actor.organisationId);
      const errors = await submitOnce(
        db,
        req,
        res,
        () => form.read(db, req, data),
        async (value) => {
          try {
            const { id, reference } = await logRecord(db, actor, actor.organisationId, value);
            await flash(db, req, `${form.kindWords} ${reference} logged`);
            return `/cases/${id}`;
          } catch (error) {
            if (error instanceof InvalidChangeError)
              return fieldError(error.field, error.message, DATE_FIELDS);
            throw error;
          }
        },
      );
      if (errors) await render(req, res, body, errors);
    });
  }
  return router;
}
