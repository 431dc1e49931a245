import type { DaysLeft } from '../../procedures/deadlines.ts';

export type DeadlineColour = 'green' | 'yellow' | 'orange' | 'red';

export interface DeadlineWording {
  text: string;
  colour: DeadlineColour;
}

const workingDays = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;

/**
 * How a due date reads on a case: the words officers use when chasing, and a colour that turns
 * amber two working days out, so a case is chased before it is late rather than after.
 */
export function deadlineWording(left: DaysLeft): DeadlineWording {
  switch (left.status) {
    case 'due_in':
      return {
        text: `Due in ${workingDays(left.days)}`,
        colour: left.days <= 2 ? 'yellow' : 'green',
      };
    case 'due_today':
      return { text: 'Due today', colour: 'orange' };
    case 'overdue':
      return { text: `${workingDays(left.days)} overdue`, colour: 'red' };
  }
}
