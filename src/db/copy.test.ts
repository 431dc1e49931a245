import { describe, expect, it } from 'vitest';
import { copyFromStdin, copyText, isCopyFromStdin } from './copy.ts';

describe('copyText', () => {
  it.each([
    ['null and undefined', [null, undefined], '\\N\t\\N\n'],
    ['booleans and numbers', [true, false, 12.5], 't\tf\t12.5\n'],
    ['an empty string, which is not null', [''], '\n'],
    ['tabs, line breaks and backslashes', ['a\tb\nc\r\\d'], 'a\\tb\\nc\\r\\\\d\n'],
    ['text COPY leaves alone', ['£1,250 "quoted" ü \\N'], '£1,250 "quoted" ü \\\\N\n'],
  ])('writes %s', (_name, values, text) => {
    const columns = values.map((_, i) => `c${i}`);
    const row = Object.fromEntries(values.map((value, i) => [`c${i}`, value]));
    expect(copyText([row], columns)).toBe(text);
  });

  it('refuses a value it has no text form for, rather than writing [object Object]', () => {
    expect(() => copyText([{ after: { status: 'open' } }], ['after'])).toThrow(/COPY cannot write/);
  });
});

describe('isCopyFromStdin', () => {
  it('knows only the COPY that copyRows makes, with its rows as the one parameter', () => {
    const sql = copyFromStdin('records', ['id', 'reference']);
    expect(sql).toBe('copy "records" ("id", "reference") from stdin');
    expect(isCopyFromStdin(sql, ['1\tCS-1\n'])).toBe(true);
    expect(isCopyFromStdin(sql, [])).toBe(false);
    expect(isCopyFromStdin('copy records from stdin', ['x'])).toBe(false);
    expect(isCopyFromStdin('select $1', ['x'])).toBe(false);
  });
});
