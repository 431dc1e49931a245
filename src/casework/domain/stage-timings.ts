import type { Calendar, IsoDate, Period } from '../../calendar/types.ts';
import { band, elapsedWorkingDays, isLate, type Band } from '../../procedures/deadlines.ts';
import type { ClockStart, StageDefinition, Timescale } from '../../procedures/types.ts';

export interface TimedStage {
  clock_start_on: IsoDate | null;
  limit_days: number | null;
  maximum_days: number | null;
  extended: boolean;
  panel_on: IsoDate | null;
  panel_report_on: IsoDate | null;
  responded_on: IsoDate | null;
}

export interface StageTiming {
  what: string;
  elapsed: number;
  limit: number;
  maximum: number | null;
  band: Band;
  late: boolean;
}

const column: Partial<Record<ClockStart, 'panel_on' | 'panel_report_on'>> = {
  panel: 'panel_on',
  panel_report: 'panel_report_on',
};

/**
 * How long each finished part of a stage took, in working days, with its reporting band. A stage
 * without steps has one part, to the response; statutory stage 3 has the panel, its report and
 * the authority's response, each counted from the event before it. The stage's own limit and
 * maximum are the ones in force when it opened; a step's come from the procedure.
 */
export function stageTimings(
  calendar: Calendar,
  definition: StageDefinition | undefined,
  stage: TimedStage,
  suspensions: readonly Period[] = [],
): StageTiming[] {
  const steps = definition?.steps ?? [];
  // The date a step's clock counts from; a step counted from an event Heard does not record has none.
  const dateOf = (start: ClockStart) => {
    const key = column[start];
    return key ? stage[key] : null;
  };
  // The stage's own part ends where its first step starts, or at the response; each step likewise.
  const ends = [...steps.map((step) => dateOf(step.clockStart)), stage.responded_on];
  const own: Timescale = {
    clockStart: 'receipt',
    limit: stage.limit_days,
    maximum: stage.maximum_days,
  };
  const parts: { what: string; start: IsoDate | null; timescale: Timescale; extended: boolean }[] =
    [
      {
        what: steps.length > 0 ? 'Review panel' : 'Response',
        start: stage.clock_start_on,
        timescale: own,
        extended: stage.extended,
      },
      ...steps.map((step) => ({
        what: step.name,
        start: dateOf(step.clockStart),
        timescale: step,
        extended: false,
      })),
    ];
  return parts.flatMap(({ what, start, timescale, extended }, i) => {
    const end = ends[i] ?? null;
    if (!start || !end || timescale.limit === null) return [];
    const elapsed = elapsedWorkingDays(calendar, start, end, suspensions);
    return [
      {
        what,
        elapsed,
        limit: timescale.limit,
        maximum: timescale.maximum,
        band: band(elapsed, timescale),
        late: isLate(elapsed, timescale, extended),
      },
    ];
  });
}

export function bandLabel(timing: Pick<StageTiming, 'band' | 'maximum'>): string {
  switch (timing.band) {
    case 'within_limit':
      return 'Within the limit';
    case 'within_maximum':
      return 'After the limit, within the maximum';
    case 'beyond_maximum':
      return timing.maximum === null ? 'After the limit' : 'Beyond the maximum';
  }
}
