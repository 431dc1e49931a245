import type { Db } from '../db/connect.ts';
import type { Actor } from '../casework/access.ts';
import { runCaseCommand } from '../casework/command.ts';
import { checkEventDate } from '../casework/use-cases/date-rules.ts';
import { InvalidChangeError } from '../casework/errors.ts';
import { REMEDY_STAGE_LABELS, type RemedyStage } from '../import/codes.ts';
import { formatMoney } from '../records/format.ts';
import {
  FINANCIAL_TYPE_LABELS,
  REMEDY_KIND_LABELS,
  type FinancialType,
  type RemedyKind,
} from './codes.ts';

type Version = number | undefined;

export interface RemedyInput {
  kind: RemedyKind;
  stage: RemedyStage;
  description: string | null;
  amount: number | null;
  financialType: FinancialType | null;
  agreedOn: string;
  dueOn: string | null;
  doneOn: string | null;
}

/** The stages a record's remedies can belong to: a complaint's stages so far, or the Ombudsman's. */
function checkStage(kind: string, latestStage: number | null, stage: RemedyStage): void {
  if (kind === 'ombudsman') {
    if (stage !== 'ombudsman')
      throw new InvalidChangeError('A remedy on an Ombudsman case is an Ombudsman remedy', 'stage');
    return;
  }
  if (latestStage === null)
    throw new InvalidChangeError('Accept the complaint before recording a remedy', 'stage');
  if (stage === 'ombudsman')
    throw new InvalidChangeError('Record Ombudsman remedies on the Ombudsman case', 'stage');
  if (Number(stage) > latestStage)
    throw new InvalidChangeError(`This complaint has not reached stage ${stage}`, 'stage');
}

function checkMoney(input: RemedyInput): void {
  if (input.kind === 'financial') {
    if (input.amount === null || input.amount <= 0)
      throw new InvalidChangeError('Enter the amount of the financial remedy', 'amount');
    if (!input.financialType)
      throw new InvalidChangeError('Choose what the payment is for', 'financialType');
  } else if (input.amount !== null || input.financialType !== null) {
    throw new InvalidChangeError(
      'Only a financial remedy has an amount: choose financial remedy, or remove the amount',
      'kind',
    );
  }
}

function describe(input: Pick<RemedyInput, 'kind' | 'amount' | 'financialType'>): string {
  if (input.kind !== 'financial') return REMEDY_KIND_LABELS[input.kind];
  const type = input.financialType
    ? ` for ${FINANCIAL_TYPE_LABELS[input.financialType].toLowerCase()}`
    : '';
  return `${REMEDY_KIND_LABELS.financial} of ${formatMoney(input.amount)}${type}`;
}

export function addRemedy(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: RemedyInput,
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'add_remedy' },
    async ({ trx, record, stage, today }) => {
      checkStage(record.kind, stage?.number ?? null, input.stage);
      checkMoney(input);
      checkEventDate(input.agreedOn, 'agreedOn', 'The date agreed', {
        today,
        notBefore: { date: record.received_on, what: 'the date received' },
      });
      if (input.dueOn && input.dueOn < input.agreedOn)
        throw new InvalidChangeError('The due date must be on or after the date agreed', 'dueOn');
      if (input.doneOn)
        checkEventDate(input.doneOn, 'doneOn', 'The date done', {
          today,
          notBefore: { date: input.agreedOn, what: 'the date agreed' },
        });
      const remedy = await trx
        .insertInto('remedies')
        .values({
          organisation_id: record.organisation_id,
          record_id: record.id,
          stage_number: input.stage,
          kind: input.kind,
          description: input.description?.trim() || null,
          amount: input.amount,
          financial_type: input.financialType,
          agreed_on: input.agreedOn,
          due_on: input.dueOn,
          done_on: input.doneOn,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return {
        summary: `${REMEDY_STAGE_LABELS[input.stage]} remedy agreed on ${input.agreedOn}: ${describe(input)}${input.dueOn ? `, due ${input.dueOn}` : ''}${input.doneOn ? `, done ${input.doneOn}` : ''}`,
        after: { remedyId: remedy.id, ...input },
        result: remedy.id,
      };
    },
  );
}

export function markRemedyDone(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { remedyId: string; doneOn: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'add_remedy' },
    async ({ trx, record, today }) => {
      const remedy = await trx
        .selectFrom('remedies')
        .selectAll()
        .where('id', '=', input.remedyId)
        .where('record_id', '=', record.id)
        .executeTakeFirst();
      if (!remedy) throw new InvalidChangeError('That remedy is not on this record', 'doneOn');
      if (remedy.done_on)
        throw new InvalidChangeError(`This remedy was done on ${remedy.done_on}`, 'doneOn');
      checkEventDate(input.doneOn, 'doneOn', 'The date done', {
        today,
        notBefore: remedy.agreed_on ? { date: remedy.agreed_on, what: 'the date agreed' } : null,
      });
      await trx
        .updateTable('remedies')
        .set({ done_on: input.doneOn })
        .where('id', '=', remedy.id)
        .execute();
      const late = remedy.due_on !== null && input.doneOn > remedy.due_on;
      return {
        summary: `Remedy done on ${input.doneOn}: ${describe({
          kind: remedy.kind as RemedyKind,
          amount: remedy.amount,
          financialType: remedy.financial_type as FinancialType | null,
        })}${late ? ` (after its due date, ${remedy.due_on})` : ''}`,
        before: { remedyId: remedy.id, doneOn: null },
        after: { remedyId: remedy.id, doneOn: input.doneOn },
      };
    },
  );
}
