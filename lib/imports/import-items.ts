import { createHash } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-sql";
import { guardedWrite } from "@/lib/db/sql-pool";
import { DomainError, invalid } from "@/lib/errors";
import { ItemKind } from "@/lib/generated/prisma/enums";
import { fromDatabaseError } from "@/lib/db/database-error";
import { authorize } from "@/lib/workspaces/authorize";
import { applyItemImport, type ImportProgress } from "./apply-items";
import { itemsFromJson, itemsFromTable, mappingOf, type ParsedItems } from "./item-rows";
import { loadItemState, planDigest, planItemImport, type ItemImportPlan } from "./plan-items";
import { decodeText, readCsv, unstorableCells } from "./read-table";

/** How an import is asked for: a dry run (the default) or the real thing, and how to read the file. */
export const ZImportOptions = z.object({
  mode: z.enum(["dry-run", "apply"], "Use dry-run or apply").default("dry-run"),
  mapping: z.enum(["auto", "template", "gta"], "Use auto, template or gta").default("auto"),
  /** Global Trade Alert rows whose intervention type is not an export measure are imported as this kind. */
  defaultKind: z.enum(ItemKind, "Unknown kind").optional(),
  reason: z.string().trim().max(2000).default(""),
  fileName: z.string().trim().max(200).default(""),
  /** The dry run's planDigest: applying then refuses if the plan is no longer the one that was reviewed. */
  planDigest: z.string().regex(/^[0-9a-f]{64}$/, "Not a plan digest").optional(),
});
export type ImportOptions = z.input<typeof ZImportOptions>;

export type ImportFileInput = { bytes: Uint8Array; mediaType: string };

export type ImportReport = {
  mode: "dry-run" | "apply";
  importOf: "items" | "sources";
  file: { name: string; sha256: string; format: "csv" | "json"; mapping: string; ignoredColumns: string[] };
  counts: ItemImportPlan["counts"] & { errors: number };
  /** The import's change record, once applied (null for a dry run, or when nothing needed to change). */
  changeId: string | null;
  /** Pass it back when applying, to apply exactly what this report shows. */
  planDigest: string;
  rows: ItemImportPlan["results"];
};

/** JSON by its media type or a leading brace; CSV otherwise. */
export const formatOf = (mediaType: string, text: string): "csv" | "json" =>
  /json/i.test(mediaType) || (!/csv|text\/plain/i.test(mediaType) && /^\s*[[{]/.test(text)) ? "json" : "csv";

/** The problems of a file that cannot be applied, as field messages keyed "rows.<row>.<column>". */
export function refusal(errors: { row: number; column: string; message: string }[]): DomainError {
  const fields: Record<string, string[]> = {};
  for (const e of errors.slice(0, 1000)) (fields[`rows.${e.row}.${e.column}`] ??= []).push(e.message);
  return invalid(`The file has ${errors.length} problem${errors.length === 1 ? "" : "s"}: nothing was imported. Run a dry run to see each one.`, fields);
}

/** Reads a file of items (CSV by the template or Global Trade Alert's columns, or JSON) into items and cell errors. */
export function parseItemFile(file: ImportFileInput, options: z.output<typeof ZImportOptions>): { parsed: ParsedItems; format: "csv" | "json"; mapping: string } {
  const text = decodeText(file.bytes);
  const format = formatOf(file.mediaType, text);
  if (format === "json") return { parsed: itemsFromJson(text), format, mapping: "json" };
  const table = readCsv(text);
  const mapping = mappingOf(table, options.mapping);
  const parsed = itemsFromTable(table, mapping, { defaultKind: options.defaultKind });
  return { parsed: { ...parsed, errors: [...unstorableCells(table), ...parsed.errors] }, format, mapping };
}

/**
 * Imports tracked items from a file. A dry run says, row by row, what would be created and changed, with every
 * problem tied to its row and column; applying does it in one transaction recorded as one import, with a reason
 * (docs/decisions/023). Rows carry an external id, so importing the same file again changes nothing.
 */
export async function importItems(actor: Actor, workspaceSlug: string, file: ImportFileInput, input: ImportOptions, onProgress?: ImportProgress): Promise<ImportReport> {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const options = ZImportOptions.parse(input);
  if (options.mode === "apply" && !options.reason) throw invalid("Say why you are importing this file", { reason: ["Give a reason: it is recorded with the import"] });
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const { parsed, format, mapping } = parseItemFile(file, options);
  onProgress?.({ phase: "checking", done: parsed.rowCount, total: parsed.rowCount });
  const report = (plan: ItemImportPlan, changeId: string | null): ImportReport => ({
    mode: options.mode,
    importOf: "items",
    file: { name: options.fileName, sha256, format, mapping, ignoredColumns: parsed.ignoredColumns },
    counts: { ...plan.counts, errors: plan.errors.length },
    changeId,
    planDigest: planDigest(plan),
    rows: plan.results,
  });
  if (options.mode === "dry-run") return report(planItemImport(parsed, await loadItemState(readRows, access.workspaceId, parsed)), null);
  if (parsed.errors.length > 0) throw refusal(parsed.errors);
  try {
    const { plan, changeId } = await guardedWrite((pool) =>
      pool.begin((sql) =>
        applyItemImport(sql, actor, access, parsed, { reason: options.reason, planDigest: options.planDigest, file: { name: options.fileName, sha256, mapping } }, onProgress),
      ),
    );
    if (plan.errors.length > 0) throw refusal(plan.errors);
    return report(plan, changeId);
  } catch (error) {
    const known = fromDatabaseError(error);
    // The unique external id (or a source's text) was taken by a writer that committed first.
    if (typeof known === "object" && known !== null && "code" in known && (known as { code: string }).code === "23505") {
      throw new DomainError("conflict", "Someone else added the same item or source while this import ran. Nothing was imported: run it again.");
    }
    throw known;
  }
}
