import type { OrganisationRules } from '../organisation-rules.ts';
import { stageDefinition } from '../domain/stage-clock.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../access.ts';
import { runCaseCommand } from '../command.ts';
import { checkEventDate } from './date-rules.ts';
import { InvalidChangeError } from '../errors.ts';
import type { Finding } from '../domain/findings.ts';

type Version = number | undefined;

/**
 * Stage 3 has deadlines one after another: the panel, then its report, then the authority's
 * response. Once one is met, the stage is due by the next, so lists and badges show what is
 * due now.
 */
function stepDueDate(
  rules: OrganisationRules,
  stage: { procedure: string; number: number },
  after: 'panel' | 'panel_report',
  on: string,
): string | null {
  const step = stageDefinition(rules.procedures, stage.procedure, stage.number)?.steps.find(
    (s) => s.clockStart === after,
  );
  return step && step.limit !== null ? rules.calendar.addWorkingDays(on, step.limit) : null;
}

const dueBy = (date: string | null) => (date ? { due_on: date } : {});

export const APPOINTMENT_ROLES = {
  investigating_officer: 'Investigating officer',
  independent_person: 'Independent person',
  adjudicator: 'Adjudicating officer',
  panel_chair: 'Panel chair',
  panellist: 'Panel member',
} as const;
export type AppointmentRole = keyof typeof APPOINTMENT_ROLES;

export function allocate(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: {
    teamId: string | null;
    serviceAreaId: string | null;
    respondingManagerId: string | null;
  },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'allocate' },
    async ({ trx, record }) => {
      const names = async () => {
        const [team, manager] = await Promise.all([
          input.teamId
            ? trx
                .selectFrom('teams')
                .select('name')
                .where('id', '=', input.teamId)
                .where('organisation_id', '=', record.organisation_id)
                .executeTakeFirst()
            : undefined,
          input.respondingManagerId
            ? trx
                .selectFrom('users')
                .select('name')
                .where('id', '=', input.respondingManagerId)
                .where('organisation_id', '=', record.organisation_id)
                .executeTakeFirst()
            : undefined,
        ]);
        if (input.teamId && !team)
          throw new InvalidChangeError('Choose a team from the list', 'teamId');
        if (input.respondingManagerId && !manager)
          throw new InvalidChangeError(
            'Choose a responding manager from the list',
            'respondingManagerId',
          );
        return { team: team?.name ?? null, manager: manager?.name ?? null };
      };
      const { team, manager } = await names();
      return {
        summary: `Allocated to ${team ?? 'no team'}${manager ? `, responding manager ${manager}` : ''}`,
        recordChanges: {
          team_id: input.teamId,
          service_area_id: input.serviceAreaId,
          responding_manager_id: input.respondingManagerId,
        },
        before: { teamId: record.team_id, respondingManagerId: record.responding_manager_id },
        after: { team, respondingManager: manager },
      };
    },
  );
}

export function recordManagerContact(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { contacted: boolean; method: string | null; contactedOn: string | null },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'record_manager_contact' },
    async ({ trx, stage, today }) => {
      if (input.contacted && input.contactedOn)
        checkEventDate(input.contactedOn, 'contactedOn', 'The date of contact', {
          today,
          notBefore: { date: stage!.started_on, what: 'the start of the stage' },
        });
      await trx
        .updateTable('stages')
        .set({
          manager_contacted: input.contacted,
          manager_contact_method: input.contacted ? input.method : null,
        })
        .where('id', '=', stage!.id)
        .execute();
      return {
        summary: input.contacted
          ? `The manager contacted the complainant${input.method ? ` by ${input.method}` : ''}${input.contactedOn ? ` on ${input.contactedOn}` : ''}`
          : 'The manager did not contact the complainant before responding',
        after: { contacted: input.contacted, method: input.method },
      };
    },
  );
}

/** Appoints someone to the current stage: a Heard user (who then sees the case) or an outside person by name. */
export function appoint(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { role: AppointmentRole; userId: string | null; name: string | null; appointedOn: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'appoint' },
    async ({ trx, record, stage, today }) => {
      const s = stage!;
      if (s.number < 2 && input.role !== 'adjudicator')
        throw new InvalidChangeError(
          'Investigators, independent people and panels are appointed at stage 2 or 3',
          'role',
        );
      if (input.role.startsWith('panel') && s.number !== 3)
        throw new InvalidChangeError('Panel members are appointed at stage 3', 'role');
      checkEventDate(input.appointedOn, 'appointedOn', 'The date appointed', {
        today,
        notBefore: { date: s.started_on, what: 'the start of the stage' },
      });
      let name = input.name?.trim() || null;
      if (input.userId) {
        const user = await trx
          .selectFrom('users')
          .select('name')
          .where('id', '=', input.userId)
          .where('organisation_id', '=', record.organisation_id)
          .executeTakeFirst();
        if (!user) throw new InvalidChangeError('Choose a person from the list', 'userId');
        name = user.name;
      }
      if (!name) throw new InvalidChangeError('Choose a person or enter their name', 'name');
      await trx
        .insertInto('stage_appointments')
        .values({
          stage_id: s.id,
          organisation_id: record.organisation_id,
          role: input.role,
          user_id: input.userId,
          name,
          appointed_on: input.appointedOn,
        })
        .execute();
      return {
        summary: `${APPOINTMENT_ROLES[input.role]} appointed for stage ${s.number}: ${name}`,
        after: { role: input.role, name },
      };
    },
  );
}

/** The statement of complaint: the numbered points the stage 2 investigation will make findings on. */
export function agreeStatement(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { agreedOn: string; points: string[] },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'agree_statement' },
    async ({ trx, record, stage, today }) => {
      const s = stage!;
      const points = input.points.map((p) => p.trim()).filter((p) => p.length > 0);
      if (points.length === 0)
        throw new InvalidChangeError('Enter at least one point of complaint', 'points');
      checkEventDate(input.agreedOn, 'agreedOn', 'The date the statement was agreed', {
        today,
        notBefore: { date: s.started_on, what: 'the stage 2 request' },
      });
      const existing = await trx
        .selectFrom('complaint_points')
        .select('finding')
        .where('stage_id', '=', s.id)
        .execute();
      if (existing.some((p) => p.finding !== null))
        throw new InvalidChangeError(
          'Findings have been recorded: the statement can no longer change',
          'points',
        );
      await trx.deleteFrom('complaint_points').where('stage_id', '=', s.id).execute();
      await trx
        .insertInto('complaint_points')
        .values(
          points.map((text, i) => ({
            stage_id: s.id,
            organisation_id: record.organisation_id,
            number: i + 1,
            text,
          })),
        )
        .execute();
      await trx
        .updateTable('stages')
        .set({ statement_agreed_on: input.agreedOn })
        .where('id', '=', s.id)
        .execute();
      return {
        summary: `Statement of complaint agreed on ${input.agreedOn} with ${points.length} point${points.length === 1 ? '' : 's'}`,
        after: { points },
      };
    },
  );
}

export function recordFindings(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { findings: { number: number; finding: Finding; notes: string | null }[] },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'record_finding' },
    async ({ trx, stage }) => {
      const points = await trx
        .selectFrom('complaint_points')
        .select(['id', 'number'])
        .where('stage_id', '=', stage!.id)
        .execute();
      for (const f of input.findings) {
        const point = points.find((p) => p.number === f.number);
        if (!point)
          throw new InvalidChangeError(`There is no point ${f.number}`, `finding-${f.number}`);
        await trx
          .updateTable('complaint_points')
          .set({ finding: f.finding, finding_notes: f.notes })
          .where('id', '=', point.id)
          .execute();
      }
      return {
        summary: `Findings recorded on ${input.findings.length} point${input.findings.length === 1 ? '' : 's'}`,
        after: { findings: input.findings },
      };
    },
  );
}

export function recordPanel(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { panelOn: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'record_panel' },
    async ({ trx, stage, rules, today }) => {
      const s = stage!;
      checkEventDate(input.panelOn, 'panelOn', 'The panel date', {
        today,
        notBefore: { date: s.started_on, what: 'the stage 3 request' },
      });
      await trx
        .updateTable('stages')
        .set({
          panel_on: input.panelOn,
          ...dueBy(stepDueDate(rules, stage!, 'panel', input.panelOn)),
        })
        .where('id', '=', s.id)
        .execute();
      const late = s.due_on !== null && input.panelOn > s.due_on;
      return {
        summary: `Review panel held on ${input.panelOn}${late ? ' (after the 30 working days)' : ''}`,
        after: { panelOn: input.panelOn },
      };
    },
  );
}

export function recordPanelReport(
  db: Db,
  actor: Actor,
  recordId: string,
  expectedVersion: Version,
  input: { reportOn: string },
) {
  return runCaseCommand(
    db,
    actor,
    { recordId, expectedVersion, event: 'record_panel_report' },
    async ({ trx, stage, rules, today }) => {
      const s = stage!;
      checkEventDate(input.reportOn, 'reportOn', 'The panel report date', {
        today,
        notBefore: { date: s.panel_on!, what: 'the panel' },
      });
      await trx
        .updateTable('stages')
        .set({
          panel_report_on: input.reportOn,
          ...dueBy(stepDueDate(rules, stage!, 'panel_report', input.reportOn)),
        })
        .where('id', '=', s.id)
        .execute();
      return {
        summary: `Panel report received on ${input.reportOn}`,
        after: { reportOn: input.reportOn },
      };
    },
  );
}
