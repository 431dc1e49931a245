import { createInterface } from 'node:readline';
import { NATIONS } from './bank-holidays.ts';
import { isValidIsoDate } from './dates.ts';
import type { Calendar, Nation } from './types.ts';

// `heard days`: working-day arithmetic from the command line, for checking a due date by hand or
// a batch of them from a spreadsheet. The heard CLI supplies the I/O and the calendars.

export interface DaysIo {
  /** A readable stream, or any async iterable that yields one line at a time. */
  stdin: AsyncIterable<string> | NodeJS.ReadableStream;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export const DAYS_HELP = `Usage: heard days add DATE N
       heard days between START END
       heard days [add | between] --stdin

Working days as Heard counts them: the start date is day 0, and weekends, bank holidays and the
organisation's closure days do not count.

  add DATE N          the Nth working day after DATE (a weekend DATE counts from the Friday)
  between START END   the number of working days d with START < d <= END (0 if END <= START)
  --stdin             read one "DATE N" (add) or "START END" (between) per line and print one
                      answer per line; without add or between, each line's shape decides
  --nation NATION     england-and-wales, scotland or northern-ireland
  --help              show this help

Dates are YYYY-MM-DD. Exit status: 0 done, 1 a bad date, number or line, 2 bad usage.`;

const USAGE = 2;
const BAD_INPUT = 1;

type Command = 'add' | 'between';

class InputError extends Error {}

function isNation(value: string): value is Nation {
  return (NATIONS as readonly string[]).includes(value);
}

function checkDate(token: string): string {
  if (!isValidIsoDate(token)) {
    throw new InputError(
      /^\d{4}-\d{2}-\d{2}$/.test(token)
        ? `"${token}" is not a real date`
        : `"${token}" is not a date in the form YYYY-MM-DD`,
    );
  }
  return token;
}

function checkCount(token: string): number {
  const n = /^\d+$/.test(token) ? Number(token) : NaN;
  if (!Number.isSafeInteger(n)) {
    throw new InputError(`"${token}" is not a whole number of working days (0 or more)`);
  }
  return n;
}

function answer(calendar: Calendar, command: Command, first: string, second: string): string {
  const start = checkDate(first);
  try {
    if (command === 'add') return calendar.addWorkingDays(start, checkCount(second));
    return String(calendar.workingDaysBetween(start, checkDate(second)));
  } catch (error) {
    // The calendar's RangeErrors (a date outside the bank holiday data) are the user's input too.
    if (error instanceof RangeError) throw new InputError(error.message);
    throw error;
  }
}

async function* linesOf(stdin: DaysIo['stdin']): AsyncIterable<string> {
  if ('pipe' in stdin) {
    yield* createInterface({ input: stdin, crlfDelay: Infinity });
  } else {
    yield* stdin;
  }
}

/** Runs `heard days` with the arguments after `days`; resolves to the exit status. */
export async function runDays(
  argv: readonly string[],
  io: DaysIo,
  calendarFor: (nation: Nation) => Calendar,
  defaultNation: Nation = 'england-and-wales',
): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`${message}\nRun "heard days --help" for usage.`);
    return USAGE;
  };

  let nation = defaultNation;
  let fromStdin = false;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      io.stdout(DAYS_HELP);
      return 0;
    } else if (arg === '--stdin') {
      fromStdin = true;
    } else if (arg === '--nation' || arg.startsWith('--nation=')) {
      const value = arg === '--nation' ? argv[++i] : arg.slice('--nation='.length);
      if (value === undefined || !isNation(value)) {
        return usage(
          `--nation must be one of ${NATIONS.join(', ')}, not ${JSON.stringify(value ?? '')}`,
        );
      }
      nation = value;
    } else if (arg.startsWith('-') && !/^-\d/.test(arg)) {
      return usage(`Unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }

  const [command, ...args] = positional;
  if (command !== undefined && command !== 'add' && command !== 'between') {
    return usage(`Unknown command "${command}": use add or between`);
  }

  try {
    const calendar = calendarFor(nation);
    if (!fromStdin) {
      if (command === undefined) return usage('Say add or between, or use --stdin');
      const [first, second] = args;
      if (args.length !== 2 || first === undefined || second === undefined) {
        return usage(command === 'add' ? 'add takes DATE N' : 'between takes START END');
      }
      io.stdout(answer(calendar, command, first, second));
      return 0;
    }

    if (args.length > 0) {
      return usage('With --stdin, give the dates on standard input, not as arguments');
    }
    let lineNumber = 0;
    for await (const line of linesOf(io.stdin)) {
      lineNumber++;
      const trimmed = line.trim();
      if (trimmed === '') continue;
      const [first, second, ...rest] = trimmed.split(/\s+/);
      try {
        if (first === undefined || second === undefined || rest.length > 0) {
          throw new InputError(`expected "DATE N" or "START END", got "${trimmed}"`);
        }
        const lineCommand = command ?? (/^\d{4}-/.test(second) ? 'between' : 'add');
        io.stdout(answer(calendar, lineCommand, first, second));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        throw new InputError(`line ${lineNumber}: ${error.message}`);
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(error.message);
      return BAD_INPUT;
    }
    throw error;
  }
}
