import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { RelationType } from "@/lib/generated/prisma/enums";
import type { Reverter } from "@/lib/history/reverter";
import { authorize } from "@/lib/workspaces/authorize";
import { writeItem, ZExpectedVersion } from "./item-write";

export const ZAddRelation = z.object({
  itemId: z.uuid(),
  expectedVersion: ZExpectedVersion,
  type: z.enum(RelationType, "Choose how the items are related"),
  toItemId: z.uuid("Choose the related item"),
  note: z.string().trim().max(1000).default(""),
  reason: z.string().trim().max(2000).default(""),
});

export const ZRemoveRelation = z.object({
  itemId: z.uuid(),
  expectedVersion: ZExpectedVersion,
  relationId: z.uuid(),
  reason: z.string().trim().max(2000).default(""),
});

export type AddRelationInput = z.input<typeof ZAddRelation>;
export type RemoveRelationInput = z.input<typeof ZRemoveRelation>;

/** Relates this item to another of the workspace; recorded on this item's history. */
export async function addRelation(actor: Actor, workspaceSlug: string, input: AddRelationInput, revertsId?: bigint) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZAddRelation.parse(input);
  const result = await writeItem(actor, access, {
    type: "relation.added",
    itemId: data.itemId,
    expectedVersion: data.expectedVersion,
    reason: data.reason,
    revertsId,
    args: { type: data.type, toItemId: data.toItemId, note: data.note },
  });
  return { relationId: result.relationId as string, version: result.version };
}

/** Ends a relation (it stays in the data, marked removed). */
export async function removeRelation(actor: Actor, workspaceSlug: string, input: RemoveRelationInput, revertsId?: bigint) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZRemoveRelation.parse(input);
  const { version } = await writeItem(actor, access, {
    type: "relation.removed",
    itemId: data.itemId,
    expectedVersion: data.expectedVersion,
    reason: data.reason,
    revertsId,
    args: { relationId: data.relationId },
  });
  return { version };
}

const ZRelationSnapshot = z.object({ type: z.enum(RelationType), toItemId: z.uuid(), note: z.string() });

/** Undoes an added relation by removing it. */
export const revertRelationAdded: Reverter = (actor, slug, change, common) =>
  removeRelation(actor, slug, { ...common, itemId: change.itemId, relationId: String((change.diff as { relationId?: unknown }).relationId) }, change.id);

/** Undoes a removed relation by adding it again. */
export const revertRelationRemoved: Reverter = (actor, slug, change, common) => {
  const relation = ZRelationSnapshot.parse((change.diff as { relation?: { before?: unknown } }).relation?.before);
  return addRelation(actor, slug, { ...common, itemId: change.itemId, ...relation }, change.id);
};
