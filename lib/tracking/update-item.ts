import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { ChangeKind } from "@/lib/generated/prisma/enums";
import { beforeState, type FieldDiff } from "@/lib/history/field-diff";
import type { Reverter } from "@/lib/history/reverter";
import { authorize } from "@/lib/workspaces/authorize";
import { ZItemFields } from "./item-input";
import { writeItem, ZExpectedVersion } from "./item-write";

export const ZUpdateItem = z.object({
  itemId: z.uuid(),
  expectedVersion: ZExpectedVersion,
  fields: ZItemFields.partial(),
  reason: z.string().trim().max(2000).default(""),
  changeKind: z.enum(ChangeKind).default("policy_development"),
});

export type UpdateItemInput = z.input<typeof ZUpdateItem>;

/**
 * Edits an item's fields against the version the analyst saw. The database compares them with the locked row, so the
 * diff's "before" is what the edit really replaced, and an edit that changes nothing is refused.
 */
export async function updateItem(actor: Actor, workspaceSlug: string, input: UpdateItemInput, revertsId?: bigint) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZUpdateItem.parse(input);
  const { version } = await writeItem(actor, access, {
    type: "item.updated",
    itemId: data.itemId,
    expectedVersion: data.expectedVersion,
    args: { fields: data.fields },
    reason: data.reason,
    changeKind: data.changeKind,
    revertsId,
  });
  return { version };
}

/** Undoes an edit by writing back the values it replaced. */
export const revertItemUpdate: Reverter = (actor, slug, change, common) => {
  const { version: _version, ...fields } = change.diff as FieldDiff;
  const restored = ZItemFields.partial().parse(beforeState(fields));
  return updateItem(actor, slug, { ...common, itemId: change.itemId, fields: restored }, change.id);
};
