import type { ProcedureSet, Timescale } from './types.ts';

export interface TimescaleRow {
  procedure: string;
  stage: string;
  clockStart: string;
  limit: string;
  maximum: string | null;
}

const clockStarts: Record<Timescale['clockStart'], string> = {
  receipt: 'receipt',
  acknowledgement: 'acknowledgement',
  request: 'the request',
  panel: 'the panel',
  panel_report: 'the panel report',
  response: 'the response',
};

function days(n: number | null): string {
  return n === null ? 'set case by case' : `${n} working day${n === 1 ? '' : 's'}`;
}

/** Every timescale in force, as lines a complaints manager can check against their policy. */
export function timescaleRows(set: ProcedureSet): TimescaleRow[] {
  const rows: TimescaleRow[] = [];
  const add = (procedure: string, stage: string, t: Timescale) =>
    rows.push({
      procedure,
      stage,
      clockStart: clockStarts[t.clockStart],
      limit: days(t.limit),
      maximum: t.maximum === null ? null : days(t.maximum),
    });
  for (const definition of Object.values(set.procedures)) {
    if (definition.acknowledgement)
      add(definition.name, 'Acknowledgement', definition.acknowledgement);
    for (const stage of definition.stages.filter((s) => s.enabled)) {
      const label =
        definition.stages.length > 1 ? `Stage ${stage.stage}: ${stage.name}` : stage.name;
      add(definition.name, label, stage);
      for (const step of stage.steps)
        add(definition.name, `Stage ${stage.stage}: ${step.name}`, step);
    }
    if (definition.nextStageWindow)
      add(definition.name, 'Asking for the next stage', definition.nextStageWindow);
  }
  return rows;
}
