import { createHash } from "node:crypto";
import type { RowReader } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { contentHash } from "@/lib/sources/normalise-text";
import { locateExcerpt } from "@/lib/sources/locate-excerpt";
import type { ItemFields } from "@/lib/tracking/item-input";
import { statusLabel } from "@/lib/tracking/kinds";
import { partialDateKey, type PartialDate } from "@/lib/tracking/partial-date";
import type { CitationRef, ImportedItem, ParsedItems } from "./item-rows";
import type { CellError } from "./read-table";

const { sql } = Prisma;

type LibrarySource = { id: string; externalId: string | null; contentHash: string; title: string; body: string };
type Event = { id: string; key: string; citations: Set<string> };
type ExistingItem = ItemFields & { id: string; version: number; kind: ItemKind; archived: boolean; events: Event[] };

/** What the workspace holds that an import's rows name: items by external id, and the sources cited. */
export type ItemState = {
  items: Map<string, ExistingItem>;
  sources: { byExternalId: Map<string, LibrarySource>; byId: Map<string, LibrarySource>; byHash: Map<string, LibrarySource> };
};

/** A source statement that becomes a source of its own (Global Trade Alert's "Source" column). */
export type NewSource = { hash: string; text: string; title: string; url: string | null };

/** A citation with its source (one of the library's, or one the import adds, by its text's hash) and offsets. */
export type PlannedCitation = { sourceId: string | null; newSourceHash: string | null; excerpt: string; startOffset: number; endOffset: number };
export type PlannedStatus = { row: number; status: string; effectiveOn: PartialDate; announcedOn: PartialDate | null; note: string; citations: PlannedCitation[] };

export type ItemPlan = {
  item: ImportedItem;
  existing: { id: string; version: number } | null;
  fieldChanges: Partial<ItemFields>;
  newStatuses: PlannedStatus[];
  newCitations: { row: number; statusEventId: string; citation: PlannedCitation }[];
};

export type RowResult = { row: number; externalId: string | null; action: "create" | "update" | "unchanged" | "error"; changes: string[]; errors: { column: string; message: string }[] };

export type ItemImportPlan = {
  plans: ItemPlan[];
  newSources: NewSource[];
  errors: CellError[];
  results: RowResult[];
  counts: { rows: number; created: number; updated: number; unchanged: number; statuses: number; citations: number; sources: number };
};

const statusKey = (status: string, date: PartialDate) => `${status}|${partialDateKey(date.date, date.precision)}`;
const citationKey = (sourceId: string, excerpt: string) => `${sourceId}|${excerpt}`;

/** Reads the items (by external id) and sources the parsed rows name, in one round of queries. */
export async function loadItemState(read: RowReader, workspaceId: string, parsed: ParsedItems): Promise<ItemState> {
  const externalIds = parsed.items.map((i) => i.externalId);
  const refs = parsed.items.flatMap((i) => i.statuses.flatMap((s) => s.citations));
  const sourceExternalIds = [...new Set(refs.flatMap((c) => (c.kind === "library" && c.externalId ? [c.externalId] : [])))];
  const sourceIds = [...new Set(refs.flatMap((c) => (c.kind === "library" && c.sourceId ? [c.sourceId] : [])))];
  const hashes = [...new Set(refs.flatMap((c) => (c.kind === "text" ? [contentHash(c.text)] : [])))];
  const [items, sources] = await Promise.all([
    externalIds.length
      ? read<Omit<ExistingItem, "events"> & { externalId: string }>(sql`
          SELECT id, "externalId", version, kind::text AS kind, title, summary, "implementingJurisdictions", "affectedJurisdictions", tags,
                 "archivedAt" IS NOT NULL AS archived
          FROM "TrackedItem" WHERE "workspaceId" = ${workspaceId}::uuid AND "externalId" = ANY(${externalIds}::text[])`)
      : [],
    sourceExternalIds.length + sourceIds.length + hashes.length
      ? read<LibrarySource>(sql`
          SELECT id, "externalId", "contentHash", title, body FROM "Source"
          WHERE "workspaceId" = ${workspaceId}::uuid
            AND ("externalId" = ANY(${sourceExternalIds}::text[]) OR id = ANY(${sourceIds}::uuid[]) OR "contentHash" = ANY(${hashes}::text[]))`)
      : [],
  ]);
  const events = items.length
    ? await read<{ id: string; itemId: string; status: string; effectiveOn: Date; precision: "day" | "month" | "year"; citations: string[] }>(sql`
        SELECT e.id, e."itemId", e.status, e."effectiveOn", e.precision::text AS precision,
               coalesce(array_agg(c."sourceId"::text || '|' || c.excerpt) FILTER (WHERE c.id IS NOT NULL), '{}') AS citations
        FROM "StatusEvent" e LEFT JOIN "Citation" c ON c."statusEventId" = e.id
        WHERE e."itemId" = ANY(${items.map((i) => i.id)}::uuid[]) AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id)
        GROUP BY e.id`)
    : [];
  const eventsOf = new Map<string, Event[]>();
  for (const e of events) {
    const list = eventsOf.get(e.itemId) ?? [];
    list.push({ id: e.id, key: statusKey(e.status, { date: e.effectiveOn, precision: e.precision }), citations: new Set(e.citations) });
    eventsOf.set(e.itemId, list);
  }
  return {
    items: new Map(items.map(({ externalId, ...item }) => [externalId, { ...item, events: eventsOf.get(item.id) ?? [] }])),
    sources: {
      byExternalId: new Map(sources.filter((s) => s.externalId).map((s) => [s.externalId as string, s])),
      byId: new Map(sources.map((s) => [s.id, s])),
      byHash: new Map(sources.map((s) => [s.contentHash, s])),
    },
  };
}

const FIELD_LABELS: Record<keyof ItemFields, string> = {
  title: "Title",
  summary: "Summary",
  implementingJurisdictions: "Implemented by",
  affectedJurisdictions: "Affects",
  tags: "Tags",
};
const shown = (value: string | string[]) => (Array.isArray(value) ? value.join(", ") || "—" : `“${value.length > 60 ? `${value.slice(0, 60)}…` : value}”`);
const same = (a: string | string[], b: string | string[]) => JSON.stringify(a) === JSON.stringify(b);
const when = (d: PartialDate) => partialDateKey(d.date, d.precision);

/** A source statement's title: its first line, shortened. */
function statementTitle(text: string): string {
  const line = text.trim().split(/\r?\n/)[0] ?? "";
  return line.length > 120 ? `${line.slice(0, 119)}…` : line || "Source statement";
}

/**
 * What importing the rows would do, row by row: which items are created or updated (and which fields), which statuses
 * and citations are added, which sources made; every problem tied to its row and column. Existing statuses are matched
 * by status and effective date, existing citations by source and excerpt, so importing the same file twice changes
 * nothing the second time.
 */
export function planItemImport(parsed: ParsedItems, state: ItemState): ItemImportPlan {
  const errors: CellError[] = [...parsed.errors];
  const newSources = new Map<string, NewSource>();
  const rowChanges = new Map<number, string[]>();
  const note = (row: number, change: string) => (rowChanges.get(row) ?? rowChanges.set(row, []).get(row))?.push(change);
  const plans: ItemPlan[] = [];

  const resolve = (ref: CitationRef): PlannedCitation | null => {
    if (ref.kind === "text") {
      const hash = contentHash(ref.text);
      const existing = state.sources.byHash.get(hash);
      if (existing) {
        const at = locateExcerpt(existing.body, ref.text.trim()) ?? { start: 0, end: existing.body.length };
        return { sourceId: existing.id, newSourceHash: null, excerpt: existing.body.slice(at.start, at.end), startOffset: at.start, endOffset: at.end };
      }
      const text = ref.text.trim();
      if (text.length > 1_000_000) {
        errors.push({ row: ref.row, column: ref.column, message: "A source is at most 1,000,000 characters" });
        return null;
      }
      newSources.set(hash, { hash, text, title: statementTitle(text), url: /https?:\/\/[^\s<>"]+/.exec(text)?.[0].replace(/[.,;)\]]+$/, "") ?? null });
      return { sourceId: null, newSourceHash: hash, excerpt: text, startOffset: 0, endOffset: text.length };
    }
    const source = ref.externalId ? state.sources.byExternalId.get(ref.externalId) : state.sources.byId.get(ref.sourceId ?? "");
    if (!source) {
      errors.push({ row: ref.row, column: ref.sourceColumn, message: "No source in the library has this id: import the sources first" });
      return null;
    }
    const at = locateExcerpt(source.body, ref.excerpt);
    if (!at) {
      errors.push({ row: ref.row, column: ref.column, message: `Quote the passage exactly as it appears in “${source.title}”` });
      return null;
    }
    return { sourceId: source.id, newSourceHash: null, excerpt: ref.excerpt, startOffset: at.start, endOffset: at.end };
  };

  for (const item of parsed.items) {
    const existing = state.items.get(item.externalId);
    const label = (status: string) => statusLabel(item.fields.kind, status);
    // Statuses of the item, merged by status and date, each with the union of its rows' citations.
    const statuses = new Map<string, PlannedStatus>();
    for (const s of item.statuses) {
      const key = statusKey(s.status, s.effectiveOn);
      const planned = statuses.get(key) ?? { row: s.row, status: s.status, effectiveOn: s.effectiveOn, announcedOn: s.announcedOn, note: s.note, citations: [] };
      for (const ref of s.citations) {
        const citation = resolve(ref);
        if (citation && !planned.citations.some((c) => c.excerpt === citation.excerpt && c.sourceId === citation.sourceId && c.newSourceHash === citation.newSourceHash)) {
          planned.citations.push(citation);
        }
      }
      statuses.set(key, planned);
    }
    const plan: ItemPlan = { item, existing: existing ? { id: existing.id, version: existing.version } : null, fieldChanges: {}, newStatuses: [], newCitations: [] };
    if (!existing) {
      note(item.row, `New item “${item.fields.title}”`);
      plan.newStatuses = [...statuses.values()];
      for (const s of plan.newStatuses) note(s.row, `Status ${label(s.status)} from ${when(s.effectiveOn)}${s.citations.length ? ` citing ${s.citations.length} source${s.citations.length > 1 ? "s" : ""}` : ", no source yet"}`);
    } else {
      if (existing.kind !== item.fields.kind) {
        errors.push({ row: item.row, column: "kind", message: `This item is ${existing.kind}: an item's kind cannot change` });
        continue;
      }
      for (const field of Object.keys(FIELD_LABELS) as (keyof ItemFields)[]) {
        if (!same(existing[field], item.fields[field])) {
          (plan.fieldChanges as Record<string, unknown>)[field] = item.fields[field];
          note(item.row, `${FIELD_LABELS[field]}: ${shown(existing[field])} → ${shown(item.fields[field])}`);
        }
      }
      for (const [key, s] of statuses) {
        const event = existing.events.find((e) => e.key === key);
        if (!event) {
          plan.newStatuses.push(s);
          note(s.row, `Status ${label(s.status)} from ${when(s.effectiveOn)} added`);
          continue;
        }
        for (const citation of s.citations) {
          if (citation.sourceId && event.citations.has(citationKey(citation.sourceId, citation.excerpt))) continue;
          plan.newCitations.push({ row: s.row, statusEventId: event.id, citation });
          note(s.row, `Citation added to ${label(s.status)} from ${when(s.effectiveOn)}`);
        }
      }
      const changes = Object.keys(plan.fieldChanges).length + plan.newStatuses.length + plan.newCitations.length;
      if (changes > 0 && existing.archived) {
        errors.push({ row: item.row, column: "externalId", message: "This item is archived: restore it before importing changes to it" });
        continue;
      }
    }
    plans.push(plan);
  }

  const errorsByRow = new Map<number, { column: string; message: string }[]>();
  for (const e of errors) (errorsByRow.get(e.row) ?? errorsByRow.set(e.row, []).get(e.row))?.push({ column: e.column, message: e.message });
  const createdRows = new Set(plans.filter((p) => !p.existing).flatMap((p) => p.item.rows));
  const allRows = [...new Set([...parsed.rowIds.keys(), ...errorsByRow.keys()])].sort((a, b) => a - b);
  const results: RowResult[] = allRows.map((row) => {
    const rowErrors = errorsByRow.get(row) ?? [];
    const changes = rowChanges.get(row) ?? [];
    return {
      row,
      externalId: parsed.rowIds.get(row) ?? null,
      action: rowErrors.length ? "error" : createdRows.has(row) ? "create" : changes.length ? "update" : "unchanged",
      changes,
      errors: rowErrors,
    };
  });
  const changed = (p: ItemPlan) => Object.keys(p.fieldChanges).length + p.newStatuses.length + p.newCitations.length > 0;
  return {
    plans: plans.filter((p) => !p.existing || changed(p)),
    newSources: [...newSources.values()],
    errors,
    results,
    counts: {
      rows: parsed.rowCount,
      created: plans.filter((p) => !p.existing).length,
      updated: plans.filter((p) => p.existing && changed(p)).length,
      unchanged: plans.filter((p) => p.existing && !changed(p)).length,
      statuses: plans.reduce((n, p) => n + p.newStatuses.length, 0),
      citations: plans.reduce((n, p) => n + p.newCitations.length, 0),
      sources: newSources.size,
    },
  };
}

/**
 * A fingerprint of what a plan would do, row by row. A dry run gives it; applying with it refuses to go ahead if the
 * workspace changed since in a way that changes the plan (a teammate's edit the dry run did not show).
 */
export function planDigest(plan: Pick<ItemImportPlan, "results">): string {
  return createHash("sha256")
    .update(JSON.stringify(plan.results.map((r) => [r.row, r.action, r.changes, r.errors])))
    .digest("hex");
}
