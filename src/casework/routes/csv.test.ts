import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV cells', () => {
  it.each([
    ['CS-2025-0001', 'CS-2025-0001'],
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+44 1632 960000', "'+44 1632 960000"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Smith, Sam', '"Smith, Sam"'],
    ['Line one\nline two', '"Line one\nline two"'],
    ['a "quoted" word', '"a ""quoted"" word"'],
    [null, ''],
    [12, '12'],
  ])('%j is written as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes rows with CRLF line ends after a byte-order mark', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['=1', null],
      ]),
    ).toBe("\uFEFFa,b\r\n'=1,\r\n");
  });
});
