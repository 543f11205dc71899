import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/workspaces/authorize";

/** A passage of the source that citations quote, with the item and status its first citation (ids are time-ordered) supports. */
export type CitedPassage = { start: number; end: number; status: string; itemId: string; itemTitle: string; itemKind: ItemKind };

type SourceCitation = { id: string; startOffset: number; endOffset: number; statusEvent: { status: string; item: { id: string; title: string; kind: ItemKind } } };

const { sql } = Prisma;

/**
 * A source with its full text, its current citations in text order (with the item and status each supports; the first
 * `citedBy` of them when given) and how many there are, the passages they quote (with `passages`: the page highlights
 * them, the API has the offsets), and its open discrepancies. A page asks for the first citations only: a source
 * everyone quotes can be cited a hundred thousand times, and listed all at once they made a page of 100 MB.
 */
export async function getSource(actor: Actor, workspaceSlug: string, sourceId: string, options: { citedBy?: number; passages?: boolean } = {}) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const found = await db.source.findFirst({
    where: { id: sourceId, workspaceId: access.workspaceId },
    select: {
      id: true,
      title: true,
      titleNote: true,
      publisher: true,
      byline: true,
      dateline: true,
      publishedOn: true,
      publishedPrecision: true,
      publishedNote: true,
      url: true,
      language: true,
      body: true,
      version: true,
      createdAt: true,
    },
  });
  if (!found) throw notFound("Source");
  // Read in the order of the index on (source, start, end, id): the first citations without sorting every one.
  const current = sql`"Citation" c WHERE c."sourceId" = ${found.id}::uuid AND c."workspaceId" = ${access.workspaceId}::uuid
    AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = c."statusEventId")`;
  const [citations, [counted], passages, flagged] = await Promise.all([
    readRows<SourceCitation>(sql`
      SELECT c.id, c."startOffset", c."endOffset", json_build_object('status', e.status, 'item', json_build_object('id', i.id, 'title', i.title, 'kind', i.kind)) AS "statusEvent"
      FROM (SELECT c.* FROM ${current} ORDER BY c."startOffset", c."endOffset", c.id LIMIT ${options.citedBy ?? null}) c
        JOIN "StatusEvent" e ON e.id = c."statusEventId" JOIN "TrackedItem" i ON i.id = e."itemId"
      ORDER BY c."startOffset", c."endOffset", c.id`),
    readRows<{ count: number }>(sql`SELECT count(*)::int AS count FROM ${current}`),
    options.passages ? citedPassages(current) : [],
    db.discrepancy.findMany({
      where: { workspaceId: access.workspaceId, resolvedAt: null, OR: [{ sourceAId: found.id }, { sourceBId: found.id }] },
      orderBy: { createdAt: "asc" },
      select: { id: true, note: true, itemId: true, sourceAId: true, sourceBId: true },
    }),
  ]);
  const source = { ...found, citations, citationCount: counted?.count ?? 0 };
  const [others, items] = await Promise.all([
    db.source.findMany({ where: { workspaceId: access.workspaceId, id: { in: flagged.map((d) => (d.sourceAId === source.id ? d.sourceBId : d.sourceAId)).filter((id): id is string => id !== null) } }, select: { id: true, title: true } }),
    db.trackedItem.findMany({ where: { workspaceId: access.workspaceId, id: { in: flagged.map((d) => d.itemId).filter((id): id is string => id !== null) } }, select: { id: true, title: true } }),
  ]);
  const discrepancies = flagged.map((d) => ({
    id: d.id,
    note: d.note,
    otherSource: others.find((o) => o.id === (d.sourceAId === source.id ? d.sourceBId : d.sourceAId)) ?? null,
    item: items.find((i) => i.id === d.itemId) ?? null,
  }));
  return { access, source, discrepancies, passages };
}

/**
 * Each distinct passage of the source that a current citation quotes, in text order, with its first citation's item.
 * Found by skipping from one passage to the next along the index (a recursive query): its cost follows the passages,
 * not the citations (a source quoted 137,000 times in 40 passages took 190 ms to sort them all; their count still
 * reads each).
 */
function citedPassages(current: Prisma.Sql) {
  return readRows<CitedPassage>(sql`
    WITH RECURSIVE passage AS (
      (SELECT c."startOffset" AS start, c."endOffset" AS "end" FROM ${current} ORDER BY c."startOffset", c."endOffset" LIMIT 1)
      UNION ALL
      SELECT next.start, next."end" FROM passage CROSS JOIN LATERAL (
        SELECT c."startOffset" AS start, c."endOffset" AS "end" FROM ${current} AND (c."startOffset", c."endOffset") > (passage.start, passage."end")
        ORDER BY c."startOffset", c."endOffset" LIMIT 1) next
    )
    SELECT passage.start, passage."end", e.status, i.id AS "itemId", i.title AS "itemTitle", i.kind::text AS "itemKind"
    FROM passage CROSS JOIN LATERAL (
        SELECT c."statusEventId" FROM ${current} AND c."startOffset" = passage.start AND c."endOffset" = passage."end" ORDER BY c.id LIMIT 1) first
      JOIN "StatusEvent" e ON e.id = first."statusEventId" JOIN "TrackedItem" i ON i.id = e."itemId"
    ORDER BY passage.start, passage."end"`);
}
