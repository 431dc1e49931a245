import { describe, expect, it } from 'vitest';
import type { DaysLeft } from '../../procedures/deadlines.ts';
import { deadlineWording, type DeadlineWording } from './deadline-wording.ts';

describe('deadline wording', () => {
  it.each<[DaysLeft, DeadlineWording]>([
    [
      { status: 'due_in', days: 10 },
      { text: 'Due in 10 working days', colour: 'green' },
    ],
    [
      { status: 'due_in', days: 3 },
      { text: 'Due in 3 working days', colour: 'green' },
    ],
    [
      { status: 'due_in', days: 2 },
      { text: 'Due in 2 working days', colour: 'yellow' },
    ],
    [
      { status: 'due_in', days: 1 },
      { text: 'Due in 1 working day', colour: 'yellow' },
    ],
    [{ status: 'due_today' }, { text: 'Due today', colour: 'orange' }],
    [
      { status: 'overdue', days: 1 },
      { text: '1 working day overdue', colour: 'red' },
    ],
    [
      { status: 'overdue', days: 14 },
      { text: '14 working days overdue', colour: 'red' },
    ],
  ])('%o reads as %o', (left, expected) => {
    expect(deadlineWording(left)).toEqual(expected);
  });
});
