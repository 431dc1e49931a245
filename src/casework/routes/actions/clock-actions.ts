import { z } from 'zod';
import { loadOrganisationRules } from '../../organisation-rules.ts';
import { acknowledge, extend, resume, suspend } from '../../use-cases/stage-clock.ts';
import { readForm, requiredText } from '../form-input.ts';
import { formatDate } from '../format.ts';
import { defineAction } from './action.ts';

export const acknowledgeAction = defineAction({
  slug: 'acknowledge',
  event: 'acknowledge',
  title: 'Record acknowledgement',
  fields: 'acknowledge.njk',
  dateFields: ['acknowledgedOn'],
  read: (body) =>
    readForm(body, z.object({}), { required: { acknowledgedOn: 'The acknowledgement date' } }),
  run: (db, actor, id, version, v) => acknowledge(db, actor, id, version, v),
  done: 'The acknowledgement was recorded',
});

export const extendAction = defineAction({
  slug: 'extend',
  event: 'extend',
  title: 'Extend the time to respond',
  fields: 'extend.njk',
  dateFields: ['newDueOn', 'toldOn'],
  offered: (c) => c.stage?.maximum_days != null,
  // The hint tells the officer the latest date allowed before they choose one.
  load: async (db, c) => {
    const s = c.stage;
    if (!s?.clock_start_on || s.maximum_days === null) return { dueHint: '' };
    const rules = await loadOrganisationRules(db, c.record.organisation_id);
    const latest = rules.calendar.addWorkingDays(s.clock_start_on, s.maximum_days);
    return {
      dueHint: `It is due on ${formatDate(s.due_on)}. The latest it can be extended to is ${formatDate(latest)}, ${s.maximum_days} working days from the start of the clock.`,
    };
  },
  read: (body) =>
    readForm(
      body,
      z.object({ reason: requiredText('Enter the reason for the extension', 'The reason') }),
      {
        required: {
          newDueOn: 'The new due date',
          toldOn: 'The date the complainant was told',
        },
      },
      ['newDueOn', 'reason', 'toldOn'],
    ),
  run: (db, actor, id, version, v) => extend(db, actor, id, version, v),
  done: 'The extension was recorded',
});

export const suspendAction = defineAction({
  slug: 'suspend',
  event: 'suspend',
  title: 'Suspend the clock',
  fields: 'suspend.njk',
  dateFields: ['fromOn'],
  read: (body) =>
    readForm(
      body,
      z.object({ reason: requiredText('Enter the reason for suspending the clock', 'The reason') }),
      { required: { fromOn: 'The date the clock stops' } },
    ),
  run: (db, actor, id, version, v) => suspend(db, actor, id, version, v),
  done: 'The clock was suspended',
});

export const resumeAction = defineAction({
  slug: 'resume',
  event: 'resume',
  title: 'Resume the clock',
  fields: 'resume.njk',
  dateFields: ['toOn'],
  read: (body) =>
    readForm(body, z.object({}), { required: { toOn: 'The last day of the suspension' } }),
  run: (db, actor, id, version, v) => resume(db, actor, id, version, v),
  done: 'The clock was restarted',
});
