import { z } from 'zod';
import { isValidIsoDate } from '../calendar/dates.ts';
import type { IsoDate } from '../calendar/types.ts';
import { isOneOf } from './codes.ts';
import type { Column } from './columns.ts';

/**
 * Schemas for one cell of an import file, each made for its column so that messages can name it.
 * Surrounding spaces are ignored and a blank cell means unknown (undefined).
 */

/** Why a cell's value cannot be used. */
class Invalid {
  constructor(readonly message: string) {}
}

/** Reads a non-blank, trimmed cell. */
type CellParser<T> = (value: string, column: Column) => T | Invalid;

type Context = z.core.$RefinementCtx;

function parseCell<T>(parse: CellParser<T>, value: string, column: Column, ctx: Context): T {
  const parsed = parse(value, column);
  return parsed instanceof Invalid ? fail(ctx, parsed.message) : parsed;
}

function fail(ctx: Context, message: string): never {
  ctx.addIssue(message);
  return z.NEVER;
}

export function optional<T>(parse: CellParser<T>) {
  return (column: Column) =>
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        const value = raw?.trim();
        return value ? parseCell(parse, value, column, ctx) : undefined;
      });
}

export function required<T>(parse: CellParser<T>) {
  return (column: Column) =>
    z
      .string()
      .optional()
      .transform((raw, ctx) => {
        const value = raw?.trim();
        return value ? parseCell(parse, value, column, ctx) : fail(ctx, `${column} is required`);
      });
}

/** Names separated by `;`, as a list without blanks or repeats; a blank cell is an empty list. */
export function nameList() {
  return z
    .string()
    .optional()
    .transform((raw) => [
      ...new Set(
        (raw ?? '')
          .split(';')
          .map((name) => name.trim())
          .filter((name) => name !== ''),
      ),
    ]);
}

export const text: CellParser<string> = (value) => value;

const ISO_DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;
// Day/month/year, as a spreadsheet in the UK shows dates, so the message can give the ISO form.
const UK_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

export const date: CellParser<IsoDate> = (value, column) => {
  if (isValidIsoDate(value)) return value;
  if (ISO_DATE_FORMAT.test(value)) {
    return new Invalid(`${column} ${show(value)} is not a real date`);
  }
  const uk = UK_DATE.exec(value);
  const iso = uk && `${uk[3]}-${uk[2]?.padStart(2, '0')}-${uk[1]?.padStart(2, '0')}`;
  const example = iso && isValidIsoDate(iso) ? `as ${iso}` : 'like 2023-04-03';
  return new Invalid(`${column} ${show(value)} must be a date written YYYY-MM-DD, ${example}`);
};

/** A code from a list, in any letter case. */
export function code<T extends string>(codes: readonly T[]): CellParser<T> {
  return (value, column) => {
    const lower = value.toLowerCase();
    return isOneOf(codes, lower)
      ? lower
      : new Invalid(`${column} ${show(value)} must be one of ${codes.join(', ')}`);
  };
}

export const yesNo: CellParser<boolean> = (value, column) => {
  const lower = value.toLowerCase();
  if (lower === 'yes' || lower === 'no') return lower === 'yes';
  return new Invalid(`${column} ${show(value)} must be yes or no`);
};

export const wholeNumber: CellParser<number> = (value, column) => {
  const number = Number(value);
  return /^\d+$/.test(value) && Number.isSafeInteger(number)
    ? number
    : new Invalid(`${column} ${show(value)} must be a whole number, like 0 or 3`);
};

// Spreadsheets often show money as £1,250.00, so the pound sign and thousands commas are allowed.
const POUNDS = /^£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

export const pounds: CellParser<number> = (value, column) =>
  POUNDS.test(value)
    ? Number(value.replace(/[£,]/g, ''))
    : new Invalid(`${column} ${show(value)} must be an amount in pounds, like 250 or 1250.50`);

/** A value quoted for a message, cut short so that a stray paragraph does not flood the report. */
function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}
