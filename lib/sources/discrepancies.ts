import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { appendChange, sourceChain } from "@/lib/history/append-change";
import { writeItem } from "@/lib/tracking/item-write";
import { authorize } from "@/lib/workspaces/authorize";
import { claimSourceVersion } from "./source-version";

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

/**
 * Flags a disagreement. About an item (named, or the item the citations support) it is a write to that item's
 * history, through the same unit of work as every item write; between two sources alone, to the first source's.
 */
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
  const sourceAId = cite(data.citationAId)?.sourceId ?? data.sourceAId ?? null;
  const sourceBId = cite(data.citationBId)?.sourceId ?? data.sourceBId ?? null;
  if (sourceAId === sourceBId && !data.citationAId) throw invalid("Choose two different sources", { sourceBId: ["Choose another source"] });
  const sources = await db.source.count({ where: { id: { in: [sourceAId, sourceBId].filter((id): id is string => Boolean(id)) }, workspaceId: access.workspaceId } });
  if (sources < (sourceAId === sourceBId ? 1 : 2)) throw invalid("A source was not found", { sourceAId: ["Choose sources from this workspace"] });
  const itemId = data.itemId ?? cite(data.citationAId)?.statusEvent.itemId ?? null;
  const row = { citationAId: data.citationAId ?? null, citationBId: data.citationBId ?? null, sourceAId, sourceBId, note: data.note };

  if (itemId) {
    const result = await writeItem(actor, access, { type: "discrepancy.flagged", itemId, args: row }, "source.write");
    return { id: result.id as string };
  }
  return db.$transaction(async (tx) => {
    const source = sourceAId as string;
    const version = await claimSourceVersion(tx, source);
    const id = crypto.randomUUID();
    const change = await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: sourceChain(source),
      sourceId: source,
      actorId: actor.userId,
      type: "discrepancy.flagged",
      diff: { discrepancyId: id, sources: { before: null, after: [sourceAId, sourceBId] }, note: { before: null, after: data.note }, version },
    });
    await tx.discrepancy.create({
      data: { id, workspaceId: access.workspaceId, ...row, createdAt: change.recordedAt, createdById: actor.userId },
      select: { id: true },
    });
    return { id };
  });
}

const ALREADY_RESOLVED = "This disagreement has already been resolved.";

export const ZResolveDiscrepancy = z.object({ discrepancyId: z.uuid(), reason: z.string().trim().max(2000).default("") });
export type ResolveDiscrepancyInput = z.input<typeof ZResolveDiscrepancy>;

/** Marks a disagreement settled; it stays on record, on the history it was flagged on. */
export async function resolveDiscrepancy(actor: Actor, workspaceSlug: string, input: ResolveDiscrepancyInput): Promise<{ id: string }> {
  const access = await authorize(actor, workspaceSlug, "source.write");
  const data = ZResolveDiscrepancy.parse(input);
  const discrepancy = await db.discrepancy.findFirst({
    where: { id: data.discrepancyId, workspaceId: access.workspaceId },
    select: { id: true, itemId: true, sourceAId: true, resolvedAt: true },
  });
  if (!discrepancy) throw notFound("Discrepancy");
  if (discrepancy.resolvedAt) throw invalid(ALREADY_RESOLVED);
  if (discrepancy.itemId) {
    await writeItem(actor, access, { type: "discrepancy.resolved", itemId: discrepancy.itemId, reason: data.reason, args: { discrepancyId: discrepancy.id } }, "source.write");
    return { id: discrepancy.id };
  }
  await db.$transaction(async (tx) => {
    const source = discrepancy.sourceAId as string;
    const version = await claimSourceVersion(tx, source);
    const change = await appendChange(tx, {
      workspaceId: access.workspaceId,
      chainKey: sourceChain(source),
      sourceId: source,
      actorId: actor.userId,
      type: "discrepancy.resolved",
      reason: data.reason,
      diff: { discrepancyId: discrepancy.id, resolved: { before: false, after: true }, version },
    });
    // After the source's row lock: of two people resolving at once, the second finds it resolved and rolls back.
    const resolved = await tx.discrepancy.updateMany({ where: { id: discrepancy.id, resolvedAt: null }, data: { resolvedAt: change.recordedAt } });
    if (resolved.count === 0) throw invalid(ALREADY_RESOLVED);
  });
  return { id: discrepancy.id };
}
