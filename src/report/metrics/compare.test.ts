import { describe, expect, it } from 'vitest';
import { compareFigures } from './compare.ts';

describe('compareFigures', () => {
  it.each([
    {
      name: 'a decrease (report A, statutory stage 1)',
      current: 188,
      previous: 274,
      change: -31,
      direction: '↓',
    },
    {
      name: 'an increase (report A, corporate stage 1)',
      current: 179,
      previous: 127,
      change: 41,
      direction: '↑',
    },
    { name: 'no change', current: 8, previous: 8, change: 0, direction: '↔' },
    { name: 'doubling', current: 16, previous: 8, change: 100, direction: '↑' },
    {
      name: 'a half rounds away from zero going up',
      current: 9,
      previous: 8,
      change: 13,
      direction: '↑',
    },
    {
      name: 'a half rounds away from zero going down',
      current: 7,
      previous: 8,
      change: -13,
      direction: '↓',
    },
    {
      name: 'a change under 1% shows 0% but keeps its direction',
      current: 1001,
      previous: 1000,
      change: 0,
      direction: '↑',
    },
    { name: 'from nothing: no percentage', current: 3, previous: 0, change: null, direction: '↑' },
    { name: 'nothing either year', current: 0, previous: 0, change: null, direction: '↔' },
    { name: 'down to nothing', current: 0, previous: 4, change: -100, direction: '↓' },
  ])('$name', ({ current, previous, change, direction }) => {
    expect(compareFigures(current, previous)).toEqual({
      current,
      previous,
      changePercent: change,
      direction,
    });
  });
});
