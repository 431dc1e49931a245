import { InvalidChangeError } from '../errors.ts';

/** Dates of things that happened: not in the future, and not before what they follow. */
export function checkEventDate(
  date: string,
  field: string,
  what: string,
  rules: { today: string; notBefore?: { date: string; what: string } | null },
): void {
  if (date > rules.today)
    throw new InvalidChangeError(`${what} must be today or in the past`, field);
  if (rules.notBefore && date < rules.notBefore.date) {
    throw new InvalidChangeError(
      `${what} must be on or after ${rules.notBefore.what} (${rules.notBefore.date})`,
      field,
    );
  }
}
