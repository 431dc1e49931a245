import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, labelOf } from './format.ts';

describe('formatting for pages', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2020-12-21')).toBe('21 December 2020');
    expect(formatDate('2025-03-05')).toBe('5 March 2025');
    expect(formatDate(null)).toBe('');
  });

  it('writes times in England’s time, summer time included', () => {
    expect(formatDateTime(new Date('2025-07-01T13:05:00Z'))).toBe('1 July 2025 at 2:05pm');
    expect(formatDateTime(new Date('2025-01-10T09:30:00Z'))).toBe('10 January 2025 at 9:30am');
  });

  it('falls back to the code for a label Heard does not know', () => {
    expect(labelOf({ a: 'Apple' }, 'a')).toBe('Apple');
    expect(labelOf({ a: 'Apple' }, 'b')).toBe('b');
  });
});
