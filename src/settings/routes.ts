import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { requirePermission } from '../auth/guards.ts';
import { flash } from '../auth/session-middleware.ts';
import { parseForm, type FormErrors } from '../web/forms.ts';
import {
  isPhoneNumber,
  optionalText,
  PHONE_EXAMPLE,
  requiredText,
  webLink,
} from '../feedback/contact-validation.ts';
import { loadPublicOrganisation, savePublicSettings } from './public-settings.ts';

const settingsForm = z.object({
  name: requiredText(
    200,
    'Enter the organisation’s name',
    'The name must be 200 characters or fewer',
  ),
  logoText: optionalText(100, 'The header text must be 100 characters or fewer'),
  phone: optionalText(30, `Enter a phone number, ${PHONE_EXAMPLE}`).refine(
    (v) => v === null || isPhoneNumber(v),
    `Enter a phone number, ${PHONE_EXAMPLE}`,
  ),
  address: optionalText(500, 'The address must be 500 characters or fewer'),
  advocacyProvider: requiredText(
    100,
    'Enter the advocacy provider’s name',
    'The provider’s name must be 100 characters or fewer',
  ),
  advocacyContact: optionalText(200, 'The contact details must be 200 characters or fewer'),
  privacyUrl: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(
      webLink(
        'Enter a link in the correct format, like https://www.example.gov.uk/privacy',
      ).nullable(),
    ),
});

/** The organisation's details that the public pages show. */
export function settingsRoutes(db: Db): Router {
  const router = Router();
  router.use('/admin/settings', requirePermission(db, 'admin:manage'));

  function render(
    res: Response,
    values: Record<string, unknown>,
    errors: FormErrors = { list: [], fields: {} },
    status = 200,
  ) {
    res.status(status).render('settings/views/settings.njk', {
      title: 'Public pages',
      values,
      errors,
    });
  }

  router.get('/admin/settings', async (req: Request, res) => {
    const organisation = await loadPublicOrganisation(db, req.user!.organisationId);
    render(res, { ...organisation.public, name: organisation.name });
  });

  router.post('/admin/settings', async (req, res) => {
    const parsed = parseForm(settingsForm, req.body);
    if (!parsed.ok) return render(res, req.body ?? {}, parsed.errors, 400);
    const { name, ...settings } = parsed.value;
    await savePublicSettings(db, req.user!.organisationId, name, settings);
    await flash(db, req, 'The public pages’ settings were saved');
    res.redirect('/admin/settings');
  });
  return router;
}
