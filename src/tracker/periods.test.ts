import { describe, expect, it } from 'vitest';
import { financialQuarter, financialYear } from './periods.ts';

describe('financial years and quarters', () => {
  it('starts the year on 1 April', () => {
    expect(financialYear('2024-04-01')).toEqual({
      start: '2024-04-01',
      end: '2025-03-31',
      label: '2024/25',
    });
    expect(financialYear('2024-03-31').label).toBe('2023/24');
    expect(financialYear('1999-12-01').label).toBe('1999/00');
  });

  it('splits it into quarters from April', () => {
    expect(financialQuarter('2024-06-30')).toEqual({
      start: '2024-04-01',
      end: '2024-06-30',
      label: 'Quarter 1 of 2024/25 (April to June 2024)',
    });
    expect(financialQuarter('2024-07-01').start).toBe('2024-07-01');
    expect(financialQuarter('2024-12-31').end).toBe('2024-12-31');
    expect(financialQuarter('2025-02-28')).toEqual({
      start: '2025-01-01',
      end: '2025-03-31',
      label: 'Quarter 4 of 2024/25 (January to March 2025)',
    });
  });
});
