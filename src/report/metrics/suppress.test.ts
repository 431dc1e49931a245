import { describe, expect, it } from 'vitest';
import { suppressSmall } from './suppress.ts';

describe('suppressSmall', () => {
  it('shows 1 to 4 as <5 and leaves 0 and 5 or more', () => {
    expect(suppressSmall({ white: 40, asian: 4, black: 1, mixed: 0, other: 5 })).toEqual({
      white: 40,
      asian: '<5',
      black: '<5',
      mixed: 0,
      other: 5,
    });
  });

  it('takes another threshold', () => {
    expect(suppressSmall({ a: 9, b: 10 }, 10)).toEqual({ a: '<10', b: 10 });
  });
});
