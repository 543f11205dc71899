import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { ChangeKind } from "@/lib/generated/prisma/enums";
import { appendChange, itemChain } from "@/lib/history/append-change";
import { diffFields } from "@/lib/history/field-diff";
import { authorize } from "@/lib/workspaces/authorize";
import { editableFields, findItemForWrite } from "./find-item";
import { ZItemFields } from "./item-input";
import { recordItemRevision } from "./item-revision";
import { claimItemVersion, ZExpectedVersion } from "./item-version";

export const ZUpdateItem = z.object({
  itemId: z.uuid(),
  expectedVersion: ZExpectedVersion,
  fields: ZItemFields.partial(),
  reason: z.string().trim().max(2000).default(""),
  changeKind: z.enum(ChangeKind).default("policy_development"),
});

export type UpdateItemInput = z.input<typeof ZUpdateItem>;

/** Edits an item's fields against the version the analyst saw, recording a field-level diff. */
export async function updateItem(actor: Actor, workspaceSlug: string, input: UpdateItemInput, revertsId?: bigint) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZUpdateItem.parse(input);
  const item = await findItemForWrite(access, data.itemId);
  const id = item.id;
  const diff = diffFields(editableFields(item), data.fields);
  if (Object.keys(diff).length === 0) throw invalid("Nothing changed: edit a field before saving.");
  return db.$transaction(async (tx) => {
    const now = new Date();
    const newVersion = await claimItemVersion(tx, id, data.expectedVersion, actor.userId, now);
    await tx.trackedItem.update({ where: { id }, data: data.fields });
    await recordItemRevision(tx, id, now);
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: itemChain(id),
      itemId: id,
      actorId: actor.userId,
      type: "item.updated",
      changeKind: data.changeKind,
      reason: data.reason,
      recordedAt: now,
      revertsId,
      diff: { ...diff, version: { before: data.expectedVersion, after: newVersion } },
    });
    return { version: newVersion };
  });
}
