import type { Db } from '../../../db/connect.ts';
import type { CaseState } from '../../queries/case-state.ts';
import { loadCaseDetails } from '../../queries/case-details.ts';
import { activeStaff } from '../../queries/lookups.ts';
import { editDetails } from '../../use-cases/edit-details.ts';
import { checkedValues, readForm, type Body } from '../form-input.ts';
import {
  advocateOf,
  complainantOf,
  both,
  readChildren,
  recordFieldChoices,
  recordFieldOrder,
  recordFieldsSchema,
} from '../record-fields.ts';
import { defineAction } from './action.ts';

async function detailsForm(db: Db, c: CaseState) {
  const details = await loadCaseDetails(db, c.record);
  const staff = await activeStaff(db, c.record.organisation_id);
  const childRows = [
    ...details.children.map((child, index) => ({
      index,
      id: child.id,
      legend: `Child ${index + 1}`,
    })),
    {
      index: details.children.length,
      id: null,
      legend: details.children.length ? 'Add another child (optional)' : 'Child (optional)',
    },
  ];
  return {
    ...(await recordFieldChoices(db, c.record.organisation_id)),
    details,
    childRows,
    accessItems: staff.map((u) => ({ value: u.id, text: u.name })),
  };
}

function savedValues(c: CaseState, data: Awaited<ReturnType<typeof detailsForm>>): Body {
  const r = c.record;
  const person = data.details.people.find((p) => p.is_complainant);
  return {
    channel: r.channel,
    name: person?.name,
    role: person?.role,
    email: person?.email,
    phone: person?.phone,
    address: person?.address,
    preferredContact: person?.preferred_contact,
    adjustments: person?.adjustments,
    summary: r.summary,
    desiredOutcome: r.desired_outcome,
    themes: data.details.themes.map((t) => t.id),
    advocateProvider: r.advocate_provider,
    advocateOffered: r.advocate_offered,
    advocateAccepted: r.advocate_accepted,
    restricted: r.restricted,
    access: data.details.access.map((a) => a.id),
    ...Object.fromEntries(
      data.details.children.flatMap((child, i) => [
        [`child-${i}-name`, child.name],
        [`child-${i}-caseSystemId`, child.case_system_id],
        [`child-${i}-circumstance`, child.circumstance],
      ]),
    ),
  };
}

export const editDetailsAction = defineAction({
  slug: 'details',
  event: 'edit_details',
  title: 'Change details',
  fields: 'details.njk',
  load: detailsForm,
  initial: savedValues,
  read: (body) => {
    const fields = readForm(
      body,
      recordFieldsSchema.extend({ access: checkedValues }),
      {},
      recordFieldOrder,
    );
    const read = both(fields, readChildren(body));
    if (!read.ok) return read;
    const [v, children] = read.value;
    return {
      ok: true as const,
      value: {
        channel: v.channel,
        summary: v.summary,
        desiredOutcome: v.desiredOutcome,
        themeIds: v.themes,
        advocate: advocateOf(v),
        complainant: complainantOf(v),
        children,
        restricted: v.restricted,
        accessUserIds: v.access,
      },
    };
  },
  run: (db, actor, id, version, v) => editDetails(db, actor, id, version, v),
  done: 'The details were saved',
});
