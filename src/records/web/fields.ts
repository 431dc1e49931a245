import { z } from 'zod';

/** Optional free text: blank becomes null. */
export const optionalText = (max: number, name: string) =>
  z
    .string()
    .trim()
    .max(max, `${name} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number, missing: string, name: string) =>
  z.string(missing).trim().min(1, missing).max(max, `${name} must be ${max} characters or fewer`);

/** An optional choice from a list given as ids. */
export const optionalId = (message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.uuid(message).nullable());

/** Pounds and pence as people type them: 250, 1,250.50, £40. */
export const pounds = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.replace(/^£/, '').replaceAll(',', '') : ''))
  .refine((v) => v === '' || /^\d{1,9}(\.\d{1,2})?$/.test(v), {
    message: 'Enter the amount in pounds, like 250 or 1250.50',
  })
  .transform((v) => (v === '' ? null : Number(v)));

/** A list filter's month, `YYYY-MM`; anything else is no filter. */
export const monthFilter = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .optional()
  .catch(undefined);
