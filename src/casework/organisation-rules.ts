import type { DbOrTrx } from '../db/connect.ts';
import { createCalendar, type WorkingDayCalendar } from '../calendar/calendar.ts';
import {
  mergeBankHolidays,
  parseBankHolidays,
  shippedBankHolidays,
  type BankHolidaysFile,
} from '../calendar/bank-holidays.ts';
import type { Nation } from '../calendar/types.ts';
import { resolveProcedures } from '../procedures/overrides.ts';
import type { ProcedureSet } from '../procedures/types.ts';

/** The working-day calendar and procedures one organisation runs with. */
export interface OrganisationRules {
  organisationId: string;
  nation: Nation;
  calendar: WorkingDayCalendar;
  procedures: ProcedureSet;
}

const calendars = new Map<string, WorkingDayCalendar>();

/** Building a calendar precomputes every day's ordinal, so identical ones are shared. */
function cachedCalendar(key: string, build: () => WorkingDayCalendar): WorkingDayCalendar {
  let calendar = calendars.get(key);
  if (!calendar) {
    if (calendars.size > 100) calendars.clear();
    calendar = build();
    calendars.set(key, calendar);
  }
  return calendar;
}

/** The shipped bank holidays with every newer GOV.UK file imported since laid over them, in order. */
export async function bankHolidays(
  db: DbOrTrx,
): Promise<{ file: BankHolidaysFile; version: string }> {
  const imports = await db
    .selectFrom('bank_holiday_files')
    .select(['id', 'content'])
    .orderBy('imported_at')
    .execute();
  let file = shippedBankHolidays();
  for (const row of imports) file = mergeBankHolidays(file, parseBankHolidays(row.content));
  return { file, version: imports.map((row) => row.id).join(',') };
}

export async function loadOrganisationRules(
  db: DbOrTrx,
  organisationId: string,
): Promise<OrganisationRules> {
  const organisation = await db
    .selectFrom('organisations')
    .select(['nation', 'settings'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const nation = organisation.nation as Nation;
  const closures = await db
    .selectFrom('closure_days')
    .select('day')
    .where('organisation_id', '=', organisationId)
    .orderBy('day')
    .execute();
  const holidays = await bankHolidays(db);
  const closureDays = closures.map((row) => row.day);
  const calendar = cachedCalendar(`${nation}|${holidays.version}|${closureDays.join(',')}`, () =>
    createCalendar({ nation, holidays: holidays.file, closureDays }),
  );
  const procedures = resolveProcedures(organisation.settings.procedures ?? {});
  return { organisationId, nation, calendar, procedures };
}
