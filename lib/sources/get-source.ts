import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/workspaces/authorize";

/** A source with its full text and every current citation of it (with the item and status each supports). */
export async function getSource(actor: Actor, workspaceSlug: string, sourceId: string) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const source = await db.source.findFirst({
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
      citations: {
        where: { statusEvent: { retraction: { is: null } } },
        orderBy: { startOffset: "asc" },
        select: {
          id: true,
          startOffset: true,
          endOffset: true,
          statusEvent: { select: { status: true, item: { select: { id: true, title: true, kind: true } } } },
        },
      },
    },
  });
  if (!source) throw notFound("Source");
  const flagged = await db.discrepancy.findMany({
    where: { workspaceId: access.workspaceId, resolvedAt: null, OR: [{ sourceAId: source.id }, { sourceBId: source.id }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, note: true, itemId: true, sourceAId: true, sourceBId: true },
  });
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
  return { access, source, discrepancies };
}
