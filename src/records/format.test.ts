import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatMonth, monthEnd, recentMonths } from './format.ts';

describe('formatting for pages', () => {
  it('writes dates and months the GOV.UK way, without time zones', () => {
    expect(formatDate('2024-05-01')).toBe('1 May 2024');
    expect(formatDate('2023-12-25')).toBe('25 December 2023');
    expect(formatDate(null)).toBe('');
    expect(formatMonth('2024-02')).toBe('February 2024');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2023-12')).toBe('2023-12-31');
    expect(recentMonths('2024-02-10', 3)).toEqual(['2024-02', '2024-01', '2023-12']);
  });

  it('writes money in pounds and pence', () => {
    expect(formatMoney(1250.5)).toBe('£1,250.50');
    expect(formatMoney(null)).toBe('');
  });
});
