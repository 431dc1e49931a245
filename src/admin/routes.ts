import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { requirePermission } from '../auth/guards.ts';
import { flash } from '../auth/session-middleware.ts';
import { roleLabels, roles } from '../auth/roles.ts';
import { parseForm, singleError, type FormErrors } from '../web/forms.ts';
import {
  addUser,
  DuplicateEmailError,
  findUser,
  listUsers,
  resetPassword,
  updateUser,
} from './users.ts';
import {
  addServiceArea,
  DuplicateNameError,
  listServiceAreas,
  listTeams,
  saveTeam,
} from './teams.ts';

const optionalId = z
  .string()
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(z.uuid('Choose a team from the list').nullable());

const userForm = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the full name')
    .max(200, 'Full name must be 200 characters or fewer'),
  role: z.enum(roles, 'Choose a role'),
  teamId: optionalId,
  active: z.literal('yes').optional(),
});
const newUserForm = userForm.extend({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email('Enter an email address in the correct format, like name@example.org')),
});
const teamForm = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the team name')
    .max(200, 'Team name must be 200 characters or fewer'),
  serviceAreaId: optionalId,
  active: z.literal('yes').optional(),
});
const serviceAreaForm = z.object({
  serviceAreaName: z
    .string()
    .trim()
    .min(1, 'Enter the service area name')
    .max(200, 'Service area name must be 200 characters or fewer'),
});

const roleItems = roles.map((role) => ({ value: role, text: roleLabels[role] }));
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function adminRoutes(db: Db): Router {
  const router = Router();
  router.use('/admin', requirePermission(db, 'admin:manage'));

  router.get('/admin', (_req, res) => res.render('admin/views/index.njk', { title: 'Admin' }));

  router.get('/admin/users', async (req, res) => {
    const users = (await listUsers(db, req.user!.organisationId)).map((u) => {
      const locked = u.locked_until !== null && u.locked_until > new Date();
      return {
        ...u,
        roleLabel: roleLabels[u.role as keyof typeof roleLabels] ?? u.role,
        status: !u.active ? 'Inactive' : locked ? 'Locked' : 'Active',
        statusClass: !u.active ? 'govuk-tag--grey' : locked ? 'govuk-tag--red' : 'govuk-tag--green',
      };
    });
    res.render('admin/views/users.njk', { title: 'Users', users });
  });

  async function renderUserForm(
    req: Request,
    res: Response,
    view: {
      values: object;
      errors?: FormErrors;
      editing?: boolean;
      userId?: string;
      locked?: boolean;
      status?: number;
    },
  ) {
    const teams = await listTeams(db, req.user!.organisationId);
    res.status(view.status ?? 200).render('admin/views/user-form.njk', {
      title: view.editing ? 'Change a user' : 'Add a user',
      roleItems,
      teamItems: [
        { value: '', text: 'No team' },
        ...teams.map((t) => ({ value: t.id, text: t.name })),
      ],
      ...view,
    });
  }

  router.get('/admin/users/new', (req, res) => renderUserForm(req, res, { values: {} }));

  router.post('/admin/users/new', async (req, res) => {
    const parsed = parseForm(newUserForm, req.body);
    if (!parsed.ok)
      return renderUserForm(req, res, {
        values: req.body ?? {},
        errors: parsed.errors,
        status: 400,
      });
    try {
      const { password } = await addUser(db, {
        ...parsed.value,
        organisationId: req.user!.organisationId,
      });
      await flash(
        db,
        req,
        `${parsed.value.name} was added. Their password is ${password} – give it to them securely; it will not be shown again.`,
      );
      res.redirect('/admin/users');
    } catch (error) {
      if (!(error instanceof DuplicateEmailError)) throw error;
      return renderUserForm(req, res, {
        values: req.body,
        errors: singleError('email', error.message),
        status: 400,
      });
    }
  });

  router.get('/admin/users/:id', async (req, res) => {
    const user = z.uuid().safeParse(req.params.id).success
      ? await findUser(db, req.user!.organisationId, req.params.id)
      : undefined;
    if (!user)
      return res.status(404).render('web/views/not-found.njk', { title: 'Page not found' });
    return renderUserForm(req, res, {
      editing: true,
      userId: user.id,
      locked: user.locked_until !== null && user.locked_until > new Date(),
      values: { name: user.name, role: user.role, teamId: user.team_id, active: user.active },
    });
  });

  router.post('/admin/users/:id', async (req, res) => {
    const parsed = parseForm(userForm, req.body);
    if (!parsed.ok) {
      return renderUserForm(req, res, {
        editing: true,
        userId: req.params.id,
        values: { ...req.body, active: req.body?.active === 'yes' },
        errors: parsed.errors,
        status: 400,
      });
    }
    if (
      req.params.id === req.user!.id &&
      (parsed.value.role !== 'administrator' || !parsed.value.active)
    ) {
      return renderUserForm(req, res, {
        editing: true,
        userId: req.params.id,
        status: 400,
        values: { ...req.body, active: req.body?.active === 'yes' },
        errors: singleError(
          'role',
          'You cannot remove your own administrator access; ask another administrator',
        ),
      });
    }
    const found = await updateUser(db, req.user!.organisationId, req.params.id, {
      ...parsed.value,
      active: parsed.value.active === 'yes',
    });
    if (!found)
      return res.status(404).render('web/views/not-found.njk', { title: 'Page not found' });
    await flash(db, req, `${parsed.value.name} was updated.`);
    res.redirect('/admin/users');
  });

  router.post('/admin/users/:id/reset-password', async (req, res) => {
    const password = z.uuid().safeParse(req.params.id).success
      ? await resetPassword(db, req.user!.organisationId, req.params.id)
      : undefined;
    if (!password)
      return res.status(404).render('web/views/not-found.njk', { title: 'Page not found' });
    await flash(
      db,
      req,
      `The password was reset and the account unlocked. The new password is ${password} – give it to them securely; it will not be shown again.`,
    );
    res.redirect('/admin/users');
  });

  async function renderTeams(
    req: Request,
    res: Response,
    values: object = {},
    errors?: FormErrors,
    status = 200,
  ) {
    const organisationId = req.user!.organisationId;
    const [teams, serviceAreas] = await Promise.all([
      listTeams(db, organisationId),
      listServiceAreas(db, organisationId),
    ]);
    res.status(status).render('admin/views/teams.njk', {
      title: 'Teams and service areas',
      teams,
      serviceAreas,
      values,
      errors,
      serviceAreaItems: [
        { value: '', text: 'None' },
        ...serviceAreas.map((a) => ({ value: a.id, text: a.name })),
      ],
    });
  }

  router.get('/admin/teams', (req, res) => renderTeams(req, res));

  router.post('/admin/teams', async (req, res) => {
    const parsed = parseForm(teamForm, req.body);
    if (!parsed.ok) return renderTeams(req, res, req.body, parsed.errors, 400);
    try {
      await saveTeam(db, req.user!.organisationId, { ...parsed.value, active: true });
    } catch (error) {
      if (!(error instanceof DuplicateNameError)) throw error;
      return renderTeams(req, res, req.body, singleError('name', error.message), 400);
    }
    await flash(db, req, `${parsed.value.name} was added.`);
    res.redirect('/admin/teams');
  });

  router.post('/admin/service-areas', async (req, res) => {
    const parsed = parseForm(serviceAreaForm, req.body);
    if (!parsed.ok) return renderTeams(req, res, req.body, parsed.errors, 400);
    try {
      await addServiceArea(db, req.user!.organisationId, parsed.value.serviceAreaName);
    } catch (error) {
      if (!(error instanceof DuplicateNameError)) throw error;
      return renderTeams(req, res, req.body, singleError('serviceAreaName', error.message), 400);
    }
    await flash(db, req, `${parsed.value.serviceAreaName} was added.`);
    res.redirect('/admin/teams');
  });

  async function renderTeamForm(
    req: Request,
    res: Response,
    values: object,
    errors?: FormErrors,
    status = 200,
  ) {
    const serviceAreas = await listServiceAreas(db, req.user!.organisationId);
    res.status(status).render('admin/views/team-form.njk', {
      title: 'Change a team',
      values,
      errors,
      serviceAreaItems: [
        { value: '', text: 'None' },
        ...serviceAreas.map((a) => ({ value: a.id, text: a.name })),
      ],
    });
  }

  router.get('/admin/teams/:id', async (req, res) => {
    const team = (await listTeams(db, req.user!.organisationId)).find(
      (t) => t.id === req.params.id,
    );
    if (!team)
      return res.status(404).render('web/views/not-found.njk', { title: 'Page not found' });
    return renderTeamForm(req, res, {
      name: team.name,
      serviceAreaId: team.service_area_id,
      active: team.active,
    });
  });

  router.post('/admin/teams/:id', async (req, res) => {
    const team = (await listTeams(db, req.user!.organisationId)).find(
      (t) => t.id === req.params.id,
    );
    if (!team)
      return res.status(404).render('web/views/not-found.njk', { title: 'Page not found' });
    const parsed = parseForm(teamForm, req.body);
    const values = { ...req.body, active: str(req.body?.active) === 'yes' };
    if (!parsed.ok) return renderTeamForm(req, res, values, parsed.errors, 400);
    try {
      await saveTeam(db, req.user!.organisationId, {
        id: team.id,
        ...parsed.value,
        active: parsed.value.active === 'yes',
      });
    } catch (error) {
      if (!(error instanceof DuplicateNameError)) throw error;
      return renderTeamForm(req, res, values, singleError('name', error.message), 400);
    }
    await flash(db, req, `${parsed.value.name} was updated.`);
    res.redirect('/admin/teams');
  });

  return router;
}
