import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { shippedBankHolidays } from '../src/calendar/bank-holidays.ts';
import { createCalendar } from '../src/calendar/calendar.ts';
import { fromDayNumber, toDayNumber } from '../src/calendar/dates.ts';
import type { Period } from '../src/calendar/types.ts';

// Working-day arithmetic runs for every case on every list and report, so each call should cost
// well under a microsecond. Run with `npx tsx bench/calendar.bench.ts`.

const CALLS = 1_000_000;
const WARM_UP = 100_000;
// Inputs are drawn in advance from a pool (a power of two, so the index is a mask) so that the
// timings measure the calendar, not the random number generator or string building.
const POOL = 1 << 16;

/** A small seeded generator (mulberry32), so every run times the same inputs. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function timePerCall(run: (i: number) => number): number {
  let sink = 0;
  for (let i = 0; i < WARM_UP; i++) sink += run(i & (POOL - 1));
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) sink += run(i & (POOL - 1));
  const elapsedMs = performance.now() - started;
  // Using the results keeps the optimiser from skipping the calls.
  if (sink <= 0) throw new Error('The benchmark calls returned nothing');
  return (elapsedMs * 1000) / CALLS;
}

export async function benchCalendar(): Promise<string[]> {
  const calendar = createCalendar({ nation: 'england-and-wales', holidays: shippedBankHolidays() });
  const random = seededRandom(2012);
  const first = toDayNumber('2012-01-01');
  const last = toDayNumber('2027-12-31');
  const day = () => first + Math.floor(random() * (last - first + 1));

  const starts: string[] = [];
  const ends: string[] = [];
  const counts: number[] = [];
  const suspensions: Period[][] = [];
  for (let i = 0; i < POOL; i++) {
    const a = day();
    const b = day();
    starts.push(fromDayNumber(a));
    ends.push(fromDayNumber(b));
    // Up to the longest statutory timescale, 65 working days.
    counts.push(Math.floor(random() * 66));
    const from = a - 10 + Math.floor(random() * 50);
    suspensions.push([
      { from: fromDayNumber(from), to: fromDayNumber(from + Math.floor(random() * 30)) },
    ]);
  }

  const results: [string, number][] = [
    ['addWorkingDays', timePerCall((i) => calendar.addWorkingDays(starts[i]!, counts[i]!).length)],
    [
      'workingDaysBetween',
      timePerCall((i) => calendar.workingDaysBetween(starts[i]!, ends[i]!) + 1),
    ],
    [
      'addWorkingDays with a suspension',
      timePerCall((i) => calendar.addWorkingDays(starts[i]!, counts[i]!, suspensions[i]).length),
    ],
    [
      'workingDaysBetween with a suspension',
      timePerCall((i) => calendar.workingDaysBetween(starts[i]!, ends[i]!, suspensions[i]) + 1),
    ],
  ];
  return results.map(
    ([name, micros]) =>
      `calendar: ${name} ${CALLS.toLocaleString('en-GB')} calls, ${micros.toFixed(3)} µs per call`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchCalendar()) console.log(line);
}
