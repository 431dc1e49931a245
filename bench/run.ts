// `npm run bench`: every benchmark, printed as figures. Targets are in the issues; nothing here
// passes or fails, because timings depend on the machine.
import { benchCalendar } from './calendar.bench.ts';
import { benchReport } from './report.bench.ts';
import { benchImport } from './import.bench.ts';

const suites: [string, () => Promise<string[]>][] = [
  ['calendar', benchCalendar],
  ['report', benchReport],
  ['import', benchImport],
];
const only = process.argv[2];
for (const [name, run] of suites) {
  if (only && only !== name) continue;
  for (const line of await run()) console.log(line);
}
