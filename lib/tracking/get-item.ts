import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/workspaces/authorize";
import { peopleByIds } from "@/lib/workspaces/people";

/** One item with its status timeline (and each citation's excerpt), relations and open discrepancies. */
export async function getItem(actor: Actor, workspaceSlug: string, itemId: string) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const item = await db.trackedItem.findFirst({
    where: { id: itemId, workspaceId: access.workspaceId },
    select: {
      id: true,
      kind: true,
      title: true,
      summary: true,
      implementingJurisdictions: true,
      affectedJurisdictions: true,
      tags: true,
      version: true,
      archivedAt: true,
      currentStatus: true,
      currentEffectiveOn: true,
      currentPrecision: true,
      needsSource: true,
      updatedAt: true,
      statusEvents: {
        where: { retractedAt: null },
        orderBy: [{ effectiveOn: "asc" }, { recordedAt: "asc" }],
        select: {
          id: true,
          status: true,
          effectiveOn: true,
          precision: true,
          announcedOn: true,
          announcedPrecision: true,
          note: true,
          noSourceYet: true,
          recordedAt: true,
          recordedById: true,
          citations: {
            orderBy: { createdAt: "asc" },
            select: { id: true, excerpt: true, source: { select: { id: true, title: true, publisher: true, language: true } } },
          },
        },
      },
      relationsFrom: {
        where: { removedAt: null },
        select: { id: true, type: true, note: true, toItem: { select: { id: true, title: true } } },
      },
      relationsTo: {
        where: { removedAt: null },
        select: { id: true, type: true, note: true, fromItem: { select: { id: true, title: true } } },
      },
    },
  });
  if (!item) throw notFound("Item");
  const discrepancies = await db.discrepancy.findMany({
    where: { workspaceId: access.workspaceId, itemId: item.id, resolvedAt: null },
    select: { id: true, note: true, createdAt: true },
  });
  const people = await peopleByIds(item.statusEvents.map((e) => e.recordedById));
  return {
    access,
    item: {
      ...item,
      statusEvents: item.statusEvents.map((e) => ({ ...e, recordedBy: people.get(e.recordedById) ?? "Unknown" })),
    },
    discrepancies,
  };
}
