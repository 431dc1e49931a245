import { z } from 'zod';
import { isValidIsoDate } from '../calendar/dates.ts';
import type { IsoDate } from '../calendar/types.ts';
import { isOneOf } from './codes.ts';
import type { Column } from './columns.ts';

/**
 * How to read one cell of an import file, each told its column so that messages can name it.
 * Surrounding spaces are ignored and a blank or missing cell means unknown (undefined).
 */

/** Why a cell's value cannot be used. */
class Invalid {
  constructor(readonly message: string) {}
}

type Context = z.core.$RefinementCtx;

/**
 * Reads a cell's text, which is undefined when the row has no such column. A cell that cannot be
 * read adds an issue, at its column, and reads as z.NEVER.
 */
export type CellReader<T> = (raw: unknown, column: Column, ctx: Context) => T;

/** Reads a non-blank, trimmed cell. */
type CellParser<T> = (value: string, column: Column) => T | Invalid;

export function optional<T>(parse: CellParser<T>): CellReader<T | undefined> {
  return (raw, column, ctx) => {
    const value = cellText(raw, column, ctx);
    return value ? parseCell(parse, value, raw, column, ctx) : undefined;
  };
}

export function required<T>(parse: CellParser<T>): CellReader<T> {
  return (raw, column, ctx) => {
    const value = cellText(raw, column, ctx);
    if (value) return parseCell(parse, value, raw, column, ctx);
    return value === undefined ? z.NEVER : fail(`${column} is required`, raw, column, ctx);
  };
}

/** Names separated by `;`, as a list without blanks or repeats; a blank cell is an empty list. */
export const nameList: CellReader<string[]> = (raw, column, ctx) => {
  const value = cellText(raw, column, ctx);
  if (value === undefined) return z.NEVER;
  // Most rows name no theme, and their blank cell needs no splitting.
  if (value === '') return [];
  const names = new Set<string>();
  for (const part of value.split(';')) {
    const name = part.trim();
    if (name !== '') names.add(name);
  }
  return [...names];
};

/** A cell's text, trimmed: blank when missing; undefined, with an issue, when it is not text. */
function cellText(raw: unknown, column: Column, ctx: Context): string | undefined {
  // Most cells of most files are empty, and need no trimming.
  if (typeof raw === 'string') return raw && raw.trim();
  if (raw === undefined) return '';
  // Only possible when the schema is given something other than a file's row: reported as
  // z.string() reports it.
  ctx.addIssue({ expected: 'string', code: 'invalid_type', input: raw, path: [column] });
  return undefined;
}

function parseCell<T>(
  parse: CellParser<T>,
  value: string,
  raw: unknown,
  column: Column,
  ctx: Context,
): T {
  const parsed = parse(value, column);
  return parsed instanceof Invalid ? fail(parsed.message, raw, column, ctx) : parsed;
}

function fail(message: string, raw: unknown, column: Column, ctx: Context): never {
  ctx.addIssue({ message, code: 'custom', input: raw, path: [column] });
  return z.NEVER;
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
    // Most codes are written as listed, and changing case is slow, the more so for text V8 keeps
    // at two bytes a character (see decodeCompactly).
    if (isOneOf(codes, value)) return value;
    const lower = value.toLowerCase();
    return isOneOf(codes, lower)
      ? lower
      : new Invalid(`${column} ${show(value)} must be one of ${codes.join(', ')}`);
  };
}

export const yesNo: CellParser<boolean> = (value, column) => {
  // As with codes, case is changed only when it must be.
  const lower = value === 'yes' || value === 'no' ? value : value.toLowerCase();
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
