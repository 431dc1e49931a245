import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../db/connect.ts';
import { createTestDatabase } from '../db/test-db.ts';
import { seedOrganisation } from '../testing/fixtures.ts';
import { logRecord } from '../casework/use-cases/log-record.ts';
import { triage } from '../casework/use-cases/triage.ts';
import { acknowledge } from '../casework/use-cases/stage-clock.ts';
import { recordHistory } from '../casework/history.ts';
import { csvOf, exportText, importText, tableCounts } from './import-testing.ts';
import { complaint, repeatedChunks, streamOf, type Cells } from './testing.ts';
import { BATCH_SIZE } from './writer.ts';

const SAMPLE = new URL('./fixtures/import-sample.csv', import.meta.url);

let connection: Connection;
let org: Awaited<ReturnType<typeof seedOrganisation>>;
beforeAll(async () => {
  connection = await createTestDatabase();
  org = await seedOrganisation(connection.db);
});
afterAll(() => connection.close());

/** Each test gets an organisation of its own, so counts and references do not mix. */
async function freshOrganisation() {
  return seedOrganisation(connection.db, `Council ${Math.random()}`);
}

function recordOf(organisationId: string, reference: string) {
  return connection.db
    .selectFrom('records')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
}

function stagesOf(recordId: string) {
  return connection.db
    .selectFrom('stages')
    .selectAll()
    .where('record_id', '=', recordId)
    .orderBy('number')
    .execute();
}

describe('importing a file', () => {
  it('maps the example file onto the casework model', async () => {
    const { organisationId } = await freshOrganisation();
    const outcome = await importText(connection.db, organisationId, await readFile(SAMPLE, 'utf8'));
    expect(outcome).toMatchObject({
      ok: true,
      rows: 8,
      result: {
        created: 8,
        updated: 0,
        // seedOrganisation made "Children in Care (North)" already.
        newTeams: ['Assessment Team', 'Children in Care (South)', 'Fostering', 'SEN Team'],
        newServiceAreas: ['Assessment', 'Children in Care', 'Education', 'Fostering and Adoption'],
        newThemes: ['Communication', 'Delay', 'Placement issues'],
        unresolvedLinks: [],
      },
    });

    const first = await recordOf(organisationId, 'CS-2023-0001');
    expect(first).toMatchObject({
      kind: 'complaint',
      procedure: 'statutory',
      status: 'closed',
      closed_on: '2023-04-18',
      channel: 'email',
      source: 'import',
    });
    expect(await stagesOf(first.id)).toMatchObject([
      {
        number: 1,
        started_on: '2023-04-03',
        acknowledged_on: '2023-04-04',
        clock_start_on: '2023-04-03',
        limit_days: 10,
        maximum_days: 20,
        // Ten working days after Monday 3 April 2023, skipping Good Friday and Easter Monday.
        due_on: '2023-04-19',
        responded_on: '2023-04-18',
        ended_on: '2023-04-18',
        outcome: 'partially_upheld',
        manager_contacted: true,
        suspended_days: 0,
      },
    ]);
    const themes = await connection.db
      .selectFrom('record_themes')
      .innerJoin('themes', 'themes.id', 'record_themes.theme_id')
      .select('themes.name')
      .where('record_themes.record_id', '=', first.id)
      .orderBy('themes.name')
      .execute();
    expect(themes.map((t) => t.name)).toEqual(['Communication', 'Delay']);

    // P0001 made two complaints: one person, so the repeat is known.
    const people = await connection.db
      .selectFrom('record_people')
      .innerJoin('people', 'people.id', 'record_people.person_id')
      .innerJoin('records', 'records.id', 'record_people.record_id')
      .select(['records.reference', 'people.id', 'record_people.role'])
      .where('people.external_key', '=', 'P0001')
      .where('people.organisation_id', '=', organisationId)
      .orderBy('records.reference')
      .execute();
    expect(people.map((p) => [p.reference, p.role])).toEqual([
      ['CS-2023-0001', 'parent'],
      ['CS-2023-0003', 'parent'],
    ]);
    expect(new Set(people.map((p) => p.id)).size).toBe(1);

    const escalated = await recordOf(organisationId, 'CS-2023-0002');
    const [stage1, stage2] = await stagesOf(escalated.id);
    // Extended stages are due at the maximum: 20 and 65 working days.
    expect(stage1).toMatchObject({ extended: true, due_on: '2023-05-22', reopened_count: 1 });
    expect(stage2).toMatchObject({
      started_on: '2023-06-06',
      extended: true,
      due_on: '2023-09-06',
      outcome: 'upheld',
    });
    const remedies = await connection.db
      .selectFrom('remedies')
      .select(['stage_number', 'kind', 'amount', 'agreed_on'])
      .where('record_id', '=', escalated.id)
      .execute();
    expect(remedies).toEqual([
      { stage_number: '2', kind: 'financial', amount: 250, agreed_on: '2023-08-25' },
    ]);

    expect(await recordOf(organisationId, 'CS-2023-0004')).toMatchObject({
      status: 'not_accepted',
      not_accepted_reason: 'court',
    });
    const notAccepted = await recordOf(organisationId, 'CS-2023-0004');
    expect(await stagesOf(notAccepted.id)).toEqual([]);

    const corporate = await recordOf(organisationId, 'CS-2023-0003');
    // The corporate clock starts at acknowledgement.
    expect(await stagesOf(corporate.id)).toMatchObject([
      { clock_start_on: '2023-05-03', due_on: '2023-05-18' },
    ]);

    const ombudsman = await recordOf(organisationId, 'OM-2023-0001');
    expect(ombudsman).toMatchObject({ ombudsman_reference: '23 004 512', status: 'closed' });
    const links = await connection.db
      .selectFrom('record_links')
      .innerJoin('records', 'records.id', 'record_links.related_record_id')
      .select('records.reference')
      .where('record_links.record_id', '=', ombudsman.id)
      .execute();
    expect(links.map((l) => l.reference)).toEqual(['CS-2023-0002']);

    const history = await recordHistory(connection.db, organisationId, first.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ type: 'imported', actor_name: 'Heard' });
    expect(history[0]!.summary).toBe(
      'Imported from test.csv, line 2: Complaint (statutory) received 2023-04-03; closed',
    );
  });

  it('gives imported records the same due dates as records made in the app', async () => {
    const { organisationId, actors } = await freshOrganisation();
    const officer = actors.complaints_officer;
    // Friday 20 December 2024: Christmas Day, Boxing Day and New Year's Day fall inside.
    const statutory = await logRecord(connection.db, officer, organisationId, {
      kind: 'complaint',
      receivedOn: '2024-12-20',
    });
    await triage(connection.db, officer, statutory.id, undefined, {
      decision: 'accept',
      procedure: 'statutory',
    });
    // Thursday 17 April 2025, the day before Good Friday.
    const corporate = await logRecord(connection.db, officer, organisationId, {
      kind: 'complaint',
      receivedOn: '2025-04-17',
    });
    await triage(connection.db, officer, corporate.id, undefined, {
      decision: 'accept',
      procedure: 'corporate',
    });
    await acknowledge(connection.db, officer, corporate.id, undefined, {
      acknowledgedOn: '2025-04-22',
    });
    const enquiry = await logRecord(connection.db, officer, organisationId, {
      kind: 'mp_enquiry',
      receivedOn: '2025-05-02',
    });

    const outcome = await importText(
      connection.db,
      organisationId,
      csvOf([
        {
          reference: 'IMP-1',
          kind: 'complaint',
          procedure: 'statutory',
          received_on: '2024-12-20',
        },
        {
          reference: 'IMP-2',
          kind: 'complaint',
          procedure: 'corporate',
          received_on: '2025-04-17',
          s1_acknowledged_on: '2025-04-22',
        },
        { reference: 'IMP-3', kind: 'mp_enquiry', received_on: '2025-05-02' },
      ]),
    );
    expect(outcome.ok).toBe(true);

    const clock = (stage: {
      clock_start_on: string | null;
      limit_days: number | null;
      maximum_days: number | null;
      due_on: string | null;
    }) => ({
      clock_start_on: stage.clock_start_on,
      limit_days: stage.limit_days,
      maximum_days: stage.maximum_days,
      due_on: stage.due_on,
    });
    const pairs: [string, string][] = [
      [statutory.id, 'IMP-1'],
      [corporate.id, 'IMP-2'],
      [enquiry.id, 'IMP-3'],
    ];
    for (const [appId, reference] of pairs) {
      const imported = await recordOf(organisationId, reference);
      const [appStage] = await stagesOf(appId);
      const [importedStage] = await stagesOf(imported.id);
      expect(clock(importedStage!)).toEqual(clock(appStage!));
      expect(imported.status).toBe('open');
    }
    const [statutoryStage] = await stagesOf(statutory.id);
    expect(statutoryStage!.due_on).toBe('2025-01-08');
  });

  it('moves a due date on by the working days the clock was suspended', async () => {
    const { organisationId } = await freshOrganisation();
    await importText(
      connection.db,
      organisationId,
      csvOf([
        { ...complaint, reference: 'S-0', received_on: '2023-06-05' },
        { ...complaint, reference: 'S-5', received_on: '2023-06-05', s1_suspended_days: '5' },
      ]),
    );
    const [plain] = await stagesOf((await recordOf(organisationId, 'S-0')).id);
    const [suspended] = await stagesOf((await recordOf(organisationId, 'S-5')).id);
    expect(plain).toMatchObject({ due_on: '2023-06-19', suspended_days: null });
    expect(suspended).toMatchObject({ due_on: '2023-06-26', suspended_days: 5 });
  });

  it('derives the status from the stages, withdrawals and the time to ask for the next stage', async () => {
    const { organisationId } = await freshOrganisation();
    const rows: Cells[] = [
      { ...complaint, reference: 'OPEN' },
      // Answered long ago: the complainant's 20 working days to ask for stage 2 have passed.
      {
        ...complaint,
        reference: 'CLOSED',
        s1_responded_on: '2023-04-14',
        s1_outcome: 'upheld',
      },
      // Answered a week before today: stage 2 may still be asked for.
      {
        ...complaint,
        reference: 'WAITING',
        received_on: '2026-11-02',
        s1_responded_on: '2026-11-13',
        s1_outcome: 'not_upheld',
      },
      {
        ...complaint,
        reference: 'WITHDRAWN',
        s2_requested_on: '2023-06-01',
        withdrawn_on: '2023-06-20',
        s1_responded_on: '2023-04-14',
        s1_outcome: 'upheld',
      },
      // A historic complaint that starts at stage 2.
      { ...complaint, reference: 'HISTORIC', s2_requested_on: '2023-04-03' },
      { reference: 'THANKS', kind: 'compliment', received_on: '2023-04-03' },
    ];
    await importText(connection.db, organisationId, csvOf(rows));
    const status = async (reference: string) => {
      const record = await recordOf(organisationId, reference);
      const stages = await stagesOf(record.id);
      return [record.status, stages.map((s) => [s.number, s.ended_on, s.outcome])];
    };
    expect(await status('OPEN')).toEqual(['open', [[1, null, null]]]);
    expect(await status('CLOSED')).toEqual(['closed', [[1, '2023-04-14', 'upheld']]]);
    expect(await status('WAITING')).toEqual(['responded', [[1, '2026-11-13', 'not_upheld']]]);
    expect(await status('WITHDRAWN')).toEqual([
      'withdrawn',
      [
        [1, '2023-04-14', 'upheld'],
        [2, '2023-06-20', 'withdrawn'],
      ],
    ]);
    expect(await status('HISTORIC')).toEqual(['open', [[2, null, null]]]);
    expect(await status('THANKS')).toEqual(['closed', []]);
  });

  it('updates a record imported again instead of adding another', async () => {
    const { organisationId } = await freshOrganisation();
    const sample = await readFile(SAMPLE, 'utf8');
    await importText(connection.db, organisationId, sample);
    const before = await tableCounts(connection.db);
    const original = await recordOf(organisationId, 'CS-2023-0002');

    // The same file again, then a corrected one: stage 2 gone, other themes, another team.
    expect(await importText(connection.db, organisationId, sample)).toMatchObject({
      ok: true,
      result: { created: 0, updated: 8 },
    });
    const corrected = csvOf([
      {
        reference: 'CS-2023-0002',
        kind: 'complaint',
        procedure: 'statutory',
        received_on: '2023-04-20',
        complainant_id: 'P0002',
        complainant_role: 'care_leaver',
        child_circumstance: 'care_leaver',
        team: 'Leaving Care',
        themes: 'Delay;Financial support',
        s1_responded_on: '2023-05-18',
        s1_outcome: 'upheld',
        remedy_amount: '£1,250.50',
        remedy_stage: '1',
      },
    ]);
    expect(await importText(connection.db, organisationId, corrected)).toMatchObject({
      ok: true,
      result: {
        created: 0,
        updated: 1,
        newTeams: ['Leaving Care'],
        newThemes: ['Financial support'],
      },
    });

    const after = await tableCounts(connection.db);
    expect(after.records).toBe(before.records);
    expect(after.people).toBe(before.people);
    expect(after.children).toBe(before.children);
    expect(after.record_links).toBe(before.record_links);
    expect(after.stages).toBe(before.stages - 1);
    expect(after.events).toBe(before.events + 8 + 1);

    const record = await recordOf(organisationId, 'CS-2023-0002');
    expect(record.id).toBe(original.id);
    expect(record.version).toBe(original.version + 2);
    expect(await stagesOf(record.id)).toMatchObject([
      { number: 1, outcome: 'upheld', extended: false, due_on: '2023-05-05' },
    ]);
    const remedies = await connection.db
      .selectFrom('remedies')
      .select(['stage_number', 'amount'])
      .where('record_id', '=', record.id)
      .execute();
    expect(remedies).toEqual([{ stage_number: '1', amount: 1250.5 }]);
    const parties = await connection.db
      .selectFrom('record_people')
      .innerJoin('people', 'people.id', 'record_people.person_id')
      .select(['people.external_key', 'record_people.role'])
      .where('record_people.record_id', '=', record.id)
      .execute();
    expect(parties).toEqual([{ external_key: 'P0002', role: 'care_leaver' }]);
    const children = await connection.db
      .selectFrom('record_children')
      .select('circumstance')
      .where('record_id', '=', record.id)
      .execute();
    expect(children).toEqual([{ circumstance: 'care_leaver' }]);
    const history = await recordHistory(connection.db, organisationId, record.id);
    expect(history.map((h) => h.summary.slice(0, 24))).toEqual([
      'Updated from test.csv, l',
      'Updated from test.csv, l',
      'Imported from test.csv, ',
    ]);
  });

  it('finds existing teams and themes whatever their case, and lists only the new ones', async () => {
    const { organisationId } = await freshOrganisation();
    const outcome = await importText(
      connection.db,
      organisationId,
      csvOf([
        { ...complaint, team: 'children in care (north)', themes: 'Delay;delay; Contact ' },
        { ...complaint, reference: 'CS-2023-0002', team: 'Fostering', themes: 'DELAY' },
      ]),
    );
    expect(outcome).toMatchObject({
      ok: true,
      result: { newTeams: ['Fostering'], newThemes: ['Contact', 'Delay'] },
    });
    const record = await recordOf(organisationId, 'CS-2023-0001');
    expect(record.team_id).toBe(
      (
        await connection.db
          .selectFrom('teams')
          .select('id')
          .where('organisation_id', '=', organisationId)
          .where('name', '=', 'Children in Care (North)')
          .executeTakeFirstOrThrow()
      ).id,
    );
    const themes = await connection.db
      .selectFrom('themes')
      .select('name')
      .where('organisation_id', '=', organisationId)
      .orderBy('name')
      .execute();
    expect(themes.map((t) => t.name)).toEqual(['Contact', 'Delay']);
  });

  it('raises the reference counters so the app never gives an imported reference again', async () => {
    const { organisationId, actors } = await freshOrganisation();
    await importText(
      connection.db,
      organisationId,
      csvOf([
        { ...complaint, reference: 'CS-2023-0041' },
        { ...complaint, reference: 'CS-2023-0007' },
      ]),
    );
    const logged = await logRecord(connection.db, actors.complaints_officer, organisationId, {
      kind: 'complaint',
      receivedOn: '2023-05-01',
    });
    expect(logged.reference).toBe('CS-2023-0042');
  });

  it('names restricted records to the users given', async () => {
    const { organisationId, actors } = await freshOrganisation();
    await importText(connection.db, organisationId, csvOf([{ ...complaint, restricted: 'yes' }]), {
      restrictedAccess: [actors.complaints_manager.id],
    });
    const record = await recordOf(organisationId, 'CS-2023-0001');
    expect(record.restricted).toBe(true);
    const access = await connection.db
      .selectFrom('record_access')
      .select('user_id')
      .where('record_id', '=', record.id)
      .execute();
    expect(access).toEqual([{ user_id: actors.complaints_manager.id }]);
  });

  it('imports a row whose related record is missing, and lists it', async () => {
    const { organisationId } = await freshOrganisation();
    const outcome = await importText(
      connection.db,
      organisationId,
      csvOf([
        {
          reference: 'MP-1',
          kind: 'mp_enquiry',
          received_on: '2023-05-01',
          related_reference: 'CS-404',
        },
      ]),
    );
    expect(outcome).toMatchObject({
      ok: true,
      result: { created: 1, unresolvedLinks: [{ line: 2, reference: 'MP-1', related: 'CS-404' }] },
    });
  });

  it('checks everything in a dry run and writes nothing', async () => {
    const { organisationId } = await freshOrganisation();
    const before = await tableCounts(connection.db);
    const outcome = await importText(
      connection.db,
      organisationId,
      await readFile(SAMPLE, 'utf8'),
      { dryRun: true },
    );
    expect(outcome).toMatchObject({
      ok: true,
      dryRun: true,
      result: { created: 8, newThemes: ['Communication', 'Delay', 'Placement issues'] },
    });
    expect(await tableCounts(connection.db)).toEqual(before);
  });
});

describe('a file that cannot be imported', () => {
  const header = 'reference,kind,procedure,received_on,s1_responded_on\r\n';
  const valid = 'CS-1,complaint,statutory,2023-04-03,\r\n';

  it.each<
    [
      string,
      () => AsyncIterable<string | Uint8Array>,
      { row?: number; column?: string; message: string },
    ]
  >([
    [
      'a missing required column',
      () => streamOf('reference,kind\r\nCS-1,complaint\r\n'),
      {
        row: 1,
        column: 'received_on',
        message: 'The header row has no received_on column, which is required',
      },
    ],
    [
      'a code Heard does not know',
      () => streamOf(header, valid, 'CS-2,grievance,statutory,2023-04-03,\r\n'),
      {
        row: 3,
        column: 'kind',
        message:
          'kind "grievance" must be one of complaint, compliment, comment, concern, enquiry, mp_enquiry, councillor_enquiry, ombudsman, other',
      },
    ],
    [
      'a date that is not real',
      () => streamOf(header, valid, 'CS-2,complaint,statutory,2023-02-30,\r\n'),
      { row: 3, column: 'received_on', message: 'received_on "2023-02-30" is not a real date' },
    ],
    [
      'a date written the British way',
      () => streamOf(header, 'CS-2,complaint,statutory,03/04/2023,\r\n'),
      {
        row: 2,
        column: 'received_on',
        message: 'received_on "03/04/2023" must be a date written YYYY-MM-DD, as 2023-04-03',
      },
    ],
    [
      'a response before receipt',
      () => streamOf(header, valid, 'CS-2,complaint,statutory,2023-04-03,2023-04-01\r\n'),
      { row: 3, column: 's1_responded_on', message: 's1_responded_on is before received_on' },
    ],
    [
      'a reference twice in one file',
      () => streamOf(header, valid, valid),
      {
        row: 3,
        column: 'reference',
        message: 'The reference CS-1 is on line 2 and again on line 3',
      },
    ],
    [
      'a file that is not CSV',
      () => streamOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])),
      {
        row: 1,
        message:
          'The file is not CSV text: it has binary content, as an Excel workbook does. Save the spreadsheet as "CSV UTF-8" and import that file',
      },
    ],
    ['an empty file', () => streamOf(''), { row: 1, message: 'The file is empty' }],
    [
      'a line of 50 MB',
      async function* () {
        yield header + valid + 'CS-2,complaint,statutory,2023-04-03,';
        // Streamed a megabyte at a time: the import must refuse it without holding it.
        yield* repeatedChunks('x', 1024 * 1024, 50, () => undefined);
        yield '\r\n';
      },
      {
        row: 3,
        message: 'This row is longer than 1,048,576 characters, the most one row may hold',
      },
    ],
  ])('refuses %s, says why and writes nothing', async (_name, open, problem) => {
    const { organisationId } = await freshOrganisation();
    const before = await tableCounts(connection.db);
    const outcome = await importText(connection.db, organisationId, open());
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems).toContainEqual(expect.objectContaining(problem));
    expect(await tableCounts(connection.db)).toEqual(before);
  });

  it('reports every problem in the file, the first hundred in full', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({
      ...complaint,
      reference: `CS-${i}`,
      received_on: 'soon',
    }));
    const outcome = await importText(connection.db, org.organisationId, csvOf(rows));
    expect(outcome).toMatchObject({ ok: false, moreProblems: 50 });
    expect(outcome.ok ? [] : outcome.problems).toHaveLength(100);
  });

  /** Valid complaints CS-0, CS-1, …: enough of them fill batches that are written. */
  const complaints = (count: number): Cells[] =>
    Array.from({ length: count }, (_, i) => ({ ...complaint, reference: `CS-${i}` }));

  /** Valid cell by cell, but withdrawn before the stage it would end began: only the writer sees it. */
  const withdrawnBeforeStage2: Cells = {
    ...complaint,
    reference: 'LATE',
    s1_responded_on: '2023-04-10',
    s1_outcome: 'upheld',
    s2_requested_on: '2023-05-01',
    withdrawn_on: '2023-04-20',
  };

  it('refuses a row the writer cannot place, after checking every row, and writes nothing', async () => {
    const { organisationId } = await freshOrganisation();
    const before = await tableCounts(connection.db);
    const rows: Cells[] = [...complaints(BATCH_SIZE + 200), withdrawnBeforeStage2];
    const outcome = await importText(connection.db, organisationId, csvOf(rows));
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          line: BATCH_SIZE + 202,
          column: 'withdrawn_on',
          message: 'withdrawn_on is before stage 2 started (2023-05-01)',
        },
      ],
      moreProblems: 0,
    });
    expect(await tableCounts(connection.db)).toEqual(before);
  });

  it('lists problems of the cells and problems only the writer finds together, in file order', async () => {
    const { organisationId } = await freshOrganisation();
    const before = await tableCounts(connection.db);
    const rows: Cells[] = [
      { ...complaint, reference: 'CS-1', received_on: 'soon' },
      { ...complaint, reference: 'CS-2' },
      withdrawnBeforeStage2,
    ];
    const outcome = await importText(connection.db, organisationId, csvOf(rows));
    expect(outcome).toMatchObject({
      ok: false,
      problems: [
        expect.objectContaining({ line: 2, column: 'received_on' }),
        expect.objectContaining({ line: 4, column: 'withdrawn_on' }),
      ],
      moreProblems: 0,
    });
    expect(await tableCounts(connection.db)).toEqual(before);
  });

  it('refuses a bad row met after batches have been written, and leaves nothing behind', async () => {
    const { organisationId } = await freshOrganisation();
    const before = await tableCounts(connection.db);
    const rows: Cells[] = [
      ...complaints(2 * BATCH_SIZE + 200),
      { ...complaint, reference: 'CS-X', received_on: 'never' },
    ];
    const outcome = await importText(connection.db, organisationId, csvOf(rows));
    expect(outcome).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ line: 2 * BATCH_SIZE + 202, column: 'received_on' })],
      moreProblems: 0,
    });
    expect(await tableCounts(connection.db)).toEqual(before);
  });

  it('leaves nothing behind when reading the file fails part-way', async () => {
    const { organisationId } = await freshOrganisation();
    const before = await tableCounts(connection.db);
    const good = csvOf(complaints(2 * BATCH_SIZE + 200));
    async function* cutOff() {
      yield good;
      throw new Error('The connection was lost');
    }
    await expect(importText(connection.db, organisationId, cutOff())).rejects.toThrow(
      'The connection was lost',
    );
    expect(await tableCounts(connection.db)).toEqual(before);
  });

  it('exports a financial year by date received, leaving out complaints awaiting triage', async () => {
    const { organisationId, actors } = await freshOrganisation();
    await importText(
      connection.db,
      organisationId,
      csvOf([
        { ...complaint, reference: 'A', received_on: '2023-03-31' },
        { ...complaint, reference: 'B', received_on: '2023-04-01' },
        { ...complaint, reference: 'C', received_on: '2024-03-31' },
        { ...complaint, reference: 'D', received_on: '2024-04-01' },
      ]),
    );
    await logRecord(connection.db, actors.complaints_officer, organisationId, {
      kind: 'complaint',
      receivedOn: '2023-06-01',
    });
    const year = await exportText(connection.db, organisationId, { year: 2023 });
    const references = year
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(references).toEqual(['B', 'C']);
  });

  it('keeps restricted records out of the export for people not named on them', async () => {
    const { organisationId, actors } = await freshOrganisation();
    await importText(
      connection.db,
      organisationId,
      csvOf([
        { ...complaint, restricted: 'yes' },
        { ...complaint, reference: 'OPEN-1' },
      ]),
      { restrictedAccess: [actors.complaints_manager.id] },
    );
    const lines = (actor: typeof actors.complaints_officer) =>
      exportText(connection.db, organisationId, { actor }).then(
        (text) => text.trim().split('\r\n').length - 1,
      );
    expect(await lines(actors.complaints_manager)).toBe(2);
    expect(await lines(actors.complaints_officer)).toBe(1);
  });

  it('writes the same file again after importing it into an empty database', async () => {
    const { organisationId } = await freshOrganisation();
    const tricky: Cells[] = [
      {
        ...complaint,
        reference: 'CS-2024-0001',
        received_on: '2024-05-01',
        summary: '=HYPERLINK("http://example.com","Click") and "quotes", commas\nand a new line',
        team: '+Team with a plus',
        themes: "-Minus first;Communication;'=not a formula",
        complainant_id: '@P1',
        advocate: "'=already protected",
        child_circumstance: 'send',
        s1_acknowledged_on: '2024-05-02',
        s1_extended: 'yes',
        s1_suspended_days: '3',
        s1_responded_on: '2024-06-05',
        s1_outcome: 'partially_upheld',
        s1_manager_contacted: 'no',
        s1_reopened: '2',
        s2_requested_on: '2024-06-10',
        s2_extended: 'no',
        s2_suspended_days: '0',
        s2_responded_on: '2024-07-10',
        s2_outcome: 'not_upheld',
        s3_requested_on: '2024-07-20',
        s3_panel_on: '2024-08-20',
        s3_panel_report_on: '2024-08-27',
        s3_responded_on: '2024-09-10',
        s3_outcome: 'upheld',
        remedy_amount: '1250.5',
        remedy_stage: '3',
        restricted: 'yes',
      },
      {
        reference: 'CS-2024-0002',
        kind: 'complaint',
        procedure: 'corporate',
        received_on: '2024-05-02',
        summary: 'Ünïcødé – “smart quotes” and £ signs',
        s1_acknowledged_on: '2024-05-03',
        withdrawn_on: '2024-05-10',
      },
      {
        ...complaint,
        reference: 'HIST-1',
        received_on: '2024-05-03',
        s2_requested_on: '2024-05-03',
        complainant_role: 'adult_formerly_in_care',
      },
      {
        reference: 'OT-1',
        kind: 'other',
        received_on: '2024-05-04',
        summary: 'Resolving professional differences',
      },
    ];
    const sample = await readFile(SAMPLE, 'utf8');
    expect((await importText(connection.db, organisationId, sample)).ok).toBe(true);
    expect((await importText(connection.db, organisationId, csvOf(tricky))).ok).toBe(true);
    const first = await exportText(connection.db, organisationId);

    const empty = await createTestDatabase();
    try {
      const other = await seedOrganisation(empty.db, 'Another council');
      const outcome = await importText(empty.db, other.organisationId, first);
      expect(outcome).toMatchObject({ ok: true, result: { created: 12, unresolvedLinks: [] } });
      expect(await exportText(empty.db, other.organisationId)).toBe(first);
    } finally {
      await empty.close();
    }

    expect(first.startsWith('\uFEFFreference,kind,procedure,received_on,')).toBe(true);
    const row = first.split('\r\n').find((line) => line.startsWith('CS-2024-0001'))!;
    expect(row).toContain(`"'=HYPERLINK(""http://example.com"",""Click"") and ""quotes"", commas`);
    expect(row).toContain(",'+Team with a plus,");
    expect(row).toContain(",'@P1,");
    // Sorted, the theme that begins with an apostrophe comes first and is protected again.
    expect(row).toContain(",''=not a formula;-Minus first;Communication,");
    // The import took one apostrophe off; the export puts it back.
    expect(row).toContain(",'=already protected,");
    expect(row).toContain(',1250.50,3,');
    // The sample's links are kept both ways, so each record names the other.
    expect(first).toMatch(/\r\nCS-2023-0001,[^\r]*,MP-2023-0001,no,/);
  });
});
