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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "21 December 2020", the GOV.UK style, from an ISO date without going through local time. */
export function formatDate(iso: IsoDate | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** "5 March 2025 at 2:03pm", in England's time. */
export function formatDateTime(at: Date | string): string {
  const parts = Object.fromEntries(
    dateTime.formatToParts(new Date(at)).map((p) => [p.type, p.value]),
  );
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${(parts.dayPeriod ?? '').toLowerCase()}`;
}

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
