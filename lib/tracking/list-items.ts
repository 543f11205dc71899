import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";

/** The workspace tracker: its items, most recently changed first. */
export async function listItems(actor: Actor, workspaceSlug: string) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const items = await db.trackedItem.findMany({
    where: { workspaceId: access.workspaceId, archivedAt: null },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      title: true,
      implementingJurisdictions: true,
      affectedJurisdictions: true,
      tags: true,
      currentStatus: true,
      currentEffectiveOn: true,
      currentPrecision: true,
      needsSource: true,
      updatedAt: true,
      updatedById: true,
    },
  });
  const people = await peopleByIds(items.map((i) => i.updatedById));
  const flagged = await db.discrepancy.findMany({
    where: { workspaceId: access.workspaceId, resolvedAt: null, itemId: { in: items.map((i) => i.id) } },
    select: { itemId: true },
  });
  const flaggedIds = new Set(flagged.map((d) => d.itemId));
  return {
    access,
    items: items.map((item) => ({
      ...item,
      updatedBy: item.updatedById ? (people.get(item.updatedById) ?? null) : null,
      hasDiscrepancy: flaggedIds.has(item.id),
    })),
  };
}

export async function peopleByIds(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
