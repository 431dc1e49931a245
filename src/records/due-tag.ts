import type { Calendar, IsoDate } from '../calendar/types.ts';
import { daysLeft } from '../procedures/deadlines.ts';
import { deadlineWording } from '../casework/domain/deadline-wording.ts';

export interface DueTag {
  text: string;
  classes: string;
  overdue: boolean;
}

/** The GOV.UK tag for a due date: "Due in 3 working days", "Due today", "2 working days overdue". */
export function dueTag(calendar: Calendar, today: IsoDate, due: IsoDate): DueTag {
  const left = daysLeft(calendar, today, due);
  const wording = deadlineWording(left);
  return {
    text: wording.text,
    classes: `govuk-tag--${wording.colour}`,
    overdue: left.status === 'overdue',
  };
}
