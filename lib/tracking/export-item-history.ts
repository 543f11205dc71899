import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-sql";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeKind, DatePrecision, ItemKind } from "@/lib/generated/prisma/enums";
import { changeTypeLabel } from "@/lib/history/change-types";
import { describeDiff } from "@/lib/history/describe-diff";
import { outsideWords } from "@/lib/i18n/words";
import { BOM, csvLine } from "@/lib/views/csv";
import { authorize } from "@/lib/workspaces/authorize";
import { peopleByIds } from "@/lib/workspaces/people";
import { partialDateKey } from "./partial-date";
import { STATUS_EVENT_ORDER } from "./status-event-order";

const { sql } = Prisma;

type Citation = { sourceId: string; source: string; url: string | null; publisher: string | null; publishedOn: string | null; excerpt: string; startOffset: number; endOffset: number; recordedAt: Date };

/** An item's whole history: every status ever recorded (retracted ones too, with when), and every change record. */
export type ItemHistoryExport = {
  name: string;
  workspace: string;
  exportedAt: Date;
  item: { id: string; externalId: string | null; kind: ItemKind; title: string; summary: string; implementingJurisdictions: string[]; affectedJurisdictions: string[]; tags: string[]; version: number; createdAt: Date; archivedAt: Date | null };
  statuses: {
    id: string;
    status: string;
    effectiveOn: string;
    announcedOn: string | null;
    note: string;
    noSourceYet: boolean;
    recordedAt: Date;
    recordedBy: string | null;
    retractedAt: Date | null;
    citations: Citation[];
  }[];
  changes: { id: string; recordedAt: Date; type: string; label: string; changeKind: ChangeKind; by: string | null; reason: string; diff: unknown; revertsId: string | null }[];
};

/**
 * Everything recorded about one item, for members: the statuses in the order they hold in the world with their
 * citations and sources, when each was recorded and retracted, and every change record, oldest first.
 */
export async function exportItemHistory(actor: Actor, workspaceSlug: string, itemId: string): Promise<ItemHistoryExport> {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const [item] = await readRows<ItemHistoryExport["item"]>(sql`
    SELECT id, "externalId", kind::text AS kind, title, summary, "implementingJurisdictions", "affectedJurisdictions", tags, version, "createdAt", "archivedAt"
    FROM "TrackedItem" WHERE id = ${itemId}::uuid AND "workspaceId" = ${access.workspaceId}::uuid`);
  if (!item) throw notFound("Item");
  const [events, citations, changes] = await Promise.all([
    readRows<{ id: string; status: string; effectiveOn: Date; precision: DatePrecision; announcedOn: Date | null; announcedPrecision: DatePrecision | null; note: string; noSourceYet: boolean; recordedAt: Date; recordedById: string; retractedAt: Date | null }>(sql`
      SELECT e.id, e.status, e."effectiveOn", e.precision::text AS precision, e."announcedOn", e."announcedPrecision"::text AS "announcedPrecision", e.note,
             e."noSourceYet", e."recordedAt", e."recordedById", x."recordedAt" AS "retractedAt"
      FROM "StatusEvent" e LEFT JOIN "StatusRetraction" x ON x."statusEventId" = e.id
      WHERE e."itemId" = ${item.id}::uuid ORDER BY ${STATUS_EVENT_ORDER}`),
    readRows<Omit<Citation, "publishedOn"> & { statusEventId: string; publishedOn: Date | null; publishedPrecision: DatePrecision | null }>(sql`
      SELECT c."statusEventId", c."sourceId", s.title AS source, s.url, s.publisher, s."publishedOn", s."publishedPrecision"::text AS "publishedPrecision",
             c.excerpt, c."startOffset", c."endOffset", c."createdAt" AS "recordedAt"
      FROM "Citation" c JOIN "StatusEvent" e ON e.id = c."statusEventId" JOIN "Source" s ON s.id = c."sourceId"
      WHERE e."itemId" = ${item.id}::uuid ORDER BY c."createdAt", c.id`),
    readRows<{ id: string; recordedAt: Date; type: string; changeKind: ChangeKind; actorId: string | null; reason: string; diff: unknown; revertsId: string | null }>(sql`
      SELECT id::text AS id, "recordedAt", type, "changeKind"::text AS "changeKind", "actorId", reason, diff, "revertsId"::text AS "revertsId"
      FROM "ChangeRecord" WHERE "itemId" = ${item.id}::uuid ORDER BY id`),
  ]);
  const people = await peopleByIds([...events.map((e) => e.recordedById), ...changes.map((c) => c.actorId)]);
  const name = (id: string | null) => (id ? (people.get(id) ?? null) : null);
  return {
    name: `${access.slug}-item-history-${item.externalId ?? item.id}`,
    workspace: access.slug,
    exportedAt: new Date(),
    item,
    statuses: events.map((e) => ({
      id: e.id,
      status: e.status,
      effectiveOn: partialDateKey(e.effectiveOn, e.precision),
      announcedOn: e.announcedOn && e.announcedPrecision ? partialDateKey(e.announcedOn, e.announcedPrecision) : null,
      note: e.note,
      noSourceYet: e.noSourceYet,
      recordedAt: e.recordedAt,
      recordedBy: name(e.recordedById),
      retractedAt: e.retractedAt,
      citations: citations
        .filter((c) => c.statusEventId === e.id)
        .map(({ statusEventId: _event, publishedPrecision, ...c }) => ({ ...c, publishedOn: c.publishedOn && publishedPrecision ? partialDateKey(c.publishedOn, publishedPrecision) : null })),
    })),
    changes: changes.map(({ actorId, ...c }) => ({ ...c, label: changeTypeLabel(c.type), by: name(actorId) })),
  };
}

/** The history as CSV: one row per change record, oldest first, with what it changed in words. */
export function itemHistoryCsv(history: ItemHistoryExport): string {
  const sources = Object.fromEntries(history.statuses.flatMap((s) => s.citations.map((c) => [c.sourceId, c.source])));
  const header = ["Change ID", "Recorded at", "Change", "Kind of change", "By", "Reason", "What changed", "Reverts change"];
  const rows = history.changes.map((c) => [
    c.id,
    c.recordedAt.toISOString(),
    c.label,
    outsideWords().changeKind(c.changeKind),
    c.by ?? "",
    c.reason,
    describeDiff(c.diff, { kind: history.item.kind, sources }, outsideWords())
      .map((row) => `${row.label}: ${row.before.join("; ") || "—"} → ${row.after.join("; ") || "—"}`)
      .join("\n"),
    c.revertsId ?? "",
  ]);
  return BOM + [header, ...rows].map(csvLine).join("");
}
