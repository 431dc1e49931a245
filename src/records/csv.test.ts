import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV for spreadsheets', () => {
  it('makes formulas plain text, so a complainant’s words cannot run in Excel', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","Click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Click"")"`,
    );
    expect(csvCell('+44 1632 960000')).toBe("'+44 1632 960000");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('Safe text')).toBe('Safe text');
    expect(csvCell(-5)).toBe('-5');
  });

  it('quotes commas, quotes and new lines, and writes booleans and blanks as people read them', () => {
    expect(csvCell('Smith, Jo')).toBe('"Smith, Jo"');
    expect(csvCell('Line one\nline two')).toBe('"Line one\nline two"');
    expect(csvCell(true)).toBe('Yes');
    expect(csvCell(false)).toBe('No');
    expect(csvCell(null)).toBe('');
    expect(
      toCsv(
        ['A', 'B'],
        [
          ['x', 1],
          [null, '=1'],
        ],
      ),
    ).toBe("A,B\r\nx,1\r\n,'=1\r\n");
  });
});
