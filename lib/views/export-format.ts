import { outsideWords } from "@/lib/i18n/words";
import { changeTypeLabel } from "@/lib/history/change-types";
import { kindLabel, statusLabel } from "@/lib/tracking/kinds";
import { BOM, csvLine } from "./csv";
import type { ExportRow, TrackerExport } from "./export-tracker";

export type ExportFormat = "csv" | "json";

/** Several citations in one cell, numbered so each source lines up with its excerpt in the next column. */
function numbered(values: string[]): string {
  return values.length <= 1 ? (values[0] ?? "") : values.map((value, index) => `[${index + 1}] ${value}`).join("\n");
}

const flags = (row: ExportRow) => [row.needsSource && "No source yet", row.hasDiscrepancy && "Sources disagree"].filter(Boolean).join("; ");

/** The CSV's columns: labels for people reading a spreadsheet (the JSON keeps the keys). */
export const CSV_COLUMNS: readonly (readonly [string, (row: ExportRow) => string])[] = [
  ["ID", (row) => row.id],
  ["Kind", (row) => kindLabel(row.kind)],
  ["Title", (row) => row.title],
  ["Implementing jurisdictions", (row) => row.implementingJurisdictions.join("; ")],
  ["Affected jurisdictions", (row) => row.affectedJurisdictions.join("; ")],
  ["Tags", (row) => row.tags.join("; ")],
  ["Status", (row) => (row.status ? statusLabel(row.kind, row.status) : "")],
  ["Status effective", (row) => row.effectiveOn ?? ""],
  ["Status announced", (row) => row.announcedOn ?? ""],
  ["Source", (row) => numbered(row.citations.map((c) => c.source))],
  ["Excerpt", (row) => numbered(row.citations.map((c) => c.excerpt))],
  ["Source address", (row) => numbered(row.citations.map((c) => c.url ?? ""))],
  ["Source publisher", (row) => numbered(row.citations.map((c) => c.publisher ?? ""))],
  ["Source date", (row) => numbered(row.citations.map((c) => c.publishedOn ?? ""))],
  ["Flags", flags],
  ["Last change", (row) => (row.lastChange ? outsideWords().recordedAt(row.lastChange.at) : "")],
  ["Change", (row) => (row.lastChange ? changeTypeLabel(row.lastChange.type) : "")],
  ["Change reason", (row) => row.lastChange?.reason ?? ""],
  ["Changed by", (row) => row.lastChange?.by ?? ""],
  ["In force on", (row) => row.asOf.validOn],
  ["As recorded at", (row) => row.asOf.recordedAt],
];

export async function* csvChunks(rows: AsyncIterable<ExportRow>): AsyncGenerator<string> {
  yield BOM + csvLine(CSV_COLUMNS.map(([header]) => header));
  for await (const row of rows) yield csvLine(CSV_COLUMNS.map(([, cell]) => cell(row)));
}

/** One JSON document: what was exported, then the items, written as they are read. */
export async function* jsonChunks(data: TrackerExport): AsyncGenerator<string> {
  const { rows, name: _name, ...about } = data;
  yield `${JSON.stringify(about).slice(0, -1)},"items":[`;
  let first = true;
  for await (const row of rows) {
    yield `${first ? "" : ","}\n${JSON.stringify(row)}`;
    first = false;
  }
  yield "\n]}\n";
}

/** Content-Disposition for a download: an ASCII name for old clients and the exact (UTF-8) name for the rest. */
export function attachment(name: string, format: ExportFormat): string {
  const ascii = name.normalize("NFKD").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "export";
  const exact = encodeURIComponent(`${name}.${format}`).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}.${format}"; filename*=UTF-8''${exact}`;
}
