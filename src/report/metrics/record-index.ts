import type { IsoDate } from '../../calendar/types.ts';
import type { ReportRecord } from './input.ts';

/** Facts about a record that depend on other records. */
export interface RecordIndex {
  /** The complainant made a complaint (of any kind, accepted or not) received before this record. */
  isRepeatComplainant(record: ReportRecord): boolean;
  /** An Ombudsman case is about this record. */
  hasOmbudsmanCase(record: ReportRecord): boolean;
}

export function indexRecords(records: readonly ReportRecord[]): RecordIndex {
  const firstComplaint = new Map<string, IsoDate>();
  const withOmbudsmanCase = new Set<string>();
  for (const record of records) {
    if (record.kind === 'complaint' && record.complainantId !== null) {
      const first = firstComplaint.get(record.complainantId);
      if (first === undefined || record.receivedOn < first) {
        firstComplaint.set(record.complainantId, record.receivedOn);
      }
    }
    if (record.kind === 'ombudsman' && record.relatedTo !== null) {
      withOmbudsmanCase.add(record.relatedTo);
    }
  }
  return {
    isRepeatComplainant(record) {
      if (record.complainantId === null) return false;
      const first = firstComplaint.get(record.complainantId);
      // Dates, not record order, decide "earlier", so two complaints on one day are not repeats.
      return first !== undefined && first < record.receivedOn;
    },
    hasOmbudsmanCase(record) {
      return withOmbudsmanCase.has(record.id);
    },
  };
}
