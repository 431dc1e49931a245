import type { ProcedureDefinition, ProcedureSet, StageDefinition, Timescale } from './types.ts';

// The default timescales of DESIGN §3. Councils differ, so each organisation can override them
// (see overrides.ts). All limits are working days.

const acknowledgement: Timescale = { clockStart: 'receipt', limit: 5, maximum: null };
const nextStageWindow: Timescale = { clockStart: 'response', limit: 20, maximum: null };

function stage(
  number: number,
  name: string,
  timescale: Timescale,
  extra: Partial<Pick<StageDefinition, 'enabled' | 'steps'>> = {},
): StageDefinition {
  return { stage: number, name, ...timescale, enabled: true, steps: [], ...extra };
}

/** One stage with a deadline counted from receipt, for the kinds of contact that are not complaints. */
function singleStage(
  code: ProcedureDefinition['code'],
  name: string,
  limit: number | null,
  maximum: number | null,
): ProcedureDefinition {
  return {
    code,
    name,
    stages: [stage(1, name, { clockStart: 'receipt', limit, maximum })],
    acknowledgement: null,
    nextStageWindow: null,
  };
}

function noDeadline(code: ProcedureDefinition['code'], name: string): ProcedureDefinition {
  return { code, name, stages: [], acknowledgement: null, nextStageWindow: null };
}

/** A fresh copy of the defaults each call, so no caller can change another's. */
export function defaultProcedures(): ProcedureSet {
  return {
    procedures: {
      statutory: {
        code: 'statutory',
        name: 'Statutory complaint',
        stages: [
          stage(1, 'Local resolution', { clockStart: 'receipt', limit: 10, maximum: 20 }),
          // The clock runs from the complainant's request; the date the statement of complaint
          // is agreed is recorded as well but does not restart it.
          stage(2, 'Investigation', { clockStart: 'request', limit: 25, maximum: 65 }),
          stage(
            3,
            'Review panel',
            { clockStart: 'request', limit: 30, maximum: null },
            {
              steps: [
                {
                  key: 'panel_report',
                  name: 'Panel report',
                  clockStart: 'panel',
                  limit: 5,
                  maximum: null,
                },
                {
                  key: 'authority_response',
                  name: 'Authority’s response',
                  clockStart: 'panel_report',
                  limit: 15,
                  maximum: null,
                },
              ],
            },
          ),
        ],
        acknowledgement: { ...acknowledgement },
        nextStageWindow: { ...nextStageWindow },
      },
      corporate: {
        code: 'corporate',
        name: 'Corporate complaint',
        stages: [
          stage(1, 'Stage 1', { clockStart: 'acknowledgement', limit: 10, maximum: 20 }),
          stage(2, 'Stage 2', { clockStart: 'acknowledgement', limit: 20, maximum: 40 }),
          // The Complaint Handling Code has two stages; a council that keeps a third turns it on,
          // and it runs to stage 2's default timescale unless the council sets its own.
          stage(
            3,
            'Stage 3',
            { clockStart: 'acknowledgement', limit: 20, maximum: 40 },
            { enabled: false },
          ),
        ],
        acknowledgement: { ...acknowledgement },
        nextStageWindow: { ...nextStageWindow },
      },
      concern: singleStage('concern', 'Concern', 5, null),
      enquiry: singleStage('enquiry', 'General enquiry', 10, 20),
      mp_enquiry: singleStage('mp_enquiry', 'MP enquiry', 10, 20),
      councillor_enquiry: singleStage('councillor_enquiry', 'Councillor enquiry', 10, 20),
      // DESIGN §3 sets no timescale for comments; answering one is treated like an enquiry.
      comment: singleStage('comment', 'Comment', 10, 20),
      // The Ombudsman sets the deadline for each enquiry (commonly 20 working days or 28 days),
      // so the due date is entered on the case.
      ombudsman: singleStage('ombudsman', 'Ombudsman enquiry', null, null),
      compliment: noDeadline('compliment', 'Compliment'),
      other: noDeadline('other', 'Other correspondence'),
    },
    complaintTimeLimitMonths: 12,
  };
}
