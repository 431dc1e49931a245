import { describe, expect, it } from 'vitest';
import { importRowSchema } from './row-schema.ts';
import { complaint, type Cells } from './testing.ts';

/** The problems with a row, as column: message. */
function problems(cells: Cells): string[] {
  const parsed = importRowSchema.safeParse(cells);
  return (parsed.error?.issues ?? []).map((issue) => `${String(issue.path[0])}: ${issue.message}`);
}

function parse(cells: Cells) {
  return importRowSchema.parse(cells);
}

describe('importRowSchema cells', () => {
  it('reads a blank or missing cell as unknown, and trims the others', () => {
    const row = parse({ ...complaint, reference: '  CS-1 ', channel: ' ', summary: ' Late ' });
    expect(row).toMatchObject({ reference: 'CS-1', channel: undefined, summary: 'Late' });
    expect(row.team).toBeUndefined();
  });

  it('reads codes in any letter case', () => {
    expect(
      parse({ ...complaint, kind: 'Complaint', s1_outcome: 'PARTIALLY_UPHELD' }),
    ).toMatchObject({ kind: 'complaint', s1_outcome: 'partially_upheld' });
  });

  it('reads yes and no as booleans, counts as integers and pounds as numbers', () => {
    const row = parse({
      ...complaint,
      restricted: 'Yes',
      s1_extended: 'no',
      s1_suspended_days: '12',
      s1_reopened: '0',
      remedy_amount: '£1,250.5',
      remedy_stage: '2',
    });
    expect(row).toMatchObject({
      restricted: true,
      s1_extended: false,
      s1_suspended_days: 12,
      s1_reopened: 0,
      remedy_amount: 1250.5,
      remedy_stage: '2',
    });
  });

  it('splits themes on semicolons, dropping blanks and repeats', () => {
    expect(parse({ ...complaint, themes: ' Delay; Communication;;Delay ' }).themes).toEqual([
      'Delay',
      'Communication',
    ]);
    expect(parse(complaint).themes).toEqual([]);
  });

  it('reads real dates, such as a leap day', () => {
    expect(parse({ ...complaint, received_on: '2024-02-29' }).received_on).toBe('2024-02-29');
  });

  it('takes s1_received_on from received_on when it is blank', () => {
    expect(parse(complaint).s1_received_on).toBe('2023-04-03');
    expect(parse({ ...complaint, s1_received_on: '2023-04-05' }).s1_received_on).toBe('2023-04-05');
  });

  it.each<[string, Cells, string]>([
    ['a blank required cell', { reference: ' ' }, 'reference: reference is required'],
    [
      'an unknown code',
      { kind: 'complain' },
      'kind: kind "complain" must be one of complaint, compliment, comment, concern, enquiry, mp_enquiry, councillor_enquiry, ombudsman, other',
    ],
    [
      'a date that is not YYYY-MM-DD',
      { received_on: 'April 2023' },
      'received_on: received_on "April 2023" must be a date written YYYY-MM-DD, like 2023-04-03',
    ],
    [
      'a day/month/year date',
      { received_on: '3/4/2023' },
      'received_on: received_on "3/4/2023" must be a date written YYYY-MM-DD, as 2023-04-03',
    ],
    [
      'a day/month/year date that is not real',
      { received_on: '29/02/2023' },
      'received_on: received_on "29/02/2023" must be a date written YYYY-MM-DD, like 2023-04-03',
    ],
    [
      'an impossible date',
      { s1_responded_on: '2023-02-29' },
      's1_responded_on: s1_responded_on "2023-02-29" is not a real date',
    ],
    [
      'a yes/no cell with another word',
      { restricted: 'y' },
      'restricted: restricted "y" must be yes or no',
    ],
    [
      'a count that is not a whole number',
      { s1_suspended_days: '2.5' },
      's1_suspended_days: s1_suspended_days "2.5" must be a whole number, like 0 or 3',
    ],
    [
      'an amount with pence beyond two places',
      { remedy_amount: '12.345', remedy_stage: '1' },
      'remedy_amount: remedy_amount "12.345" must be an amount in pounds, like 250 or 1250.50',
    ],
    [
      'a long value',
      { channel: 'x'.repeat(100) },
      `channel: channel "${'x'.repeat(40)}…" must be one of email, letter, phone, online, in_person, advocate, social_media, other`,
    ],
  ])('refuses %s', (_name, cells, problem) => {
    expect(problems({ ...complaint, ...cells })).toEqual([problem]);
  });
});

describe('importRowSchema rules between cells', () => {
  it.each<[string, Cells, string[]]>([
    [
      'a procedure on a kind other than complaint',
      { kind: 'concern' },
      ['procedure: procedure is only for complaint rows, not concern'],
    ],
    [
      'an accepted complaint with no procedure',
      { procedure: '' },
      ['procedure: procedure is required for a complaint, unless it has a not_accepted_reason'],
    ],
    [
      'a not_accepted_reason on a kind other than complaint',
      { kind: 'enquiry', procedure: '', not_accepted_reason: 'court' },
      ['not_accepted_reason: not_accepted_reason is only for complaint rows, not enquiry'],
    ],
    [
      'stage 2 and 3 cells on a single-stage kind',
      { kind: 'concern', procedure: '', s2_requested_on: '2023-05-01', s3_outcome: 'upheld' },
      [
        's2_requested_on: s2_requested_on is only for complaint rows, not concern',
        's3_outcome: s3_outcome is only for complaint rows, not concern',
      ],
    ],
    [
      'compliment_from on a kind other than compliment',
      { compliment_from: 'family' },
      ['compliment_from: compliment_from is only for compliment rows, not complaint'],
    ],
    [
      'ombudsman_reference on a kind other than ombudsman',
      { ombudsman_reference: '23 004 512' },
      ['ombudsman_reference: ombudsman_reference is only for ombudsman rows, not complaint'],
    ],
    [
      'an ombudsman outcome on a complaint',
      { s1_outcome: 'upheld_injustice' },
      [
        's1_outcome: s1_outcome "upheld_injustice" is only for ombudsman rows: use one of upheld, partially_upheld, not_upheld, not_determined, withdrawn, advice_given, outside_remit, non_responsive, legal_proceedings',
      ],
    ],
    [
      'a complaint outcome on an ombudsman row',
      { kind: 'ombudsman', procedure: '', s1_outcome: 'upheld' },
      [
        's1_outcome: s1_outcome "upheld" is not an ombudsman outcome: use one of premature, closed_local_remedy, closed_court_proceedings, closed_no_injustice, closed_outside_jurisdiction, closed_other, incomplete_invalid, not_upheld, partially_upheld, upheld_no_injustice, upheld_injustice, withdrawn',
      ],
    ],
    [
      'a response before receipt',
      { s1_received_on: '2023-04-05', s1_responded_on: '2023-04-04' },
      ['s1_responded_on: s1_responded_on is before s1_received_on'],
    ],
    [
      'a response before receipt when s1_received_on is blank',
      { s1_responded_on: '2023-04-02' },
      ['s1_responded_on: s1_responded_on is before received_on'],
    ],
    [
      'an acknowledgement before receipt',
      { s1_acknowledged_on: '2023-04-02' },
      ['s1_acknowledged_on: s1_acknowledged_on is before received_on'],
    ],
    [
      'stage 1 starting before the record was received',
      { s1_received_on: '2023-04-02' },
      ['s1_received_on: s1_received_on is before received_on'],
    ],
    [
      'a stage 2 request before the stage 1 response',
      { s1_responded_on: '2023-04-20', s2_requested_on: '2023-04-19' },
      ['s2_requested_on: s2_requested_on is before s1_responded_on'],
    ],
    [
      'a stage 2 response before its request',
      { s2_requested_on: '2023-05-01', s2_responded_on: '2023-04-30' },
      ['s2_responded_on: s2_responded_on is before s2_requested_on'],
    ],
    [
      'stage 3 dates out of order',
      {
        s3_requested_on: '2023-06-01',
        s3_panel_on: '2023-05-31',
        s3_panel_report_on: '2023-05-30',
        s3_responded_on: '2023-05-29',
      },
      [
        's3_panel_on: s3_panel_on is before s3_requested_on',
        's3_panel_report_on: s3_panel_report_on is before s3_panel_on',
        's3_responded_on: s3_responded_on is before s3_panel_report_on',
      ],
    ],
    [
      'a stage 3 response before the request when the panel dates are blank',
      { s3_requested_on: '2023-06-01', s3_responded_on: '2023-05-31' },
      ['s3_responded_on: s3_responded_on is before s3_requested_on'],
    ],
    [
      'a withdrawal before receipt',
      { withdrawn_on: '2023-04-02' },
      ['withdrawn_on: withdrawn_on is before received_on'],
    ],
    [
      'a remedy amount without its stage',
      { remedy_amount: '250' },
      ['remedy_stage: remedy_stage is required with remedy_amount: 1, 2, 3 or ombudsman'],
    ],
  ])('refuses %s', (_name, cells, expected) => {
    expect(problems({ ...complaint, ...cells })).toEqual(expected);
  });

  it.each<[string, Cells]>([
    [
      'a complaint not accepted, with no procedure',
      { procedure: '', not_accepted_reason: 'court' },
    ],
    [
      'a historic complaint starting at stage 2',
      { s2_requested_on: '2023-04-03', s2_responded_on: '2023-05-01', s2_outcome: 'upheld' },
    ],
    [
      'stages in order on the same days',
      {
        s1_received_on: '2023-04-03',
        s1_acknowledged_on: '2023-04-03',
        s1_responded_on: '2023-04-03',
        s2_requested_on: '2023-04-03',
        s3_requested_on: '2023-04-03',
        s3_panel_on: '2023-04-03',
        s3_panel_report_on: '2023-04-03',
        s3_responded_on: '2023-04-03',
        withdrawn_on: '2023-04-03',
      },
    ],
    [
      'an ombudsman case with an ombudsman outcome',
      {
        kind: 'ombudsman',
        procedure: '',
        s1_outcome: 'closed_local_remedy',
        ombudsman_reference: '23 004 512',
      },
    ],
    [
      'a compliment from a foster carer',
      { kind: 'compliment', procedure: '', compliment_from: 'foster_carer' },
    ],
    ['a remedy with its stage', { remedy_amount: '0', remedy_stage: 'ombudsman' }],
  ])('accepts %s', (_name, cells) => {
    expect(problems({ ...complaint, ...cells })).toEqual([]);
  });

  it('checks the rules between cells only once every cell is valid', () => {
    expect(problems({ ...complaint, kind: 'concern', received_on: '2023-02-30' })).toEqual([
      'received_on: received_on "2023-02-30" is not a real date',
    ]);
  });
});
