/** Written first, so spreadsheet programs read the file as UTF-8 (Excel otherwise garbles Japanese and Korean text). */
export const BOM = "\uFEFF";

// A cell starting with one of these is run as a formula by spreadsheet programs; sources are pasted from outside,
// so such text is prefixed with an apostrophe (OWASP's advice for CSV injection). The JSON export keeps it as it is.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, RFC 4180: quoted when it holds a quote, comma or line break, with quotes doubled. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record, ended by CRLF as RFC 4180 has it. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
