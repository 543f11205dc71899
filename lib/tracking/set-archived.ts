import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { appendChange, itemChain } from "@/lib/history/append-change";
import { authorize } from "@/lib/workspaces/authorize";
import { findItemForWrite } from "./find-item";
import { recordItemRevision } from "./item-revision";
import { claimItemVersion, ZExpectedVersion } from "./item-version";

export const ZSetArchived = z.object({
  itemId: z.uuid(),
  expectedVersion: ZExpectedVersion,
  archived: z.boolean(),
  reason: z.string().trim().max(2000).default(""),
});

export type SetArchivedInput = z.input<typeof ZSetArchived>;

/** Archives an item (it leaves the tracker; nothing is deleted) or restores it. */
export async function setArchived(actor: Actor, workspaceSlug: string, input: SetArchivedInput, revertsId?: bigint) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZSetArchived.parse(input);
  const item = await findItemForWrite(access, data.itemId, { allowArchived: true });
  if ((item.archivedAt !== null) === data.archived) {
    throw invalid(data.archived ? "This item is already archived." : "This item is not archived.");
  }
  return db.$transaction(async (tx) => {
    const now = new Date();
    const version = await claimItemVersion(tx, item.id, data.expectedVersion, actor.userId, now);
    await tx.trackedItem.update({ where: { id: item.id }, data: { archivedAt: data.archived ? now : null } });
    await recordItemRevision(tx, item.id, now);
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: itemChain(item.id),
      itemId: item.id,
      actorId: actor.userId,
      type: data.archived ? "item.archived" : "item.restored",
      reason: data.reason,
      recordedAt: now,
      revertsId,
      diff: { archived: { before: !data.archived, after: data.archived }, version: { before: data.expectedVersion, after: version } },
    });
    return { version };
  });
}
