import { z } from "zod";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { peopleByIds } from "@/lib/workspaces/people";

/** The item version an edit was made against. The column is a 32-bit int, so a larger number is bad input. */
export const ZExpectedVersion = z.number().int().positive().max(2_147_483_647);

/**
 * Bumps the item's version if it still is the one the edit was made against, in the edit's transaction. Of concurrent
 * edits against one version exactly one succeeds (the row lock orders them); the others get a conflict carrying what
 * the teammate changed, for the conflict view.
 */
export async function claimItemVersion(tx: Tx, itemId: string, expectedVersion: number, actorId: string, now: Date): Promise<number> {
  const bumped = await tx.trackedItem.updateMany({
    where: { id: itemId, version: expectedVersion },
    data: { version: { increment: 1 }, updatedAt: now, updatedById: actorId },
  });
  if (bumped.count === 0) throw await versionConflict(tx, itemId, expectedVersion);
  return expectedVersion + 1;
}

async function versionConflict(tx: Tx, itemId: string, expectedVersion: number): Promise<DomainError> {
  const item = await tx.trackedItem.findUnique({
    where: { id: itemId },
    select: { version: true, title: true, summary: true, implementingJurisdictions: true, affectedJurisdictions: true, tags: true, archivedAt: true },
  });
  const theirs = await tx.changeRecord.findMany({
    where: { itemId, diff: { path: ["version", "after"], gt: expectedVersion } },
    orderBy: { id: "asc" },
    select: { id: true, type: true, reason: true, recordedAt: true, diff: true, actorId: true },
  });
  const nameOf = await peopleByIds(theirs.map((c) => c.actorId));
  return new DomainError("conflict", "Someone else changed this item since you opened it. Review their change, then re-apply or discard yours.", {
    current: {
      item,
      theirChanges: theirs.map((c) => ({
        id: c.id.toString(),
        type: c.type,
        reason: c.reason,
        recordedAt: c.recordedAt.toISOString(),
        diff: c.diff,
        actor: c.actorId ? (nameOf.get(c.actorId) ?? "Unknown") : "System",
      })),
    },
  });
}
