import { z } from 'zod';
import shippedJson from './bank-holidays.json' with { type: 'json' };
import { isValidIsoDate } from './dates.ts';
import type { Nation } from './types.ts';

// The format of https://www.gov.uk/bank-holidays.json, so a council can import a newer copy of
// that file as it stands.

export const NATIONS = [
  'england-and-wales',
  'scotland',
  'northern-ireland',
] as const satisfies readonly Nation[];

const isoDate = z.string().refine(isValidIsoDate, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a real date`,
});

const eventSchema = z.object({
  title: z.string(),
  date: isoDate,
  notes: z.string(),
  bunting: z.boolean(),
});

const divisionSchema = z.object({
  division: z.string(),
  events: z.array(eventSchema),
});

const bankHolidaysFileSchema = z
  .object({
    'england-and-wales': divisionSchema,
    scotland: divisionSchema,
    'northern-ireland': divisionSchema,
  })
  .superRefine((file, ctx) => {
    for (const nation of NATIONS) {
      if (file[nation].division !== nation) {
        ctx.addIssue({
          code: 'custom',
          path: [nation, 'division'],
          message: `should be "${nation}", not ${JSON.stringify(file[nation].division)}`,
        });
      }
    }
  });

export type BankHolidayEvent = z.infer<typeof eventSchema>;
export type BankHolidaysFile = z.infer<typeof bankHolidaysFileSchema>;

export class InvalidBankHolidaysError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Not a valid GOV.UK bank holidays file:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'InvalidBankHolidaysError';
    this.problems = problems;
  }
}

/** Validates a parsed GOV.UK bank-holidays.json; throws InvalidBankHolidaysError listing every problem. */
export function parseBankHolidays(json: unknown): BankHolidaysFile {
  const result = bankHolidaysFileSchema.safeParse(json);
  if (result.success) return result.data;
  throw new InvalidBankHolidaysError(
    result.error.issues.map((issue) => {
      const where = issue.path.map(String).join('.');
      return where === '' ? issue.message : `${where}: ${issue.message}`;
    }),
  );
}

let shipped: BankHolidaysFile | undefined;

/** The bank holidays that ship with Heard (all three nations, 2012 onwards). */
export function shippedBankHolidays(): BankHolidaysFile {
  shipped ??= parseBankHolidays(shippedJson);
  return shipped;
}

const yearOf = (event: BankHolidayEvent): string => event.date.slice(0, 4);

/**
 * Lays a newer copy of the file over an older one, nation by nation: every year that appears in
 * the newer copy replaces that whole year, and older years the newer copy no longer lists (GOV.UK
 * drops old years) are kept. Neither input is changed.
 */
export function mergeBankHolidays(
  older: BankHolidaysFile,
  newer: BankHolidaysFile,
): BankHolidaysFile {
  const merge = (nation: Nation) => {
    const newerEvents = newer[nation].events;
    const replacedYears = new Set(newerEvents.map(yearOf));
    const events = [
      ...older[nation].events.filter((event) => !replacedYears.has(yearOf(event))),
      ...newerEvents,
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { division: nation, events };
  };
  return {
    'england-and-wales': merge('england-and-wales'),
    scotland: merge('scotland'),
    'northern-ireland': merge('northern-ireland'),
  };
}
