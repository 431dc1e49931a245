import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { shippedBankHolidays } from './bank-holidays.ts';
import { createCalendar } from './calendar.ts';
import { DAYS_HELP, runDays, type DaysIo } from './days-cli.ts';
import type { Nation } from './types.ts';

const holidays = shippedBankHolidays();
const calendarFor = (nation: Nation) => createCalendar({ nation, holidays });

async function* linesFrom(lines: string[]): AsyncIterable<string> {
  yield* lines;
}

async function run(argv: string[], stdin: DaysIo['stdin'] = linesFrom([]), defaultNation?: Nation) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDays(
    argv,
    { stdin, stdout: (line) => out.push(line), stderr: (line) => err.push(line) },
    calendarFor,
    defaultNation,
  );
  return { code, out, err };
}

describe('heard days', () => {
  it('adds working days', async () => {
    expect(await run(['add', '2020-12-21', '10'])).toEqual({
      code: 0,
      out: ['2021-01-07'],
      err: [],
    });
  });

  it('counts working days between two dates', async () => {
    expect(await run(['between', '2020-12-21', '2021-01-07'])).toEqual({
      code: 0,
      out: ['10'],
      err: [],
    });
  });

  it('uses the nation asked for, in either option form', async () => {
    expect((await run(['add', '2023-12-29', '1'])).out).toEqual(['2024-01-02']);
    expect((await run(['add', '2023-12-29', '1', '--nation', 'scotland'])).out).toEqual([
      '2024-01-03',
    ]);
    expect((await run(['--nation=northern-ireland', 'add', '2024-07-11', '1'])).out).toEqual([
      '2024-07-15',
    ]);
  });

  it('falls back to the nation the caller gives', async () => {
    expect((await run(['add', '2023-12-29', '1'], linesFrom([]), 'scotland')).out).toEqual([
      '2024-01-03',
    ]);
  });

  it('prints help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toEqual([DAYS_HELP]);
  });

  it.each([
    [['add', '2023-02-29', '1'], '"2023-02-29" is not a real date'],
    [['add', '23-02-01', '1'], '"23-02-01" is not a date in the form YYYY-MM-DD'],
    [['add', '2023-02-01', 'ten'], '"ten" is not a whole number of working days (0 or more)'],
    [['add', '2023-02-01', '-1'], '"-1" is not a whole number of working days (0 or more)'],
    [['between', '2023-02-01', '2023-02-30'], '"2023-02-30" is not a real date'],
    [['between', '2010-01-04', '2012-02-01'], '2010-01-04 is outside the working-day calendar'],
  ])('rejects bad input %j with exit status 1', async (argv, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(message);
  });

  it.each([
    [[], 'Say add or between'],
    [['subtract', '2023-02-01', '1'], 'Unknown command "subtract"'],
    [['add', '2023-02-01'], 'add takes DATE N'],
    [['between', '2023-02-01', '2023-03-01', '2023-04-01'], 'between takes START END'],
    [['add', '2023-02-01', '1', '--verbose'], 'Unknown option --verbose'],
    [['--nation', 'wales', 'add', '2023-02-01', '1'], '--nation must be one of'],
    [['add', '--stdin', '2023-02-01', '1'], 'With --stdin'],
  ])('rejects bad usage %j with exit status 2', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err.join('\n')).toContain(message);
  });

  describe('--stdin', () => {
    it('answers one line per line', async () => {
      const input = ['2020-12-21 10', '  2021-01-09   1 ', '', '2024-02-28 1'];
      expect(await run(['add', '--stdin'], linesFrom(input))).toEqual({
        code: 0,
        out: ['2021-01-07', '2021-01-11', '2024-02-29'],
        err: [],
      });
    });

    it('reads a stream, and tells add from between by each line’s shape', async () => {
      const stream = Readable.from(['2020-12-21 10\r\n2020-12-21 2021-01-07\n', '2020-12-21 0\n']);
      expect(await run(['--stdin'], stream)).toEqual({
        code: 0,
        out: ['2021-01-07', '10', '2020-12-21'],
        err: [],
      });
    });

    it('stops at the first bad line and names it', async () => {
      const input = [
        '2023-02-01 2023-02-03',
        '2023-02-01 2023-02-06',
        '2023-02-29 2023-03-01',
        'x',
      ];
      const { code, out, err } = await run(['between', '--stdin'], linesFrom(input));
      expect(code).toBe(1);
      expect(out).toEqual(['2', '3']);
      expect(err).toEqual(['line 3: "2023-02-29" is not a real date']);
    });

    it('names a line with the wrong number of fields', async () => {
      const { code, err } = await run(['--stdin'], linesFrom(['2023-02-01 1 2']));
      expect(code).toBe(1);
      expect(err).toEqual(['line 1: expected "DATE N" or "START END", got "2023-02-01 1 2"']);
    });
  });
});
