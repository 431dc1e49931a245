import type { Db } from '../../db/connect.ts';
import type { Actor } from '../access.ts';
import { runCaseCommand } from '../command.ts';
import { refreshStageDeadline } from '../stages-repository.ts';
import { checkEventDate } from './date-rules.ts';
import { InvalidChangeError } from '../errors.ts';
import { dueAfterSuspension } from '../domain/stage-clock.ts';

type Version = number | undefined;

export function acknowledge(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { acknowledgedOn: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'acknowledge' },
    async ({ trx, stage, rules, today }) => {
      const s = stage!;
      checkEventDate(input.acknowledgedOn, 'acknowledgedOn', 'The acknowledgement date', {
        today,
        notBefore: { date: s.started_on, what: 'the start of the stage' },
      });
      await trx
        .updateTable('stages')
        .set({ acknowledged_on: input.acknowledgedOn })
        .where('id', '=', s.id)
        .execute();
      const due = await refreshStageDeadline(trx, rules, {
        ...s,
        acknowledged_on: input.acknowledgedOn,
      });
      return {
        summary: `Stage ${s.number} acknowledged on ${input.acknowledgedOn}${due ? `; response due ${due}` : ''}`,
        after: { acknowledgedOn: input.acknowledgedOn, dueOn: due },
      };
    },
  );
}

/**
 * An extension sets the new due date agreed with the complainant, the reason and when they were
 * told. It cannot go beyond the procedure's maximum: that is the statutory limit.
 */
export function extend(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { newDueOn: string; reason: string; toldOn: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'extend' },
    async ({ trx, stage, rules, today }) => {
      const s = stage!;
      if (s.maximum_days === null)
        throw new InvalidChangeError('This stage cannot be extended', 'newDueOn');
      if (!input.reason.trim())
        throw new InvalidChangeError('Enter the reason for the extension', 'reason');
      if (!s.clock_start_on || !s.due_on)
        throw new InvalidChangeError(
          'Record the acknowledgement first: the clock has not started',
          'newDueOn',
        );
      if (input.newDueOn <= s.due_on)
        throw new InvalidChangeError(
          `The new due date must be after the current due date (${s.due_on})`,
          'newDueOn',
        );
      const maximum = rules.calendar.addWorkingDays(s.clock_start_on, s.maximum_days);
      if (input.newDueOn > maximum) {
        throw new InvalidChangeError(
          `The new due date cannot be after ${maximum}, the maximum of ${s.maximum_days} working days`,
          'newDueOn',
        );
      }
      checkEventDate(input.toldOn, 'toldOn', 'The date the complainant was told', {
        today,
        notBefore: { date: s.started_on, what: 'the start of the stage' },
      });
      await trx
        .updateTable('stages')
        .set({
          extended: true,
          due_on: input.newDueOn,
          extension_reason: input.reason,
          extension_told_on: input.toldOn,
        })
        .where('id', '=', s.id)
        .execute();
      return {
        summary: `Stage ${s.number} extended to ${input.newDueOn}: ${input.reason}`,
        before: { dueOn: s.due_on },
        after: { dueOn: input.newDueOn, reason: input.reason, toldOn: input.toldOn },
      };
    },
  );
}

export function suspend(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { fromOn: string; reason: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'suspend' },
    async ({ trx, stage, today }) => {
      const s = stage!;
      if (!input.reason.trim())
        throw new InvalidChangeError('Enter the reason for suspending the clock', 'reason');
      checkEventDate(input.fromOn, 'fromOn', 'The date the clock stops', {
        today,
        notBefore: { date: s.started_on, what: 'the start of the stage' },
      });
      const last = await trx
        .selectFrom('stage_suspensions')
        .select('to_on')
        .where('stage_id', '=', s.id)
        .orderBy('to_on', 'desc')
        .executeTakeFirst();
      if (last?.to_on && input.fromOn <= last.to_on) {
        throw new InvalidChangeError(
          `The clock was suspended until ${last.to_on}: choose a later date`,
          'fromOn',
        );
      }
      await trx
        .insertInto('stage_suspensions')
        .values({
          stage_id: s.id,
          organisation_id: s.organisation_id,
          from_on: input.fromOn,
          reason: input.reason,
        })
        .execute();
      return {
        summary: `Clock suspended from ${input.fromOn}: ${input.reason}`,
        after: { fromOn: input.fromOn, reason: input.reason },
      };
    },
  );
}

export function resume(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { toOn: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'resume' },
    async ({ trx, stage, rules, today }) => {
      const s = stage!;
      const open = await trx
        .selectFrom('stage_suspensions')
        .selectAll()
        .where('stage_id', '=', s.id)
        .where('to_on', 'is', null)
        .executeTakeFirstOrThrow();
      checkEventDate(input.toOn, 'toOn', 'The last day of the suspension', {
        today,
        notBefore: { date: open.from_on, what: 'the day the clock stopped' },
      });
      await trx
        .updateTable('stage_suspensions')
        .set({ to_on: input.toOn })
        .where('id', '=', open.id)
        .execute();
      let due: string | null;
      if (s.extended && s.due_on) {
        due = dueAfterSuspension(rules.calendar, s.due_on, { from: open.from_on, to: input.toOn });
        await trx.updateTable('stages').set({ due_on: due }).where('id', '=', s.id).execute();
      } else {
        due = await refreshStageDeadline(trx, rules, s);
      }
      return {
        summary: `Clock restarted after a suspension from ${open.from_on} to ${input.toOn}${due ? `; now due ${due}` : ''}`,
        before: { dueOn: s.due_on },
        after: { suspendedFrom: open.from_on, suspendedTo: input.toOn, dueOn: due },
      };
    },
  );
}
