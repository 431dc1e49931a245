import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../casework/access.ts';
import { logRecord } from '../../casework/use-cases/log-record.ts';
import { triage } from '../../casework/use-cases/triage.ts';
import { acknowledge, extend } from '../../casework/use-cases/stage-clock.ts';
import { escalate, respond } from '../../casework/use-cases/responses.ts';
import { addLearningAction } from '../../learning/learning-actions.ts';
import { addRemedy } from '../../remedies/remedies.ts';
import {
  logCompliment,
  reviewAnonymisedVersion,
  writeAnonymisedVersion,
} from '../../records/use-cases/compliments.ts';

/**
 * Two years of casework recorded through the use cases, for the report's route, export and CLI
 * tests: 2020/21 compared with 2019/20. The figures the tests assert follow from what is logged here.
 */
export async function seedReportYears(db: Db, officer: Actor, teamId: string) {
  const complaint = async (
    receivedOn: string,
    person: string,
    procedure: 'statutory' | 'corporate' = 'statutory',
  ) => {
    const { id } = await logRecord(db, officer, officer.organisationId, {
      kind: 'complaint',
      receivedOn,
      channel: 'email',
      teamId,
      complainant: { name: person, role: 'parent', externalKey: person },
      children: [{ circumstance: 'child_in_care' }],
    });
    await triage(db, officer, id, undefined, { decision: 'accept', procedure });
    return id;
  };
  // 2019/20: two statutory stage 1 complaints, one answered on time.
  const early = await complaint('2019-06-03', 'P1');
  await respond(db, officer, early, undefined, { respondedOn: '2019-06-10', outcome: 'upheld' });
  await complaint('2020-03-23', 'P2');
  // 2020/21: three statutory stage 1 complaints; one extended, answered and escalated; one open.
  const extended = await complaint('2020-12-21', 'P3');
  await acknowledge(db, officer, extended, undefined, { acknowledgedOn: '2020-12-22' });
  await extend(db, officer, extended, undefined, {
    newDueOn: '2021-01-20',
    reason: 'Leave',
    toldOn: '2020-12-23',
  });
  await respond(db, officer, extended, undefined, {
    respondedOn: '2021-01-15',
    outcome: 'partially_upheld',
  });
  await escalate(db, officer, extended, undefined, { requestedOn: '2021-02-01' });
  const late = await complaint('2020-05-01', 'P1');
  await respond(db, officer, late, undefined, { respondedOn: '2020-07-01', outcome: 'not_upheld' });
  await complaint('2021-03-01', 'P4');
  await complaint('2020-09-01', 'P5', 'corporate');
  const refused = await logRecord(db, officer, officer.organisationId, {
    kind: 'complaint',
    receivedOn: '2020-06-01',
  });
  await triage(db, officer, refused.id, undefined, {
    decision: 'not_accept',
    reason: 'court',
    letterSentOn: '2020-06-03',
  });
  await logRecord(db, officer, officer.organisationId, {
    kind: 'mp_enquiry',
    receivedOn: '2020-10-05',
    memberName: 'A Member',
  });
  // A compliment fit to publish, and one whose sender did not agree to share it.
  const shared = await logCompliment(db, officer, {
    receivedOn: '2020-07-01',
    channel: 'email',
    complimentFrom: 'foster_carer',
    complimentSubject: 'the Fostering Support Team',
    teamId,
    words: 'Thank you, Jane Smith, for everything.',
    consentToShare: true,
  });
  await writeAnonymisedVersion(db, officer, shared.id, undefined, {
    text: 'Thank you for everything you did for us this year.',
  });
  await reviewAnonymisedVersion(db, officer, shared.id, undefined);
  const private_ = await logCompliment(db, officer, {
    receivedOn: '2020-08-01',
    channel: 'letter',
    complimentFrom: 'family',
    complimentSubject: null,
    teamId,
    words: 'Private thanks.',
    consentToShare: false,
  });
  await addRemedy(db, officer, late, undefined, {
    kind: 'financial',
    stage: '1',
    description: 'For the delay',
    amount: 250,
    financialType: 'time_and_trouble',
    agreedOn: '2020-07-10',
    dueOn: null,
    doneOn: null,
  });
  const learning = async (publish: boolean, action: string) => {
    const id = await addLearningAction(db, officer, late, undefined, {
      learning: `Letters were late (${action})`,
      action,
      category: 'communication',
      owner: null,
      teamId: null,
      dueOn: null,
      publish,
      status: 'open',
      evidence: null,
      completedOn: null,
    });
    // Agreed in 2020/21: learning counts in the year it was agreed, which the use case dates today.
    // The history's time stamps are fixed once written, so the date is set in SQL.
    await sql`update learning_actions set created_at = '2020-07-15T10:00:00Z' where id = ${id}`.execute(
      db,
    );
    return id;
  };
  const published = await learning(true, 'Replies are now tracked weekly');
  const unpublished = await learning(false, 'Team reminded of timescales');
  return {
    complaints: { early, extended, late },
    compliments: { shared: shared.id, private: private_.id },
    learning: { published, unpublished },
  };
}
