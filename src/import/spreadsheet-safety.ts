/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that begins with =, +, -, @, a tab
 * or a carriage return is run as a formula when the file is opened in a spreadsheet. Heard's export
 * puts an apostrophe before such a cell, which spreadsheets read as "this is text", and its import
 * takes exactly one apostrophe off a cell that begins with apostrophes and then one of those
 * characters. The two undo each other, so an exported file imports back to the same values and
 * exports again byte for byte: a cell that really began with "'=" is exported as "''=" and comes
 * back as "'=".
 *
 * Only free-text cells need this. Codes, dates, yes/no and numbers are checked on import, so none of
 * them can begin with a formula character (amounts are never negative).
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PROTECTED = /^'+[=+\-@\t\r]/;

/** A free-text cell as it is written to an export. */
export function protectCell(value: string): string {
  return FORMULA_START.test(value) || PROTECTED.test(value) ? `'${value}` : value;
}

/** A free-text cell as an import reads it: the export's apostrophe taken off again. */
export function unprotectCell(value: string): string {
  return PROTECTED.test(value) ? value.slice(1) : value;
}
