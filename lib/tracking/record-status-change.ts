import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, invalid, notFound } from "@/lib/errors";
import { ChangeKind } from "@/lib/generated/prisma/enums";
import { appendChange, itemChain } from "@/lib/history/append-change";
import { locateExcerpt } from "@/lib/sources/locate-excerpt";
import { authorize } from "@/lib/workspaces/authorize";
import { refreshCurrentStatus } from "./current-status";
import { isStatusOfKind, KINDS } from "./kinds";
import { partialDateKey, ZPartialDate } from "./partial-date";

export const ZCitationInput = z.object({
  sourceId: z.uuid("Choose a source"),
  excerpt: z.string().min(1, "Quote the passage that supports the status").max(5000),
  startOffset: z.number().int().nonnegative().optional(),
});

export const ZRecordStatusChange = z
  .object({
    itemId: z.uuid(),
    expectedVersion: z.number().int().positive(),
    status: z.string().min(1, "Choose a status"),
    effectiveOn: ZPartialDate,
    announcedOn: ZPartialDate.optional(),
    note: z.string().trim().max(2000).default(""),
    reason: z.string().trim().min(1, "Say why you are recording this change").max(2000),
    changeKind: z.enum(ChangeKind).default("policy_development"),
    citations: z.array(ZCitationInput).max(20).default([]),
    noSourceYet: z.boolean().default(false),
  })
  .refine((input) => input.citations.length > 0 || input.noSourceYet, {
    path: ["citations"],
    message: "Cite at least one source, or mark the change “no source yet”",
  });

export type RecordStatusChangeInput = z.input<typeof ZRecordStatusChange>;

/**
 * Records a status event with its citations against the item version the analyst saw. The item's version is bumped in
 * the same statement that checks it, so of concurrent saves against one version exactly one succeeds.
 */
export async function recordStatusChange(actor: Actor, workspaceSlug: string, input: RecordStatusChangeInput) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZRecordStatusChange.parse(input);

  const item = await db.trackedItem.findFirst({
    where: { id: data.itemId, workspaceId: access.workspaceId },
    select: { id: true, kind: true, archivedAt: true },
  });
  if (!item) throw notFound("Item");
  if (item.archivedAt) throw invalid("This item is archived. Restore it before recording changes.");
  if (!isStatusOfKind(item.kind, data.status)) {
    const allowed = KINDS[item.kind].statuses.map((s) => s.value).join(", ");
    throw invalid("That status does not apply to this kind of item", { status: [`Choose one of: ${allowed}`] });
  }

  const sourceIds = [...new Set(data.citations.map((c) => c.sourceId))];
  const sources = await db.source.findMany({
    where: { id: { in: sourceIds }, workspaceId: access.workspaceId },
    select: { id: true, body: true, title: true },
  });
  const citations = data.citations.map((citation, index) => {
    const source = sources.find((s) => s.id === citation.sourceId);
    if (!source) throw invalid("A cited source was not found", { [`citations.${index}.sourceId`]: ["Choose a source from this workspace"] });
    const at = locateExcerpt(source.body, citation.excerpt, citation.startOffset);
    if (!at) {
      throw invalid("A quoted excerpt does not occur in its source", {
        [`citations.${index}.excerpt`]: [`The excerpt must be quoted exactly from “${source.title}”`],
      });
    }
    return { sourceId: source.id, excerpt: citation.excerpt, startOffset: at.start, endOffset: at.end };
  });

  return db.$transaction(async (tx) => {
    const bumped = await tx.trackedItem.updateMany({
      where: { id: item.id, version: data.expectedVersion },
      data: { version: { increment: 1 }, updatedAt: new Date(), updatedById: actor.userId },
    });
    if (bumped.count === 0) throw await conflictFor(item.id);
    const recordedAt = new Date();
    const event = await tx.statusEvent.create({
      data: {
        workspaceId: access.workspaceId,
        itemId: item.id,
        status: data.status,
        effectiveOn: data.effectiveOn.date,
        precision: data.effectiveOn.precision,
        announcedOn: data.announcedOn?.date ?? null,
        announcedPrecision: data.announcedOn?.precision ?? null,
        note: data.note,
        noSourceYet: citations.length === 0,
        recordedAt,
        recordedById: actor.userId,
        citations: { create: citations.map((c) => ({ ...c, workspaceId: access.workspaceId })) },
      },
      select: { id: true },
    });
    await refreshCurrentStatus(tx, item.id);
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: itemChain(item.id),
      itemId: item.id,
      actorId: actor.userId,
      type: "status.recorded",
      changeKind: data.changeKind,
      reason: data.reason,
      diff: {
        statusEventId: event.id,
        status: { before: null, after: data.status },
        effectiveOn: { before: null, after: partialDateKey(data.effectiveOn.date, data.effectiveOn.precision) },
        announcedOn: {
          before: null,
          after: data.announcedOn ? partialDateKey(data.announcedOn.date, data.announcedOn.precision) : null,
        },
        note: { before: null, after: data.note },
        citations: { before: null, after: citations },
      },
    });
    return { eventId: event.id, version: data.expectedVersion + 1 };
  });
}

async function conflictFor(itemId: string): Promise<DomainError> {
  const current = await db.trackedItem.findUnique({ where: { id: itemId }, select: { version: true, updatedAt: true } });
  return new DomainError("conflict", "Someone else changed this item since you opened it.", { current });
}
