import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectCell, unprotectCell } from './spreadsheet-safety.ts';

describe('protection from spreadsheet formulas', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-5 days', "'-5 days"],
    ['@mention', "'@mention"],
    ['\tTabbed', "'\tTabbed"],
    ["'=already", "''=already"],
    ["It's fine", "It's fine"],
    ['Delay', 'Delay'],
    ['', ''],
  ])('writes %j as %j', (value, written) => {
    expect(protectCell(value)).toBe(written);
    expect(unprotectCell(written)).toBe(value);
  });

  it('never lets a written cell start a formula, and reads every cell back unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', 'a', ' ') }),
        (value) => {
          const written = protectCell(value);
          expect(/^[=+\-@\t\r]/.test(written)).toBe(false);
          expect(unprotectCell(written)).toBe(value);
        },
      ),
    );
  });
});
