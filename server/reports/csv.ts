import { EXPORT_COLUMNS, type ExportRow } from '../../contract/admin.ts';

/** Characters that make a spreadsheet read a cell as a formula (tab and CR too, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: text a spreadsheet would run as a formula is prefixed with `'`; a cell holding a comma, quote
 * or line break is quoted with quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The header line, CRLF-terminated like every record. */
export const CSV_HEADER = `${EXPORT_COLUMNS.join(',')}\r\n`;

/** One record of the export; lists (reasons, tags) are joined with `;`. */
export function csvLine(row: ExportRow): string {
  return `${EXPORT_COLUMNS.map((column) => {
    const value = row[column];
    return csvCell(Array.isArray(value) ? value.join(';') : value);
  }).join(',')}\r\n`;
}
