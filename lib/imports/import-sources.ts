import { createHash } from "node:crypto";
import type postgres from "postgres";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { readRows, rowsFrom, type RowReader } from "@/lib/db/read-sql";
import { guardedWrite } from "@/lib/db/sql-pool";
import { fromDatabaseError } from "@/lib/db/database-error";
import { DomainError, invalid } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { appendChangeSql, sourceChain, workspaceChain } from "@/lib/history/append-change";
import { diffFields } from "@/lib/history/field-diff";
import { ZAddSource } from "@/lib/sources/add-source";
import { contentHash } from "@/lib/sources/normalise-text";
import { partialDateKey } from "@/lib/tracking/partial-date";
import { authorize, type WorkspaceAccess } from "@/lib/workspaces/authorize";
import type { ImportProgress } from "./apply-items";
import { formatOf, refusal, ZImportOptions, type ImportFileInput, type ImportOptions, type ImportReport } from "./import-items";
import { planDigest, type RowResult } from "./plan-items";
import { columnKey, decodeText, readCsv, readJsonRecords, unstorableCells, unstorableFields, type CellError } from "./read-table";

/** The sources template's columns (docs/imports.md), by their matching key, and the field each fills. */
export const SOURCE_COLUMNS = {
  external_id: "externalId",
  title: "title",
  title_note: "titleNote",
  publisher: "publisher",
  byline: "byline",
  dateline: "dateline",
  published_on: "publishedOn",
  published_note: "publishedNote",
  url: "url",
  language: "language",
  body: "body",
} as const;
type SourceField = (typeof SOURCE_COLUMNS)[keyof typeof SOURCE_COLUMNS];

type ImportedSource = { row: number; externalId: string; data: z.output<typeof ZAddSource>; hash: string };
type Existing = { id: string; externalId: string | null; contentHash: string; version: number; title: string; fields: Record<string, string | null> };
type SourcePlan = { source: ImportedSource; existing: Existing | null; diff: ReturnType<typeof diffFields> };

const metadataOf = (d: z.output<typeof ZAddSource>): Record<string, string | null> => ({
  title: d.title,
  titleNote: d.titleNote,
  publisher: d.publisher,
  byline: d.byline,
  dateline: d.dateline,
  publishedOn: d.publishedOn ? partialDateKey(d.publishedOn.date, d.publishedOn.precision) : null,
  publishedNote: d.publishedNote,
  url: d.url ?? null,
  language: d.language,
});

/** Rows of a sources file, validated with the schema adding a source uses; problems keyed by row and column. */
function parseSources(file: ImportFileInput): { sources: ImportedSource[]; errors: CellError[]; rowCount: number; format: "csv" | "json"; ignoredColumns: string[] } {
  const text = decodeText(file.bytes);
  const format = formatOf(file.mediaType, text);
  const errors: CellError[] = [];
  const records: { row: number; values: Record<string, string>; columnOf: (field: string) => string }[] = [];
  let ignoredColumns: string[] = [];
  let rowCount: number;
  if (format === "json") {
    const all = readJsonRecords(text, "sources");
    rowCount = all.length;
    all.forEach((record, index) => {
      const row = index + 1;
      const unstorable = unstorableFields(record, row);
      if (unstorable.length) return void errors.push(...unstorable);
      if (typeof record !== "object" || record === null || Array.isArray(record)) return void errors.push({ row, column: "(record)", message: "Each source is an object" });
      const values = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === "string" ? v : v === null || v === undefined ? "" : String(v)]));
      records.push({ row, values, columnOf: (field) => field });
    });
  } else {
    const table = readCsv(text);
    rowCount = table.rows.length;
    errors.push(...unstorableCells(table));
    const fieldOf = new Map<string, string>();
    for (const column of table.columns) {
      const field = SOURCE_COLUMNS[columnKey(column) as keyof typeof SOURCE_COLUMNS];
      if (field && ![...fieldOf.values()].includes(field)) fieldOf.set(column, field);
      else if (column) ignoredColumns.push(column);
    }
    const columnOfField = new Map([...fieldOf].map(([column, field]) => [field, column]));
    for (const field of ["externalId", "title", "language", "body"]) {
      if (!columnOfField.has(field)) errors.push({ row: 1, column: field, message: `No column for ${field}: see the sources template` });
    }
    if (errors.some((e) => e.row === 1)) return { sources: [], errors, rowCount: table.rows.length, format, ignoredColumns };
    for (const { row, cells } of table.rows) {
      records.push({ row, values: Object.fromEntries([...fieldOf].map(([column, field]) => [field, cells[column] ?? ""])), columnOf: (field) => columnOfField.get(field) ?? field });
    }
    ignoredColumns = [...new Set(ignoredColumns)];
  }
  const sources: ImportedSource[] = [];
  const seen = new Map<string, number>();
  const hashes = new Map<string, number>();
  for (const { row, values, columnOf } of records) {
    const externalId = (values.externalId ?? "").trim();
    if (!externalId || externalId.length > 200) {
      errors.push({ row, column: columnOf("externalId"), message: "Give every row an external id of at most 200 characters" });
      continue;
    }
    if (seen.has(externalId)) {
      errors.push({ row, column: columnOf("externalId"), message: `The same external id as row ${seen.get(externalId)}` });
      continue;
    }
    seen.set(externalId, row);
    const parsed = ZAddSource.safeParse({ ...values, publishedOn: values.publishedOn || undefined });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ row, column: columnOf(String(issue.path[0] ?? "title") as SourceField), message: issue.message });
      continue;
    }
    const hash = contentHash(parsed.data.body);
    if (hashes.has(hash)) {
      errors.push({ row, column: columnOf("body"), message: `The same text as row ${hashes.get(hash)}` });
      continue;
    }
    hashes.set(hash, row);
    sources.push({ row, externalId, data: parsed.data, hash });
  }
  return { sources, errors, rowCount, format, ignoredColumns };
}

async function loadSources(read: RowReader, workspaceId: string, sources: ImportedSource[]): Promise<{ byExternalId: Map<string, Existing>; byHash: Map<string, Existing> }> {
  const rows = sources.length
    ? await read<Omit<Existing, "fields"> & { titleNote: string; publisher: string | null; byline: string | null; dateline: string | null; publishedOn: Date | null; publishedPrecision: DatePrecision | null; publishedNote: string; url: string | null; language: string }>(Prisma.sql`
        SELECT id, "externalId", "contentHash", version, title, "titleNote", publisher, byline, dateline, "publishedOn", "publishedPrecision"::text AS "publishedPrecision",
               "publishedNote", url, language
        FROM "Source" WHERE "workspaceId" = ${workspaceId}::uuid
          AND ("externalId" = ANY(${sources.map((s) => s.externalId)}::text[]) OR "contentHash" = ANY(${sources.map((s) => s.hash)}::text[]))`)
    : [];
  const existing = rows.map((r) => ({
    id: r.id,
    externalId: r.externalId,
    contentHash: r.contentHash,
    version: r.version,
    title: r.title,
    fields: {
      title: r.title,
      titleNote: r.titleNote,
      publisher: r.publisher,
      byline: r.byline,
      dateline: r.dateline,
      publishedOn: r.publishedOn && r.publishedPrecision ? partialDateKey(r.publishedOn, r.publishedPrecision) : null,
      publishedNote: r.publishedNote,
      url: r.url,
      language: r.language,
    },
  }));
  return { byExternalId: new Map(existing.filter((e) => e.externalId).map((e) => [e.externalId as string, e])), byHash: new Map(existing.map((e) => [e.contentHash, e])) };
}

function planSources(parsed: ReturnType<typeof parseSources>, state: Awaited<ReturnType<typeof loadSources>>) {
  const errors = [...parsed.errors];
  const plans: SourcePlan[] = [];
  const changes = new Map<number, string[]>();
  for (const source of parsed.sources) {
    const existing = state.byExternalId.get(source.externalId) ?? null;
    if (existing) {
      if (existing.contentHash !== source.hash) {
        errors.push({ row: source.row, column: "body", message: "A source's text cannot change once added (citations point into it): add it as a new source" });
        continue;
      }
      const diff = diffFields(existing.fields, metadataOf(source.data));
      for (const [field, change] of Object.entries(diff)) (changes.get(source.row) ?? changes.set(source.row, []).get(source.row))?.push(`${field}: ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}`);
      plans.push({ source, existing, diff });
      continue;
    }
    const same = state.byHash.get(source.hash);
    if (same) {
      errors.push({ row: source.row, column: "body", message: `This text is already in the library as “${same.title}”${same.externalId ? ` (external id ${same.externalId})` : ""}` });
      continue;
    }
    changes.set(source.row, [`New source “${source.data.title}”`]);
    plans.push({ source, existing: null, diff: {} });
  }
  const byRow = new Map<number, { column: string; message: string }[]>();
  for (const e of errors) (byRow.get(e.row) ?? byRow.set(e.row, []).get(e.row))?.push({ column: e.column, message: e.message });
  const created = new Set(plans.filter((p) => !p.existing).map((p) => p.source.row));
  const rows = [...new Set([...parsed.sources.map((s) => s.row), ...byRow.keys()])].sort((a, b) => a - b);
  const externalIdOf = new Map(parsed.sources.map((s) => [s.row, s.externalId]));
  const results: RowResult[] = rows.map((row) => ({
    row,
    externalId: externalIdOf.get(row) ?? null,
    action: byRow.has(row) ? "error" : created.has(row) ? "create" : changes.get(row)?.length ? "update" : "unchanged",
    changes: changes.get(row) ?? [],
    errors: byRow.get(row) ?? [],
  }));
  const updated = plans.filter((p) => p.existing && Object.keys(p.diff).length > 0);
  return {
    plans: plans.filter((p) => !p.existing || Object.keys(p.diff).length > 0),
    errors,
    results,
    counts: { rows: parsed.rowCount, created: created.size, updated: updated.length, unchanged: plans.length - created.size - updated.length, statuses: 0, citations: 0, sources: created.size },
  };
}

async function applySources(sql: postgres.TransactionSql, actor: Actor, access: WorkspaceAccess, parsed: ReturnType<typeof parseSources>, meta: { reason: string; sha256: string; fileName: string; planDigest?: string }, onProgress?: ImportProgress) {
  await sql`SELECT id FROM "Source" WHERE "workspaceId" = ${access.workspaceId}::uuid AND "externalId" = ANY(${parsed.sources.map((s) => s.externalId)}::text[]) ORDER BY id FOR UPDATE`;
  const plan = planSources(parsed, await loadSources(rowsFrom(sql as unknown as postgres.Sql), access.workspaceId, parsed.sources));
  if (plan.errors.length > 0) return { plan, changeId: null };
  if (meta.planDigest && meta.planDigest !== planDigest(plan)) throw new DomainError("conflict", "The library changed since the dry run. Nothing was imported: run the dry run again.");
  if (plan.plans.length === 0) return { plan, changeId: null };
  await sql`UPDATE "Workspace" SET version = version + 1 WHERE id = ${access.workspaceId}::uuid`;
  const record = await appendChangeSql(sql, {
    workspaceId: access.workspaceId,
    chainKey: workspaceChain(access.workspaceId),
    actorId: actor.userId,
    type: "workspace.imported",
    reason: meta.reason,
    diff: { importOf: "sources", file: { name: meta.fileName, sha256: meta.sha256, rows: plan.counts.rows, mapping: "template" }, created: plan.counts.created, updated: plan.counts.updated, unchanged: plan.counts.unchanged },
  });
  const reason = `Import #${record.id}: ${meta.reason}`.slice(0, 2000);
  const creating = plan.plans.filter((p) => !p.existing).map((p) => p.source);
  const created = creating.length
    ? await sql<{ id: string; externalId: string; title: string; language: string }[]>`
        INSERT INTO "Source" (id, "workspaceId", "externalId", title, "titleNote", publisher, byline, dateline, "publishedOn", "publishedPrecision", "publishedNote", url, language, body, "contentHash", "createdById")
        SELECT uuidv7(), ${access.workspaceId}::uuid, t.*, ${actor.userId}::uuid FROM unnest(
          ${creating.map((s) => s.externalId)}::text[], ${creating.map((s) => s.data.title)}::text[], ${creating.map((s) => s.data.titleNote)}::text[],
          ${creating.map((s) => s.data.publisher) as string[]}::text[], ${creating.map((s) => s.data.byline) as string[]}::text[], ${creating.map((s) => s.data.dateline) as string[]}::text[],
          ${creating.map((s) => s.data.publishedOn?.date.toISOString().slice(0, 10) ?? null) as string[]}::date[],
          ${creating.map((s) => s.data.publishedOn?.precision ?? null) as string[]}::"DatePrecision"[], ${creating.map((s) => s.data.publishedNote)}::text[],
          ${creating.map((s) => s.data.url ?? null) as string[]}::text[], ${creating.map((s) => s.data.language)}::text[], ${creating.map((s) => s.data.body)}::text[],
          ${creating.map((s) => s.hash)}::text[]) AS t
        RETURNING id, "externalId", title, language`
    : [];
  let done = 0;
  const total = plan.plans.length;
  for (const row of created) {
    await appendChangeSql(sql, {
      workspaceId: access.workspaceId,
      chainKey: sourceChain(row.id),
      sourceId: row.id,
      actorId: actor.userId,
      type: "source.added",
      reason,
      diff: { title: { before: null, after: row.title }, language: { before: null, after: row.language }, version: { before: null, after: 1 } },
    });
    if (++done % 200 === 0) onProgress?.({ phase: "applying", done, total });
  }
  for (const p of plan.plans.filter((q) => q.existing)) {
    const existing = p.existing as Existing;
    const d = p.source.data;
    const [{ version } = { version: 0 }] = await sql<{ version: number }[]>`
      UPDATE "Source" SET title = ${d.title}, "titleNote" = ${d.titleNote}, publisher = ${d.publisher}, byline = ${d.byline}, dateline = ${d.dateline},
        "publishedOn" = ${d.publishedOn?.date.toISOString().slice(0, 10) ?? null}::date, "publishedPrecision" = ${d.publishedOn?.precision ?? null}::"DatePrecision",
        "publishedNote" = ${d.publishedNote}, url = ${d.url ?? null}, language = ${d.language}, version = version + 1
      WHERE id = ${existing.id}::uuid RETURNING version`;
    await appendChangeSql(sql, {
      workspaceId: access.workspaceId,
      chainKey: sourceChain(existing.id),
      sourceId: existing.id,
      actorId: actor.userId,
      type: "source.updated",
      reason,
      diff: { ...p.diff, version: { before: version - 1, after: version } },
    });
    if (++done % 200 === 0) onProgress?.({ phase: "applying", done, total });
  }
  return { plan, changeId: record.id.toString() };
}

/**
 * Imports sources (the library's articles) from a file: CSV by the sources template, or JSON `{ "sources": [ … ] }`.
 * A dry run first, then one transaction recorded as one import; external ids make a re-import change nothing. A
 * source's text never changes once added, so a row whose text differs from its source's is refused.
 */
export async function importSources(actor: Actor, workspaceSlug: string, file: ImportFileInput, input: ImportOptions, onProgress?: ImportProgress): Promise<ImportReport> {
  const access = await authorize(actor, workspaceSlug, "source.write");
  const options = ZImportOptions.parse(input);
  if (options.mode === "apply" && !options.reason) throw invalid("Say why you are importing this file", { reason: ["Give a reason: it is recorded with the import"] });
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const parsed = parseSources(file);
  onProgress?.({ phase: "checking", done: parsed.rowCount, total: parsed.rowCount });
  const report = (plan: ReturnType<typeof planSources>, changeId: string | null): ImportReport => ({
    mode: options.mode,
    importOf: "sources",
    file: { name: options.fileName, sha256, format: parsed.format, mapping: "template", ignoredColumns: parsed.ignoredColumns },
    counts: { ...plan.counts, errors: plan.errors.length },
    changeId,
    planDigest: planDigest(plan),
    rows: plan.results,
  });
  if (options.mode === "dry-run") return report(planSources(parsed, await loadSources(readRows, access.workspaceId, parsed.sources)), null);
  if (parsed.errors.length > 0) throw refusal(parsed.errors);
  try {
    const { plan, changeId } = await guardedWrite((pool) =>
      pool.begin((sql) => applySources(sql, actor, access, parsed, { reason: options.reason, sha256, fileName: options.fileName, planDigest: options.planDigest }, onProgress)),
    );
    if (plan.errors.length > 0) throw refusal(plan.errors);
    return report(plan, changeId);
  } catch (error) {
    const known = fromDatabaseError(error);
    if (typeof known === "object" && known !== null && "code" in known && (known as { code: string }).code === "23505") {
      throw new DomainError("conflict", "Someone else added the same source while this import ran. Nothing was imported: run it again.");
    }
    throw known;
  }
}
