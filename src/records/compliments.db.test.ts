import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-db.ts';
import type { Connection } from '../db/connect.ts';
import { seedOrganisation } from '../testing/fixtures.ts';
import { recordHistory } from '../casework/history.ts';
import {
  InvalidChangeError,
  RecordNotFoundError,
  TransitionRefusedError,
} from '../casework/errors.ts';
import {
  logCompliment,
  passOnCompliment,
  recordConsent,
  reviewAnonymisedVersion,
  writeAnonymisedVersion,
} from './use-cases/compliments.ts';
import { listCompliments } from './queries/record-lists.ts';
import { publishableCompliments } from './queries/record-page.ts';

let connection: Connection;
let org: Awaited<ReturnType<typeof seedOrganisation>>;
beforeAll(async () => {
  connection = await createTestDatabase();
  org = await seedOrganisation(connection.db);
});
afterAll(() => connection.close());

const recordOf = (id: string) =>
  connection.db.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const compliment = {
  receivedOn: '2024-02-12',
  channel: 'email',
  complimentFrom: 'foster_carer',
  complimentSubject: 'Jo Bloggs, supervising social worker',
  teamId: null,
  words: 'Jo went above and beyond for Kai this week.',
  consentToShare: true,
};

describe('compliments', () => {
  it('is anonymised, reviewed by an officer and only then published, with consent', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const { id, reference } = await logCompliment(db, officer, {
      ...compliment,
      teamId: org.teamId,
    });
    expect(reference).toBe('CM-2024-0001');
    const logged = await recordOf(id);
    expect(logged).toMatchObject({
      kind: 'compliment',
      status: 'open',
      compliment_from: 'foster_carer',
      consent_to_share: true,
      summary: compliment.words,
      version: 2,
    });
    const published = () => publishableCompliments(db, officer, '2024-02-01', '2024-02-29');

    await expect(reviewAnonymisedVersion(db, officer, id, 2)).rejects.toThrow(
      /Write the anonymised version/,
    );
    await writeAnonymisedVersion(db, officer, id, 2, {
      text: 'The social worker went above and beyond for the young person this week.',
    });
    expect(await published()).toEqual([]);
    await expect(
      reviewAnonymisedVersion(db, org.actors.responding_manager, id, 3),
    ).rejects.toBeInstanceOf(TransitionRefusedError);
    await reviewAnonymisedVersion(db, org.actors.complaints_manager, id, 3);
    expect((await recordOf(id)).anonymised_reviewed_by).toBe(org.actors.complaints_manager.id);
    expect(await published()).toEqual([
      expect.objectContaining({
        id,
        compliment_from: 'foster_carer',
        anonymised_text: 'The social worker went above and beyond for the young person this week.',
        team_name: 'Children in Care (North)',
      }),
    ]);
    await expect(reviewAnonymisedVersion(db, officer, id, 4)).rejects.toThrow(
      /already been reviewed/,
    );

    // Changing the words after review needs a fresh review before they are published again.
    await writeAnonymisedVersion(db, officer, id, 4, { text: 'Thank you, Jo.' });
    expect((await recordOf(id)).anonymised_reviewed_by).toBeNull();
    expect(await published()).toEqual([]);
    await reviewAnonymisedVersion(db, officer, id, 5);
    expect(await published()).toHaveLength(1);
    await recordConsent(db, officer, id, 6, { consentToShare: false });
    expect(await published()).toEqual([]);

    const history = await recordHistory(db, org.organisationId, id);
    expect(history.map((e) => e.summary)).toEqual([
      'No consent to share the compliment',
      'Anonymised version reviewed: fit to publish',
      'Anonymised version changed; it needs reviewing again',
      'Anonymised version reviewed: fit to publish',
      'Anonymised version written',
      'Consent given to share the compliment',
      'Compliment logged',
    ]);
  });

  it('is passed on to the team’s manager, which closes it with the message in its history', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const { id } = await logCompliment(db, officer, { ...compliment, consentToShare: null });
    expect((await recordOf(id)).consent_to_share).toBeNull();
    await expect(
      passOnCompliment(db, officer, id, 1, {
        passedOnOn: '2024-02-13',
        toUserId: org.actors.responding_manager.id,
        message: '  ',
      }),
    ).rejects.toBeInstanceOf(InvalidChangeError);
    await expect(
      passOnCompliment(db, officer, id, 1, {
        passedOnOn: '2024-02-11',
        toUserId: org.actors.responding_manager.id,
        message: 'x',
      }),
    ).rejects.toThrow(/on or after the date received/);
    await passOnCompliment(db, officer, id, 1, {
      passedOnOn: '2024-02-13',
      toUserId: org.actors.responding_manager.id,
      message: 'Please share this with Jo and the team.',
    });
    expect(await recordOf(id)).toMatchObject({
      status: 'closed',
      closed_on: '2024-02-13',
      passed_on_on: '2024-02-13',
    });
    const [passed] = await recordHistory(db, org.organisationId, id);
    expect(passed?.summary).toBe(
      'Passed on to Test responding_manager on 2024-02-13: Please share this with Jo and the team.',
    );
    await expect(
      passOnCompliment(db, officer, id, 2, {
        passedOnOn: '2024-02-14',
        toUserId: org.actors.responding_manager.id,
        message: 'Again',
      }),
    ).rejects.toThrow(/closed/);
    // A passed-on compliment can still be anonymised and reviewed for publication.
    await writeAnonymisedVersion(db, officer, id, 2, { text: 'Thank you, social worker.' });
    await reviewAnonymisedVersion(db, officer, id, 3);
  });

  it('lists compliments by team, who they are from, month and consent, for those who may see them', async () => {
    const db = connection.db;
    const officer = org.actors.complaints_officer;
    const other = await seedOrganisation(db, 'Elsewhere Council');
    await logCompliment(db, other.actors.complaints_officer, compliment);
    const all = await listCompliments(db, officer, {}, 'all');
    expect(all.total).toBe(2);
    expect((await listCompliments(db, officer, { teamId: org.teamId }, 'all')).total).toBe(1);
    expect((await listCompliments(db, officer, { from: 'professional' }, 'all')).total).toBe(0);
    expect((await listCompliments(db, officer, { month: '2024-02' }, 'all')).total).toBe(2);
    expect((await listCompliments(db, officer, { month: '2024-03' }, 'all')).total).toBe(0);
    expect((await listCompliments(db, officer, { consent: 'no' }, 'all')).total).toBe(1);
    expect((await listCompliments(db, officer, { consent: 'unknown' }, 'all')).total).toBe(1);
    const manager = await listCompliments(db, org.actors.responding_manager, {}, 'all');
    expect(manager.rows.map((r) => r.team_name)).toEqual(['Children in Care (North)']);
    await expect(
      recordConsent(db, other.actors.complaints_officer, all.rows[0]!.id, undefined, {
        consentToShare: true,
      }),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
