import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { requirePermission } from '../../auth/guards.ts';
import { flash } from '../../auth/session-middleware.ts';
import { formErrors, parseForm, singleError, type FormErrors } from '../../web/forms.ts';
import { dateInputItems, readDateInput } from '../../web/date-input.ts';
import { loadOrganisationRules } from '../../casework/organisation-rules.ts';
import { InvalidChangeError } from '../../casework/errors.ts';
import { timescaleRows } from '../../procedures/timescale-rows.ts';
import { NATIONS } from '../bank-holidays.ts';
import { isValidIsoDate } from '../dates.ts';
import { addClosureDay, listClosureDays, removeClosureDay, setNation } from '../closure-days.ts';

const nationLabels = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
} as const;
const nationForm = z.object({ nation: z.enum(NATIONS, 'Choose whose bank holidays to follow') });
const closureForm = z.object({
  description: z
    .string()
    .trim()
    .min(1, 'Enter a description, such as Christmas Eve closure')
    .max(200, 'Description must be 200 characters or fewer'),
});

export function calendarRoutes(db: Db): Router {
  const router = Router();
  router.use('/admin/calendar', requirePermission(db, 'admin:manage'));

  async function render(
    req: Request,
    res: Response,
    view: { values?: Record<string, unknown>; errors?: FormErrors; status?: number } = {},
  ) {
    const organisationId = req.user!.organisationId;
    const [rules, closureDays] = await Promise.all([
      loadOrganisationRules(db, organisationId),
      listClosureDays(db, organisationId),
    ]);
    res.status(view.status ?? 200).render('calendar/views/calendar.njk', {
      title: 'Working days and timescales',
      nation: rules.nation,
      nationItems: NATIONS.map((n) => ({ value: n, text: nationLabels[n] })),
      closureDays,
      timescales: timescaleRows(rules.procedures),
      values: view.values ?? {},
      errors: view.errors,
      dayItems: dateInputItems(view.values, 'day', null, Boolean(view.errors?.fields.day)),
    });
  }

  router.get('/admin/calendar', (req, res) => render(req, res));

  router.post('/admin/calendar/nation', async (req, res) => {
    const parsed = parseForm(nationForm, req.body);
    if (!parsed.ok) return render(req, res, { errors: parsed.errors, status: 400 });
    await setNation(db, req.user!.organisationId, parsed.value.nation);
    await flash(
      db,
      req,
      `Working days now follow the bank holidays of ${nationLabels[parsed.value.nation]}.`,
    );
    res.redirect('/admin/calendar');
  });

  router.post('/admin/calendar/closure-days', async (req, res) => {
    const day = readDateInput(req.body, 'day', 'The closure day', { required: true });
    const parsed = parseForm(closureForm, req.body);
    const issues = [
      ...(day.ok ? [] : [{ path: ['day'], message: day.message }]),
      ...(parsed.ok
        ? []
        : parsed.errors.list.map((e) => ({ path: [e.href.slice(1)], message: e.text }))),
    ];
    if (issues.length || !day.ok || !parsed.ok)
      return render(req, res, { values: req.body, errors: formErrors(issues), status: 400 });
    try {
      await addClosureDay(db, req.user!.organisationId, day.value!, parsed.value.description);
    } catch (error) {
      if (!(error instanceof InvalidChangeError)) throw error;
      return render(req, res, {
        values: req.body,
        errors: singleError(error.field, error.message),
        status: 400,
      });
    }
    await flash(db, req, `${day.value} was added as a closure day.`);
    res.redirect('/admin/calendar');
  });

  router.post('/admin/calendar/closure-days/:day/remove', async (req, res) => {
    if (!isValidIsoDate(req.params.day))
      return res.status(404).render('web/views/not-found.njk', { title: 'Page not found' });
    await removeClosureDay(db, req.user!.organisationId, req.params.day);
    await flash(db, req, `${req.params.day} is no longer a closure day.`);
    res.redirect('/admin/calendar');
  });

  return router;
}
