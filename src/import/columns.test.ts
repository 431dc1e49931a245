import { describe, expect, it } from 'vitest';
import { cellsInColumnOrder, COLUMNS } from './columns.ts';

describe('cellsInColumnOrder', () => {
  it('gives each field to the column in its place, in the order of COLUMNS', () => {
    const cells = cellsInColumnOrder(COLUMNS.map((column) => `${column} cell`));
    expect(Object.entries(cells)).toEqual(COLUMNS.map((column) => [column, `${column} cell`]));
  });
});
