import { z } from 'zod';
import type { ReportContext } from '../schema.ts';

export const CONTEXT_FIELDS: readonly {
  name: keyof ReportContext;
  label: string;
  hint: string;
}[] = [
  {
    name: 'childrenPopulation',
    label: "Children's population",
    hint: 'Children aged 0 to 17 living in the area, from the mid-year population estimate.',
  },
  {
    name: 'openCases',
    label: 'Open cases',
    hint: "Children open to children's social care during the year.",
  },
  {
    name: 'lookedAfterChildren',
    label: 'Looked-after children',
    hint: 'Children looked after by the council during the year.',
  },
];

/** An optional whole number: empty means not known; commas and spaces are allowed, as people type them. */
const count = (label: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? '').replace(/[\s,]/g, ''))
    .refine((value) => value === '' || /^\d{1,9}$/.test(value), {
      message: `Enter the ${label.toLowerCase()} as a whole number, like 4016, or leave it empty`,
    })
    .transform((value) => (value === '' ? null : Number(value)));

export const contextForm = z.object({
  childrenPopulation: count("Children's population"),
  openCases: count('Open cases'),
  lookedAfterChildren: count('Looked-after children'),
  version: z.string(),
});

/** The ticked boxes of a form: none, one (a string) or several (an array). */
export function idsOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(values.map(String))];
}
