import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { appendChange, itemChain, sourceChain } from "@/lib/history/append-change";
import { authorize } from "@/lib/workspaces/authorize";

/** Two citations, or two sources, that disagree about a fact. */
export const ZFlagDiscrepancy = z
  .object({
    citationAId: z.uuid().optional(),
    citationBId: z.uuid().optional(),
    sourceAId: z.uuid().optional(),
    sourceBId: z.uuid().optional(),
    itemId: z.uuid().optional(),
    note: z.string().trim().min(5, "Say what the sources disagree about").max(2000),
  })
  .refine((d) => (d.citationAId && d.citationBId) || (d.sourceAId && d.sourceBId), {
    path: ["citationBId"],
    message: "Choose the two citations, or the two sources, that disagree",
  });

export type FlagDiscrepancyInput = z.input<typeof ZFlagDiscrepancy>;

export async function flagDiscrepancy(actor: Actor, workspaceSlug: string, input: FlagDiscrepancyInput) {
  const access = await authorize(actor, workspaceSlug, "source.write");
  const data = ZFlagDiscrepancy.parse(input);
  const citationIds = [data.citationAId, data.citationBId].filter((id): id is string => Boolean(id));
  const citations = await db.citation.findMany({
    where: { id: { in: citationIds }, workspaceId: access.workspaceId },
    select: { id: true, sourceId: true, statusEvent: { select: { itemId: true } } },
  });
  if (citations.length !== citationIds.length) throw invalid("A citation was not found", { citationAId: ["Choose citations from this workspace"] });
  const cite = (id?: string) => citations.find((c) => c.id === id);
  const sourceAId = cite(data.citationAId)?.sourceId ?? data.sourceAId;
  const sourceBId = cite(data.citationBId)?.sourceId ?? data.sourceBId;
  if (sourceAId === sourceBId && !data.citationAId) throw invalid("Choose two different sources", { sourceBId: ["Choose another source"] });
  const sources = await db.source.count({ where: { id: { in: [sourceAId, sourceBId].filter((id): id is string => Boolean(id)) }, workspaceId: access.workspaceId } });
  if (sources < (sourceAId === sourceBId ? 1 : 2)) throw invalid("A source was not found", { sourceAId: ["Choose sources from this workspace"] });
  const itemId = data.itemId ?? cite(data.citationAId)?.statusEvent.itemId ?? null;
  if (itemId && !(await db.trackedItem.findFirst({ where: { id: itemId, workspaceId: access.workspaceId }, select: { id: true } }))) {
    throw invalid("The item was not found", { itemId: ["Choose an item from this workspace"] });
  }
  return db.$transaction(async (tx) => {
    const now = new Date();
    const discrepancy = await tx.discrepancy.create({
      data: {
        workspaceId: access.workspaceId,
        itemId,
        citationAId: data.citationAId ?? null,
        citationBId: data.citationBId ?? null,
        sourceAId: sourceAId ?? null,
        sourceBId: sourceBId ?? null,
        note: data.note,
        createdAt: now,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: itemId ? itemChain(itemId) : sourceChain(sourceAId as string),
      itemId,
      sourceId: itemId ? null : (sourceAId ?? null),
      actorId: actor.userId,
      type: "discrepancy.flagged",
      recordedAt: now,
      diff: { discrepancyId: discrepancy.id, sources: { before: null, after: [sourceAId ?? null, sourceBId ?? null] }, note: { before: null, after: data.note } },
    });
    return discrepancy;
  });
}

export const ZResolveDiscrepancy = z.object({ discrepancyId: z.uuid(), reason: z.string().trim().max(2000).default("") });

/** Marks a disagreement settled; it stays on record. */
export async function resolveDiscrepancy(actor: Actor, workspaceSlug: string, input: z.input<typeof ZResolveDiscrepancy>) {
  const access = await authorize(actor, workspaceSlug, "source.write");
  const data = ZResolveDiscrepancy.parse(input);
  const discrepancy = await db.discrepancy.findFirst({
    where: { id: data.discrepancyId, workspaceId: access.workspaceId, resolvedAt: null },
    select: { id: true, itemId: true, sourceAId: true },
  });
  if (!discrepancy) throw notFound("Open discrepancy");
  await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.discrepancy.update({ where: { id: discrepancy.id }, data: { resolvedAt: now } });
    await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: discrepancy.itemId ? itemChain(discrepancy.itemId) : sourceChain(discrepancy.sourceAId as string),
      itemId: discrepancy.itemId,
      sourceId: discrepancy.itemId ? null : discrepancy.sourceAId,
      actorId: actor.userId,
      type: "discrepancy.resolved",
      reason: data.reason,
      recordedAt: now,
      diff: { discrepancyId: discrepancy.id, resolved: { before: false, after: true } },
    });
  });
}
