import { z } from 'zod';
import {
  allocate,
  appoint,
  recordManagerContact,
  APPOINTMENT_ROLES,
  type AppointmentRole,
} from '../../use-cases/people-and-stages.ts';
import {
  activeServiceAreas,
  activeStaff,
  activeTeams,
  respondingManagers,
} from '../../queries/lookups.ts';
import {
  choice,
  fieldError,
  optionalChoice,
  optionalId,
  optionalText,
  readForm,
} from '../form-input.ts';
import { isChoice, selectItems } from '../items.ts';
import { defineAction } from './action.ts';

export const allocateAction = defineAction({
  slug: 'allocate',
  event: 'allocate',
  title: 'Allocate',
  fields: 'allocate.njk',
  load: async (db, c) => {
    const org = c.record.organisation_id;
    const [teams, areas, managers] = await Promise.all([
      activeTeams(db, org),
      activeServiceAreas(db, org),
      respondingManagers(db, org),
    ]);
    return {
      teamItems: selectItems(teams, 'No team'),
      serviceAreaItems: selectItems(areas, 'No service area'),
      managerItems: selectItems(managers, 'No responding manager'),
    };
  },
  initial: (c) => ({
    teamId: c.record.team_id,
    serviceAreaId: c.record.service_area_id,
    respondingManagerId: c.record.responding_manager_id,
  }),
  read: (body, _c, lists) => {
    const form = readForm(
      body,
      z.object({
        teamId: optionalId('Choose a team from the list'),
        serviceAreaId: optionalId('Choose a service area from the list'),
        respondingManagerId: optionalId('Choose a responding manager from the list'),
      }),
    );
    // The use case checks the team and manager; a service area must be one of this organisation's.
    const area = form.ok ? form.value.serviceAreaId : null;
    if (area && !isChoice(lists.serviceAreaItems, area))
      return {
        ok: false as const,
        errors: fieldError('serviceAreaId', 'Choose a service area from the list'),
      };
    return form;
  },
  run: (db, actor, id, version, v) => allocate(db, actor, id, version, v),
  done: 'The allocation was saved',
});

const CONTACT_METHODS = ['phone', 'meeting', 'video call', 'other'] as const;

export const managerContactAction = defineAction({
  slug: 'manager-contact',
  event: 'record_manager_contact',
  title: 'Record manager contact',
  fields: 'manager-contact.njk',
  dateFields: ['contactedOn'],
  load: async () => ({
    methodItems: CONTACT_METHODS.map((m) => ({
      value: m,
      text: m.charAt(0).toUpperCase() + m.slice(1),
    })),
  }),
  initial: (c) => ({
    contacted:
      c.stage?.manager_contacted == null ? undefined : c.stage.manager_contacted ? 'yes' : 'no',
    method: c.stage?.manager_contact_method ?? undefined,
  }),
  read: (body) =>
    readForm(
      body,
      z.object({
        contacted: choice(
          ['yes', 'no'],
          'Choose whether the manager contacted the complainant before responding',
        ),
        method: optionalChoice(CONTACT_METHODS, 'Choose how they made contact'),
      }),
      { optional: { contactedOn: 'The date of contact' } },
      ['contacted', 'method', 'contactedOn'],
    ),
  run: (db, actor, id, version, v) =>
    recordManagerContact(db, actor, id, version, {
      contacted: v.contacted === 'yes',
      method: v.contacted === 'yes' ? v.method : null,
      contactedOn: v.contacted === 'yes' ? v.contactedOn : null,
    }),
  done: 'The manager contact was recorded',
});

const APPOINTMENT_CODES = Object.keys(APPOINTMENT_ROLES) as [AppointmentRole, ...AppointmentRole[]];

/** Who can be appointed at a stage: an adjudicator at any, investigators from 2, panels at 3. */
function rolesAt(stage: number): AppointmentRole[] {
  return APPOINTMENT_CODES.filter((role) =>
    role.startsWith('panel') ? stage === 3 : role === 'adjudicator' || stage >= 2,
  );
}

export const appointAction = defineAction({
  slug: 'appoint',
  event: 'appoint',
  title: 'Appoint someone to this stage',
  fields: 'appoint.njk',
  button: 'Appoint',
  dateFields: ['appointedOn'],
  offered: (c) => c.stage !== null,
  load: async (db, c) => ({
    roleItems: rolesAt(c.stage?.number ?? 1).map((role) => ({
      value: role,
      text: APPOINTMENT_ROLES[role],
    })),
    userItems: selectItems(await activeStaff(db, c.record.organisation_id), 'Not a Heard user'),
  }),
  read: (body) =>
    readForm(
      body,
      z.object({
        role: choice(APPOINTMENT_CODES, 'Choose the role they are appointed to'),
        userId: optionalId('Choose a person from the list'),
        name: optionalText('The name', 200),
      }),
      { required: { appointedOn: 'The date appointed' } },
      ['role', 'userId', 'name', 'appointedOn'],
    ),
  run: (db, actor, id, version, v) => appoint(db, actor, id, version, v),
  done: 'The appointment was recorded',
});
