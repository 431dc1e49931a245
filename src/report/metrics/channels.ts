import { countBy, NOT_RECORDED, type Counts } from './counts.ts';
import type { ReportRecord } from './input.ts';
import { inRange, type YearRange } from './year.ts';

/** How the records received in the year reached us; other correspondence is left out, as in the headline total. */
export function channelCounts(records: readonly ReportRecord[], year: YearRange): Counts {
  return countBy(
    records
      .filter((record) => record.kind !== 'other' && inRange(record.receivedOn, year))
      .map((record) => record.channel ?? NOT_RECORDED),
  );
}
