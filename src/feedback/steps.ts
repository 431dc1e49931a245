import { z } from 'zod';
import { formErrors, type ParseResult } from '../web/forms.ts';
import type { PublicSettings } from '../settings/public-settings.ts';
import { UNKNOWN_TEAM, addressLines, type Answers } from './answers.ts';
import {
  emailAddress,
  formatPostcode,
  isUkPostcode,
  optionalText,
  phoneNumber,
  requiredText,
} from './contact-validation.ts';

// The question pages, one thing per page. Follow-up questions (the email address after choosing
// email) are pages of their own rather than conditional reveals, which keeps every page simple
// and works the same with or without JavaScript.

export type JourneyId = 'general' | 'young_people';

/** What the pages need to know about the organisation they speak for. */
export interface JourneyContext {
  organisationName: string;
  settings: PublicSettings;
  teams: { id: string; name: string }[];
  /** Working days, from the organisation's procedures. */
  timescales: {
    acknowledge: number | null;
    complaint: number | null;
    complaintMaximum: number | null;
    comment: number | null;
  };
}

export interface Option {
  value: string;
  text: string;
  hint?: string;
}

interface PageBase {
  title: string;
  hint?: string;
  /** Paragraphs before the question, in plain words. */
  paragraphs?: string[];
}

export type QuestionPage =
  | (PageBase & { template: 'radios'; field: string; options: Option[] })
  | (PageBase & {
      template: 'text';
      field: string;
      multiline: boolean;
      type: 'text' | 'email' | 'tel';
      autocomplete?: string;
      spellcheck?: boolean;
    })
  | (PageBase & { template: 'select'; field: string; options: Option[] })
  | (PageBase & { template: 'address'; labels: AddressLabels })
  | (PageBase & { template: 'attachments' });

export interface SummaryRow {
  key: string;
  value: string | string[];
}

export interface Step {
  slug: string;
  template: QuestionPage['template'];
  applies(answers: Answers, context: JourneyContext): boolean;
  complete(answers: Answers, context: JourneyContext): boolean;
  page(answers: Answers, context: JourneyContext): QuestionPage;
  /** The page's form, checked, as answers to keep; or the errors to show with the form. */
  read(
    body: Record<string, unknown>,
    answers: Answers,
    context: JourneyContext,
  ): ParseResult<Answers>;
  /** The answers as the page's form values, to show the page again. */
  values(answers: Answers): Answers;
  summary(answers: Answers, context: JourneyContext): SummaryRow[];
}

type Text<T> = T | ((answers: Answers, context: JourneyContext) => T);
const resolve = <T>(text: Text<T>, answers: Answers, context: JourneyContext): T =>
  typeof text === 'function'
    ? (text as (a: Answers, c: JourneyContext) => T)(answers, context)
    : text;

const always = () => true;
const MAX_TEXT = 5000;

function parse(schema: z.ZodType<Answers>, body: Record<string, unknown>): ParseResult<Answers> {
  const result = schema.safeParse(body);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: formErrors(result.error.issues) };
}

interface StepBase {
  slug: string;
  applies?: (answers: Answers, context: JourneyContext) => boolean;
  title: Text<string>;
  hint?: Text<string | undefined>;
  paragraphs?: Text<string[]>;
  summaryKey: Text<string>;
}

function pageBase(spec: StepBase, answers: Answers, context: JourneyContext): PageBase {
  return {
    title: resolve(spec.title, answers, context),
    ...(spec.hint ? { hint: resolve(spec.hint, answers, context) } : {}),
    ...(spec.paragraphs ? { paragraphs: resolve(spec.paragraphs, answers, context) } : {}),
  };
}

export function radiosStep(
  spec: StepBase & {
    field: 'kind' | 'who' | 'consent' | 'advocate' | 'contactBy' | 'adjustments';
    options: Text<Option[]>;
    error: string;
  },
): Step {
  const { field } = spec;
  return {
    slug: spec.slug,
    template: 'radios',
    applies: spec.applies ?? always,
    complete: (answers) => answers[field] !== undefined,
    page: (answers, context) => ({
      template: 'radios',
      field,
      ...pageBase(spec, answers, context),
      options: resolve(spec.options, answers, context),
    }),
    read(body, answers, context) {
      const values = resolve(spec.options, answers, context).map((o) => o.value);
      const chosen = z.string({ error: spec.error }).refine((v) => values.includes(v), spec.error);
      return parse(z.object({ [field]: chosen }) as z.ZodType<Answers>, body);
    },
    values: (answers) => ({ [field]: answers[field] }),
    summary(answers, context) {
      const option = resolve(spec.options, answers, context).find(
        (o) => o.value === answers[field],
      );
      return [{ key: resolve(spec.summaryKey, answers, context), value: option?.text ?? '' }];
    },
  };
}

export function textStep(
  spec: StepBase & {
    field:
      | 'childName'
      | 'whatHappened'
      | 'desiredOutcome'
      | 'name'
      | 'email'
      | 'phone'
      | 'adjustmentsDetail';
    multiline?: boolean;
    /** Checked as an email address or a phone number, and typed as one. */
    format?: 'email' | 'phone';
    /** An optional answer may be left empty; the page still counts as answered. */
    required: Text<boolean>;
    error: Text<string>;
    max?: number;
    tooLong: Text<string>;
    autocomplete?: string;
    spellcheck?: boolean;
  },
): Step {
  const { field, format } = spec;
  const max = spec.max ?? MAX_TEXT;
  const schema = (answers: Answers, context: JourneyContext) => {
    const error = resolve(spec.error, answers, context);
    if (format === 'email') return emailAddress(error);
    if (format === 'phone') return phoneNumber(error);
    const tooLong = resolve(spec.tooLong, answers, context);
    return resolve(spec.required, answers, context)
      ? requiredText(max, error, tooLong)
      : optionalText(max, tooLong).transform((v) => v ?? '');
  };
  return {
    slug: spec.slug,
    template: 'text',
    applies: spec.applies ?? always,
    complete: (answers, context) =>
      typeof answers[field] === 'string' &&
      (answers[field] !== '' || !resolve(spec.required, answers, context)),
    page: (answers, context) => ({
      template: 'text',
      field,
      ...pageBase(spec, answers, context),
      multiline: spec.multiline ?? false,
      type: format === 'email' ? 'email' : format === 'phone' ? 'tel' : 'text',
      autocomplete: spec.autocomplete,
      spellcheck: spec.spellcheck,
    }),
    read(body, answers, context) {
      const value = typeof body[field] === 'string' ? body[field] : '';
      return parse(z.object({ [field]: schema(answers, context) }) as z.ZodType<Answers>, {
        [field]: value,
      });
    },
    values: (answers) => ({ [field]: answers[field] }),
    summary: (answers, context) => [
      {
        key: resolve(spec.summaryKey, answers, context),
        value: answers[field] ? String(answers[field]) : 'Not given',
      },
    ],
  };
}

/** Which of the organisation's teams it is about; asked only when the organisation has teams. */
export function teamStep(spec: StepBase & { unknownText: string; error: string }): Step {
  const options = (context: JourneyContext): Option[] => [
    { value: UNKNOWN_TEAM, text: spec.unknownText },
    ...context.teams.map((t) => ({ value: t.id, text: t.name })),
  ];
  return {
    slug: spec.slug,
    template: 'select',
    applies: (answers, context) =>
      context.teams.length > 0 && (spec.applies ?? always)(answers, context),
    complete: (answers) => answers.teamId !== undefined,
    page: (answers, context) => ({
      template: 'select',
      field: 'teamId',
      ...pageBase(spec, answers, context),
      options: options(context),
    }),
    read(body, _answers, context) {
      const values = options(context).map((o) => o.value);
      return parse(
        z.object({
          teamId: z.string({ error: spec.error }).refine((v) => values.includes(v), spec.error),
        }),
        body,
      );
    },
    values: (answers) => ({ teamId: answers.teamId }),
    summary: (answers, context) => [
      {
        key: resolve(spec.summaryKey, answers, context),
        value: options(context).find((o) => o.value === answers.teamId)?.text ?? spec.unknownText,
      },
    ],
  };
}

export interface AddressLabels {
  line1: string;
  line2: string;
  town: string;
  postcode: string;
}

/** A postal address, the GOV.UK way: lines, town and postcode, checked as a UK postcode. */
export function addressStep(
  spec: StepBase & {
    labels: AddressLabels;
    errors: { line1: string; town: string; postcode: string };
  },
): Step {
  const tooLong = (max: number) => `Each line of the address must be ${max} characters or fewer`;
  const schema = z.object({
    addressLine1: requiredText(100, spec.errors.line1, tooLong(100)),
    addressLine2: optionalText(100, tooLong(100)),
    town: requiredText(60, spec.errors.town, tooLong(60)),
    postcode: z
      .string({ error: spec.errors.postcode })
      .trim()
      .min(1, spec.errors.postcode)
      .refine(isUkPostcode, 'Enter a full UK postcode, like AA1 1AA')
      .transform(formatPostcode),
  });
  return {
    slug: spec.slug,
    template: 'address',
    applies: spec.applies ?? always,
    complete: (answers) => Boolean(answers.addressLine1 && answers.town && answers.postcode),
    page: (answers, context) => ({
      template: 'address',
      ...pageBase(spec, answers, context),
      labels: spec.labels,
    }),
    read: (body) => parse(schema, body),
    values: (answers) => ({
      addressLine1: answers.addressLine1,
      addressLine2: answers.addressLine2,
      town: answers.town,
      postcode: answers.postcode,
    }),
    summary: (answers, context) => [
      { key: resolve(spec.summaryKey, answers, context), value: addressLines(answers) },
    ],
  };
}

/** Optional documents and photos; files are added and removed on the page itself. */
export function attachmentsStep(spec: StepBase): Step {
  return {
    slug: spec.slug,
    template: 'attachments',
    applies: spec.applies ?? always,
    complete: (answers) => answers.attachmentsDone === true,
    page: (answers, context) => ({ template: 'attachments', ...pageBase(spec, answers, context) }),
    read: () => ({ ok: true, value: { attachmentsDone: true } }),
    values: () => ({}),
    // The files themselves are listed from the attachments table.
    summary: () => [],
  };
}
