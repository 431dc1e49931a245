import { z } from 'zod';
import {
  NOT_ACCEPTED_REASONS,
  NOT_ACCEPTED_REASON_LABELS,
  PROCEDURES,
  PROCEDURE_LABELS,
  KIND_LABELS,
} from '../../../import/codes.ts';
import { changeProcedure, triage } from '../../use-cases/triage.ts';
import { checkbox, choice, optionalText, readForm, requiredText } from '../form-input.ts';
import { itemsOf } from '../items.ts';
import { defineAction } from './action.ts';

const procedureItems = itemsOf(PROCEDURES, PROCEDURE_LABELS);
const CONVERT_TO = ['concern', 'enquiry', 'comment'] as const;

export const triageAccept = defineAction({
  slug: 'accept',
  event: 'triage_accept',
  title: 'Accept the complaint',
  fields: 'triage-accept.njk',
  button: 'Accept the complaint',
  dateFields: ['stage2RequestedOn'],
  load: async () => ({ procedureItems }),
  read: (body) =>
    readForm(
      body,
      z.object({
        procedure: choice(PROCEDURES, 'Choose the procedure'),
        startAtStage2: checkbox,
        historicReason: optionalText('The reason'),
      }),
      { optional: { stage2RequestedOn: 'The date stage 2 was requested' } },
      ['procedure', 'startAtStage2', 'historicReason', 'stage2RequestedOn'],
    ),
  run: (db, actor, id, version, v) =>
    triage(db, actor, id, version, {
      decision: 'accept',
      procedure: v.procedure,
      startAtStage: v.startAtStage2 ? 2 : 1,
      historicReason: v.startAtStage2 ? v.historicReason : null,
      stage2RequestedOn: v.startAtStage2 ? v.stage2RequestedOn : null,
    }),
  done: 'The complaint was accepted',
});

export const triageConvert = defineAction({
  slug: 'convert',
  event: 'triage_convert',
  title: 'Treat as a concern or enquiry',
  fields: 'triage-convert.njk',
  load: async () => ({ kindItems: itemsOf(CONVERT_TO, KIND_LABELS) }),
  read: (body) =>
    readForm(body, z.object({ kind: choice(CONVERT_TO, 'Choose what to treat this as') })),
  run: (db, actor, id, version, v) =>
    triage(db, actor, id, version, { decision: 'convert', kind: v.kind }),
  done: 'The record was changed from a complaint',
});

export const triageNotAccept = defineAction({
  slug: 'not-accepted',
  event: 'triage_not_accept',
  title: 'Do not accept the complaint',
  fields: 'triage-not-accept.njk',
  dateFields: ['letterSentOn'],
  load: async () => ({ reasonItems: itemsOf(NOT_ACCEPTED_REASONS, NOT_ACCEPTED_REASON_LABELS) }),
  read: (body) =>
    readForm(
      body,
      z.object({ reason: choice(NOT_ACCEPTED_REASONS, 'Choose why it is not accepted') }),
      { required: { letterSentOn: 'The date the letter was sent' } },
      ['reason', 'letterSentOn'],
    ),
  run: (db, actor, id, version, v) =>
    triage(db, actor, id, version, {
      decision: 'not_accept',
      reason: v.reason,
      letterSentOn: v.letterSentOn,
    }),
  done: 'The complaint was recorded as not accepted',
});

export const changeProcedureAction = defineAction({
  slug: 'procedure',
  event: 'change_procedure',
  title: 'Change procedure',
  fields: 'change-procedure.njk',
  load: async () => ({ procedureItems }),
  read: (body) =>
    readForm(
      body,
      z.object({
        procedure: choice(PROCEDURES, 'Choose the procedure'),
        reason: requiredText('Enter the reason for changing procedure', 'The reason'),
      }),
    ),
  run: (db, actor, id, version, v) => changeProcedure(db, actor, id, version, v),
  done: 'The procedure was changed',
});
