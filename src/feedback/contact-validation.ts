import { z } from 'zod';

// Field rules shared by the public forms and the organisation's settings, with the GOV.UK
// Design System's error messages.

export const PHONE_EXAMPLE = 'like 01632 960 001, 07700 900 982 or +44 808 157 0192';

/** A UK number (with or without +44) or an international one, ignoring spaces and brackets. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/[\s().-]/g, '');
  return /^(?:0\d{9,10}|\+44\d{9,10}|\+(?!44)\d{7,15})$/.test(digits);
}

export function isUkPostcode(value: string): boolean {
  return /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i.test(value.trim());
}

/** Formats a postcode the way Royal Mail prints it, for letters. */
export function formatPostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** Text that may be left empty: trimmed, with an empty answer read as null. */
export function optionalText(max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v ? v : null));
}

export function requiredText(max: number, empty: string, tooLong: string) {
  return z.string({ error: empty }).trim().min(1, empty).max(max, tooLong);
}

export const emailAddress = (empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .max(254, 'Email address must be 254 characters or fewer')
    .pipe(z.email('Enter an email address in the correct format, like name@example.com'));

export const phoneNumber = (empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .max(30, `Enter a phone number, ${PHONE_EXAMPLE}`)
    .refine(isPhoneNumber, `Enter a phone number, ${PHONE_EXAMPLE}`);

export const webLink = (message: string) =>
  z
    .string()
    .trim()
    .max(500, 'The link must be 500 characters or fewer')
    .refine((value) => {
      try {
        const url = new URL(value);
        return (
          (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
        );
      } catch {
        return false;
      }
    }, message);
