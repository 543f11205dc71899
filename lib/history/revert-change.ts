import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { RelationType } from "@/lib/generated/prisma/enums";
import { refreshCurrentStatus } from "@/lib/tracking/current-status";
import { findItemForWrite } from "@/lib/tracking/find-item";
import { ZItemFields } from "@/lib/tracking/item-input";
import { claimItemVersion, ZExpectedVersion } from "@/lib/tracking/item-version";
import { addRelation, removeRelation } from "@/lib/tracking/relations";
import { setArchived } from "@/lib/tracking/set-archived";
import { updateItem } from "@/lib/tracking/update-item";
import { authorize } from "@/lib/workspaces/authorize";
import { appendChange, itemChain } from "./append-change";
import { beforeState, type FieldDiff } from "./field-diff";
import { ZChangeId } from "./list-changes";

export const ZRevertChange = z.object({
  changeId: ZChangeId,
  expectedVersion: ZExpectedVersion,
  reason: z.string().trim().max(2000).default(""),
});

export type RevertChangeInput = z.input<typeof ZRevertChange>;

/** The kinds of change a revert can undo (see the switch below); others are undone by a new change of their own. */
export const REVERTIBLE_TYPES: ReadonlySet<string> = new Set([
  "item.updated",
  "item.created",
  "item.archived",
  "item.restored",
  "relation.added",
  "relation.removed",
  "status.recorded",
]);

const ZRelationSnapshot = z.object({ type: z.enum(RelationType), toItemId: z.uuid(), note: z.string() });

/**
 * Restores the state before an earlier change, as a new change that names the one it reverts. Nothing is erased:
 * a reverted status is retracted (record time ends), a reverted edit writes the old values back.
 */
export async function revertChange(actor: Actor, workspaceSlug: string, input: RevertChangeInput) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZRevertChange.parse(input);
  const change = await db.changeRecord.findFirst({
    where: { id: data.changeId, workspaceId: access.workspaceId, itemId: { not: null } },
    select: { id: true, itemId: true, type: true, diff: true },
  });
  if (!change?.itemId) throw notFound("Change");
  if (await db.changeRecord.findFirst({ where: { revertsId: change.id }, select: { id: true } })) {
    throw invalid("This change has already been reverted.");
  }
  const diff = change.diff as FieldDiff & Record<string, unknown>;
  const reason = `Revert of change #${change.id}${data.reason ? `: ${data.reason}` : ""}`;
  const common = { itemId: change.itemId, expectedVersion: data.expectedVersion, reason };

  switch (change.type) {
    case "item.updated": {
      const { version: _version, ...fields } = diff;
      const restored = ZItemFields.partial().parse(beforeState(fields));
      return updateItem(actor, workspaceSlug, { ...common, fields: restored }, change.id);
    }
    case "item.created":
    case "item.restored":
      return setArchived(actor, workspaceSlug, { ...common, archived: true }, change.id);
    case "item.archived":
      return setArchived(actor, workspaceSlug, { ...common, archived: false }, change.id);
    case "relation.added":
      return removeRelation(actor, workspaceSlug, { ...common, relationId: String(diff.relationId) }, change.id);
    case "relation.removed": {
      const relation = ZRelationSnapshot.parse(diff.relation?.before);
      return addRelation(actor, workspaceSlug, { ...common, ...relation }, change.id);
    }
    case "status.recorded":
      return retractRecordedStatus(actor, access, change.id, String(diff.statusEventId), diff.correctsEventId, common);
    default:
      throw invalid("This kind of change cannot be reverted.");
  }
}

async function retractRecordedStatus(
  actor: Actor,
  access: Awaited<ReturnType<typeof authorize>>,
  changeId: bigint,
  statusEventId: string,
  correctsEventId: unknown,
  common: { itemId: string; expectedVersion: number; reason: string },
) {
  const item = await findItemForWrite(access, common.itemId);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const version = await claimItemVersion(tx, item.id, common.expectedVersion, actor.userId, now);
    const retracted = await tx.statusEvent.updateMany({
      where: { id: statusEventId, itemId: item.id, retractedAt: null },
      data: { retractedAt: now },
    });
    if (retracted.count === 0) throw invalid("That status is no longer current, so there is nothing to revert.");
    // A reverted correction brings back the status it had replaced, as a new record from now: the record-time
    // history keeps showing it withdrawn while the correction stood.
    let restoredEventId: string | null = null;
    if (typeof correctsEventId === "string") {
      const { id: _id, citations, ...replaced } = await tx.statusEvent.findUniqueOrThrow({
        where: { id: correctsEventId },
        include: { citations: { select: { sourceId: true, excerpt: true, startOffset: true, endOffset: true, workspaceId: true } } },
      });
      const restored = await tx.statusEvent.create({
        data: { ...replaced, recordedAt: now, recordedById: actor.userId, retractedAt: null, citations: { create: citations } },
        select: { id: true },
      });
      restoredEventId = restored.id;
    }
    await refreshCurrentStatus(tx, item.id);
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: itemChain(item.id),
      itemId: item.id,
      actorId: actor.userId,
      type: "status.retracted",
      changeKind: "correction",
      reason: common.reason,
      recordedAt: now,
      revertsId: changeId,
      diff: {
        statusEventId,
        restoredEventId,
        version: { before: common.expectedVersion, after: version },
      },
    });
    return { version };
  });
}
