import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Reverter } from "@/lib/history/reverter";
import { authorize } from "@/lib/workspaces/authorize";
import { writeItem, ZExpectedVersion } from "./item-write";

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
  const { version } = await writeItem(actor, access, {
    type: data.archived ? "item.archived" : "item.restored",
    itemId: data.itemId,
    expectedVersion: data.expectedVersion,
    args: {},
    reason: data.reason,
    revertsId,
  });
  return { version };
}

/** Undoes a creation or a restore by archiving the item, and an archiving by restoring it. */
export const revertByArchiving: Reverter = (actor, slug, change, common) =>
  setArchived(actor, slug, { ...common, itemId: change.itemId, archived: true }, change.id);
export const revertByRestoring: Reverter = (actor, slug, change, common) =>
  setArchived(actor, slug, { ...common, itemId: change.itemId, archived: false }, change.id);
