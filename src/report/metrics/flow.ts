import type { IsoDate } from '../../calendar/types.ts';
import { inRange, type YearRange } from './year.ts';

/** How many stages (or single-stage records) came in, were carried over, finished and remain. */
export interface Flow {
  readonly received: number;
  readonly carriedForward: number;
  /** received + carriedForward, which equals concluded + ongoing */
  readonly workedOn: number;
  readonly concluded: number;
  readonly ongoing: number;
}

/** Anything with a start and, once it has finished, an end. */
export interface Span {
  readonly start: IsoDate;
  readonly end: IsoDate | null;
}

// DESIGN §4's definitions. They add up (worked on = concluded + ongoing) only because an end is
// never before its start, which the input guarantees.

export function isReceived({ start }: Span, year: YearRange): boolean {
  return inRange(start, year);
}

function isCarriedForward({ start, end }: Span, year: YearRange): boolean {
  return start < year.start && (end === null || end >= year.start);
}

export function isConcluded({ end }: Span, year: YearRange): boolean {
  return end !== null && inRange(end, year);
}

function isOngoing({ start, end }: Span, year: YearRange): boolean {
  return start <= year.end && (end === null || end > year.end);
}

export function flowOf(spans: readonly Span[], year: YearRange): Flow {
  const count = (test: (span: Span, year: YearRange) => boolean) =>
    spans.filter((span) => test(span, year)).length;
  const received = count(isReceived);
  const carriedForward = count(isCarriedForward);
  return {
    received,
    carriedForward,
    workedOn: received + carriedForward,
    concluded: count(isConcluded),
    ongoing: count(isOngoing),
  };
}
