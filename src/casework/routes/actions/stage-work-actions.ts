import { z } from 'zod';
import type { Db } from '../../../db/connect.ts';
import { OUTCOME_LABELS } from '../../../import/codes.ts';
import { FINDINGS } from '../../domain/findings.ts';
import type { CaseState } from '../../queries/case-state.ts';
import {
  agreeStatement,
  recordFindings,
  recordPanel,
  recordPanelReport,
} from '../../use-cases/people-and-stages.ts';
import type { FormErrors } from '../../../web/forms.ts';
import { readForm, requiredText, type Body } from '../form-input.ts';
import { itemsOf } from '../items.ts';
import { defineAction } from './action.ts';

async function stagePoints(db: Db, c: CaseState) {
  if (!c.stage) return [];
  return db
    .selectFrom('complaint_points')
    .select(['number', 'text', 'finding', 'finding_notes'])
    .where('stage_id', '=', c.stage.id)
    .orderBy('number')
    .execute();
}

export const agreeStatementAction = defineAction({
  slug: 'statement',
  event: 'agree_statement',
  title: 'Agree the statement of complaint',
  fields: 'statement.njk',
  dateFields: ['agreedOn'],
  load: async (db, c) => ({ points: await stagePoints(db, c) }),
  initial: (_c, data) => ({ points: data.points.map((p) => p.text).join('\n') }),
  read: (body) =>
    readForm(
      body,
      z.object({
        points: requiredText(
          'Enter at least one point of complaint',
          'The points',
          20000,
        ).transform((text) => text.split(/\r?\n/)),
      }),
      { required: { agreedOn: 'The date the statement was agreed' } },
    ),
  run: (db, actor, id, version, v) => agreeStatement(db, actor, id, version, v),
  done: 'The statement of complaint was saved',
});

const findingItems = itemsOf(FINDINGS, OUTCOME_LABELS);

/** One finding per point: radios `finding-N` and notes `notes-N`, N the point's number. */
function readFindings(body: Body, points: { number: number }[]) {
  const errors: FormErrors = { list: [], fields: {} };
  const findings = points.map((point) => {
    const finding = body[`finding-${point.number}`];
    const notes = body[`notes-${point.number}`];
    if (!FINDINGS.includes(finding as (typeof FINDINGS)[number])) {
      const text = `Choose a finding for point ${point.number}`;
      errors.fields[`finding-${point.number}`] = { text };
      errors.list.push({ text, href: `#finding-${point.number}` });
    }
    return {
      number: point.number,
      finding: finding as (typeof FINDINGS)[number],
      notes: typeof notes === 'string' && notes.trim() ? notes.trim().slice(0, 5000) : null,
    };
  });
  return errors.list.length
    ? { ok: false as const, errors }
    : { ok: true as const, value: findings };
}

export const recordFindingsAction = defineAction({
  slug: 'findings',
  event: 'record_finding',
  title: 'Record findings',
  fields: 'findings.njk',
  load: async (db, c) => ({ points: await stagePoints(db, c), findingItems }),
  initial: (_c, data) =>
    Object.fromEntries(
      data.points.flatMap((p) => [
        [`finding-${p.number}`, p.finding ?? undefined],
        [`notes-${p.number}`, p.finding_notes ?? undefined],
      ]),
    ),
  read: (body, _c, data) => readFindings(body, data.points),
  run: (db, actor, id, version, findings) => recordFindings(db, actor, id, version, { findings }),
  done: 'The findings were recorded',
});

export const recordPanelAction = defineAction({
  slug: 'panel',
  event: 'record_panel',
  title: 'Record the review panel',
  fields: 'panel.njk',
  dateFields: ['panelOn'],
  read: (body) => readForm(body, z.object({}), { required: { panelOn: 'The panel date' } }),
  run: (db, actor, id, version, v) => recordPanel(db, actor, id, version, v),
  done: 'The panel date was recorded',
});

export const recordPanelReportAction = defineAction({
  slug: 'panel-report',
  event: 'record_panel_report',
  title: 'Record the panel report',
  fields: 'panel-report.njk',
  dateFields: ['reportOn'],
  read: (body) => readForm(body, z.object({}), { required: { reportOn: 'The panel report date' } }),
  run: (db, actor, id, version, v) => recordPanelReport(db, actor, id, version, v),
  done: 'The panel report was recorded',
});
