import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { appendChange, itemChain } from "@/lib/history/append-change";
import { authorize } from "@/lib/workspaces/authorize";
import { ZCreateItem, type CreateItemInput } from "./item-input";
import { recordItemRevision } from "./item-revision";

export async function createItem(actor: Actor, workspaceSlug: string, input: CreateItemInput) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZCreateItem.parse(input);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const item = await tx.trackedItem.create({
      data: { ...data, workspaceId: access.workspaceId, createdAt: now, updatedAt: now, updatedById: actor.userId },
      select: { id: true, version: true },
    });
    await recordItemRevision(tx, item.id, now);
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: itemChain(item.id),
      itemId: item.id,
      actorId: actor.userId,
      type: "item.created",
      recordedAt: now,
      diff: {
        ...Object.fromEntries(Object.entries(data).map(([field, after]) => [field, { before: null, after }])),
        version: { before: null, after: item.version },
      },
    });
    return item;
  });
}
