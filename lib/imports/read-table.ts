import { parse } from "csv-parse/sync";
import { invalid } from "@/lib/errors";
import { textProblem } from "@/lib/http/storable-input";

/** The largest file an import reads (10,000 rows of trade measures with their source statements are a few MB). */
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

/** At most this many rows per file: a larger file is split (the 10,000 rows import in seconds). */
export const MAX_ROWS = 50_000;

/** A problem with one cell (or one field of a JSON record), where the person can find it: row and column. */
export type CellError = { row: number; column: string; message: string };

/** A table of text cells, keyed by column name as the file has it, each row with its number in the file. */
export type Table = { columns: string[]; rows: { row: number; cells: Record<string, string> }[]; overflowing: number[] };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The file's text: UTF-8 (with or without a byte-order mark) or UTF-16 with its byte-order mark, as spreadsheet
 * programs save them. Anything else (Windows-1252, Shift-JIS) is refused with what to do, never guessed: a wrong
 * guess would store garbled names for good.
 */
export function decodeText(bytes: Uint8Array): string {
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (bom16) {
    try {
      return new TextDecoder(bom16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      // It says UTF-16 and is not: a lone surrogate or a cut-off last character, which "not UTF-8" would misname.
      throw invalid("The file's UTF-16 text is damaged. Save it as “CSV UTF-8” and upload it again.", {
        file: ["Damaged UTF-16: save the spreadsheet as “CSV UTF-8 (comma delimited)”"],
      });
    }
  }
  try {
    const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    throw invalid("The file is not UTF-8 text. Save it as “CSV UTF-8” (or UTF-16) and upload it again.", {
      file: ["Not UTF-8: save the spreadsheet as “CSV UTF-8 (comma delimited)”"],
    });
  }
}

/** The delimiter a spreadsheet used: a comma, or the semicolon or tab of some locales, by the header line. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

// Export escapes a cell that would run as a formula with a leading apostrophe (lib/views/csv.ts); reading one back
// removes it, so an exported file imports as it was.
const ESCAPED_FORMULA = /^'([=+\-@\t\r])/;

/** A CSV file as a table: its header row names the columns; rows with every cell empty are skipped. */
export function readCsv(text: string): Table {
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: true, max_record_size: 2_000_000 }) as string[][];
  } catch (error) {
    throw invalid("The CSV file cannot be read", { file: [error instanceof Error ? error.message : "Not valid CSV"] });
  }
  const [header, ...data] = records;
  if (!header || header.every((name) => !name.trim())) throw invalid("The file is empty", { file: ["Start with a header row naming the columns"] });
  if (data.length > MAX_ROWS) throw invalid(`The file has more than ${MAX_ROWS.toLocaleString("en")} rows`, { file: ["Split it into smaller files"] });
  const columns = header.map((name) => name.trim());
  const rows = data
    .map((cells, index) => ({
      row: index + 2,
      cells: Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? "").replace(ESCAPED_FORMULA, "$1")])),
      extra: cells.slice(columns.length).some((cell) => cell.trim() !== ""),
    }))
    .filter((r) => Object.values(r.cells).some((cell) => cell.trim() !== ""));
  return { columns, rows: rows.map(({ row, cells }) => ({ row, cells })), overflowing: rows.filter((r) => r.extra).map((r) => r.row) };
}

/** Cells that cannot be stored as sent (NUL, an unpaired surrogate), each where it is. */
export function unstorableCells(table: Table): CellError[] {
  const errors: CellError[] = table.overflowing.map((row) => ({ row, column: "(beyond the last column)", message: "This row has more cells than the header names" }));
  for (const { row, cells } of table.rows) {
    for (const [column, value] of Object.entries(cells)) {
      const message = textProblem(value);
      if (message) errors.push({ row, column, message });
    }
  }
  for (const column of table.columns) {
    const message = textProblem(column);
    if (message) errors.push({ row: 1, column, message });
  }
  return errors;
}

/** A JSON file's records: `{ "<key>": [ … ] }` or a bare array, each numbered from 1. */
export function readJsonRecords(text: string, key: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid("The JSON file cannot be read", { file: ["Not valid JSON"] });
  }
  const records = Array.isArray(value) ? value : typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(records)) throw invalid(`The JSON file holds no list of ${key}`, { file: [`Send { "${key}": [ … ] }`] });
  if (records.length > MAX_ROWS) throw invalid(`The file has more than ${MAX_ROWS.toLocaleString("en")} records`, { file: ["Split it into smaller files"] });
  return records;
}

/** Every string in a JSON record that cannot be stored, with its path ("statuses.0.note"). */
export function unstorableFields(record: unknown, row: number): CellError[] {
  const errors: CellError[] = [];
  const visit = (value: unknown, path: string[], depth: number) => {
    if (depth > 8) return;
    if (typeof value === "string") {
      const message = textProblem(value);
      if (message) errors.push({ row, column: path.join(".") || "(record)", message });
    } else if (typeof value === "object" && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        const message = textProblem(key);
        if (message) errors.push({ row, column: [...path, "(a key)"].join("."), message });
        else visit(inner, [...path, key], depth + 1);
      }
    }
  };
  visit(record, [], 0);
  return errors;
}

/** "Implementing Jurisdiction(s)" → "implementing_jurisdiction_s": how column names are matched. */
export const columnKey = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
