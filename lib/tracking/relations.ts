import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { RelationType } from "@/lib/generated/prisma/enums";
import { appendChange, itemChain } from "@/lib/history/append-change";
import { authorize } from "@/lib/workspaces/authorize";
import { findItemForWrite } from "./find-item";
import { claimItemVersion, ZExpectedVersion } from "./item-version";

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
  if (data.toItemId === data.itemId) throw invalid("An item cannot be related to itself", { toItemId: ["Choose another item"] });
  const item = await findItemForWrite(access, data.itemId);
  const other = await db.trackedItem.findFirst({ where: { id: data.toItemId, workspaceId: access.workspaceId }, select: { id: true } });
  if (!other) throw invalid("The related item was not found", { toItemId: ["Choose an item from this workspace"] });
  const duplicate = await db.itemRelation.findFirst({
    where: { fromItemId: item.id, toItemId: other.id, type: data.type, removedAt: null },
    select: { id: true },
  });
  if (duplicate) throw invalid("These items are already related that way");
  return db.$transaction(async (tx) => {
    const now = new Date();
    const version = await claimItemVersion(tx, item.id, data.expectedVersion, actor.userId, now);
    const relation = await tx.itemRelation.create({
      data: { workspaceId: access.workspaceId, fromItemId: item.id, toItemId: other.id, type: data.type, note: data.note, createdAt: now },
      select: { id: true },
    });
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: itemChain(item.id),
      itemId: item.id,
      actorId: actor.userId,
      type: "relation.added",
      reason: data.reason,
      recordedAt: now,
      revertsId,
      diff: {
        relationId: relation.id,
        relation: { before: null, after: { type: data.type, toItemId: other.id, note: data.note } },
        version: { before: data.expectedVersion, after: version },
      },
    });
    return { relationId: relation.id, version };
  });
}

/** Ends a relation (it stays in the data, marked removed). */
export async function removeRelation(actor: Actor, workspaceSlug: string, input: RemoveRelationInput, revertsId?: bigint) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZRemoveRelation.parse(input);
  const item = await findItemForWrite(access, data.itemId);
  const relation = await db.itemRelation.findFirst({
    where: { id: data.relationId, workspaceId: access.workspaceId, fromItemId: item.id, removedAt: null },
    select: { id: true, type: true, toItemId: true, note: true },
  });
  if (!relation) throw notFound("Relation");
  return db.$transaction(async (tx) => {
    const now = new Date();
    const version = await claimItemVersion(tx, item.id, data.expectedVersion, actor.userId, now);
    await tx.itemRelation.update({ where: { id: relation.id }, data: { removedAt: now } });
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: itemChain(item.id),
      itemId: item.id,
      actorId: actor.userId,
      type: "relation.removed",
      reason: data.reason,
      recordedAt: now,
      revertsId,
      diff: {
        relationId: relation.id,
        relation: { before: { type: relation.type, toItemId: relation.toItemId, note: relation.note }, after: null },
        version: { before: data.expectedVersion, after: version },
      },
    });
    return { version };
  });
}
