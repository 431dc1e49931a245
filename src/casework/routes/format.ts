import type { Calendar, IsoDate } from '../../calendar/types.ts';
import { daysLeft } from '../../procedures/deadlines.ts';
import { deadlineWording } from '../domain/deadline-wording.ts';
import { STATUS_LABELS, type RecordStatus } from '../domain/transitions.ts';
import {
  KIND_LABELS,
  OMBUDSMAN_OUTCOME_LABELS,
  OUTCOME_LABELS,
  PROCEDURE_LABELS,
} from '../../import/codes.ts';

export { formatDate, formatDateTime } from '../../web/format-dates.ts';

/** The label of a code, or the code itself when an organisation added one Heard does not know. */
export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '';
  return labels[code] ?? code;
}

export const kindLabel = (kind: string) => labelOf(KIND_LABELS, kind);

export function procedureLabel(kind: string, procedure: string | null): string {
  return kind === 'complaint' && procedure ? labelOf(PROCEDURE_LABELS, procedure) : '';
}

export function outcomeLabel(kind: string, outcome: string | null): string {
  return labelOf(kind === 'ombudsman' ? OMBUDSMAN_OUTCOME_LABELS : OUTCOME_LABELS, outcome);
}

const STATUS_COLOURS: Record<RecordStatus, string> = {
  triage: 'govuk-tag--purple',
  open: 'govuk-tag--blue',
  responded: 'govuk-tag--yellow',
  not_accepted: 'govuk-tag--grey',
  withdrawn: 'govuk-tag--grey',
  closed: 'govuk-tag--grey',
};

export function statusTag(status: string) {
  return {
    text: labelOf(STATUS_LABELS, status),
    classes: STATUS_COLOURS[status as RecordStatus] ?? 'govuk-tag--grey',
  };
}

/** A due date's tag: "Due in 3 working days", "Due today", "2 working days overdue". */
export function deadlineTag(calendar: Calendar, today: IsoDate, due: IsoDate) {
  const wording = deadlineWording(daysLeft(calendar, today, due));
  return { text: wording.text, classes: `govuk-tag--${wording.colour}` };
}
