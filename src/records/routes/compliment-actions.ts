import type { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { todayInLondon } from '../../casework/clock.ts';
import { managersFirst } from '../queries/record-page.ts';
import {
  passOnCompliment,
  recordConsent,
  reviewAnonymisedVersion,
  writeAnonymisedVersion,
} from '../use-cases/compliments.ts';
import { actionRoutes } from '../web/action-route.ts';
import { paragraphs } from '../web/items.ts';
import { readForm } from '../web/read-form.ts';
import { requiredText } from '../web/fields.ts';

/** The actions on a compliment: anonymise, review, record consent, pass on. */
export function complimentActionRoutes(router: Router, db: Db): void {
  const compliment = ['compliment'];
  const back = (id: string) => `/compliments/${id}`;

  actionRoutes(router, db, {
    path: '/compliments/:id/anonymise',
    view: 'records/views/compliments/anonymise.njk',
    title: 'Write the anonymised version',
    button: 'Save the anonymised version',
    permission: 'cases:manage',
    kinds: compliment,
    firstField: 'text',
    defaults: ({ record }) => ({ text: record.anonymised_text ?? record.summary ?? '' }),
    locals: async ({ record }) => ({ words: paragraphs(record.summary) }),
    parse: (req) =>
      readForm(
        z.object({
          text: requiredText(20_000, 'Enter the anonymised version', 'The anonymised version'),
        }),
        req.body,
        {},
        ['text'],
      ),
    run: (actor, { record }, version, v) =>
      writeAnonymisedVersion(db, actor, record.id, version, { text: v.text }),
    done: ({ record }) => ({
      flash: 'Anonymised version saved. An officer must review it before it can be published',
      redirect: back(record.id),
    }),
  });

  actionRoutes(router, db, {
    path: '/compliments/:id/review',
    view: 'records/views/compliments/review.njk',
    title: 'Review the anonymised version',
    button: 'Confirm it is fit to publish',
    permission: 'cases:manage',
    kinds: compliment,
    firstField: 'checked',
    locals: async ({ record }) => ({ anonymised: paragraphs(record.anonymised_text) }),
    parse: (req) =>
      readForm(
        z.object({
          checked: z.literal(
            'yes',
            'Confirm that no child, family member or member of staff can be identified',
          ),
        }),
        req.body,
        {},
        ['checked'],
      ),
    run: (actor, { record }, version) => reviewAnonymisedVersion(db, actor, record.id, version),
    done: ({ record }) => ({
      flash:
        record.consent_to_share === true
          ? 'Anonymised version reviewed: it can be published'
          : 'Anonymised version reviewed. It can be published once consent to share is recorded',
      redirect: back(record.id),
    }),
  });

  actionRoutes(router, db, {
    path: '/compliments/:id/consent',
    view: 'records/views/compliments/consent.njk',
    title: 'Consent to share',
    button: 'Save consent',
    permission: 'cases:manage',
    kinds: compliment,
    firstField: 'consent',
    defaults: ({ record }) => ({
      consent: record.consent_to_share === null ? '' : record.consent_to_share ? 'yes' : 'no',
    }),
    parse: (req) =>
      readForm(
        z.object({
          consent: z.enum(['yes', 'no'], 'Choose whether they agreed to it being shared'),
        }),
        req.body,
        {},
        ['consent'],
      ),
    run: (actor, { record }, version, v) =>
      recordConsent(db, actor, record.id, version, { consentToShare: v.consent === 'yes' }),
    done: ({ record }) => ({ flash: 'Consent to share saved', redirect: back(record.id) }),
  });

  actionRoutes(router, db, {
    path: '/compliments/:id/pass-on',
    view: 'records/views/compliments/pass-on.njk',
    title: 'Pass on to the team’s manager',
    button: 'Save and close the compliment',
    permission: 'cases:manage',
    kinds: compliment,
    firstField: 'toUserId',
    dates: () => ({ passedOnOn: todayInLondon() }),
    locals: async ({ record }) => ({
      staffItems: [
        { value: '', text: 'Choose a person' },
        ...(await managersFirst(db, record.organisation_id, record.team_id)).map((m) => ({
          value: m.id,
          text: m.managesTeam ? `${m.name} (manages ${record.team_name})` : m.name,
        })),
      ],
    }),
    parse: (req) =>
      readForm(
        z.object({
          toUserId: z.uuid('Choose who to pass it on to'),
          message: requiredText(5_000, 'Enter the message you sent', 'The message'),
        }),
        req.body,
        { passedOnOn: { label: 'Date passed on', required: true } },
        ['toUserId', 'passedOnOn', 'message'],
      ),
    run: (actor, { record }, version, v) =>
      passOnCompliment(db, actor, record.id, version, {
        passedOnOn: v.passedOnOn!,
        toUserId: v.toUserId,
        message: v.message,
      }),
    done: ({ record }) => ({
      flash: `Compliment ${record.reference} passed on and closed`,
      redirect: back(record.id),
    }),
  });
}
