import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-sql";
import { invalid, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZExpectedVersion } from "@/lib/tracking/item-write";
import { revertStatusRecording } from "@/lib/tracking/record-status-change";
import { revertRelationAdded, revertRelationRemoved } from "@/lib/tracking/relations";
import { revertByArchiving, revertByRestoring } from "@/lib/tracking/set-archived";
import { revertItemUpdate } from "@/lib/tracking/update-item";
import { authorize } from "@/lib/workspaces/authorize";
import type { ChangeType } from "./change-types";
import { ZChangeId } from "./list-changes";
import type { Reverter } from "./reverter";

export const ZRevertChange = z.object({
  changeId: ZChangeId,
  expectedVersion: ZExpectedVersion,
  reason: z.string().trim().max(2000).default(""),
});

export type RevertChangeInput = z.input<typeof ZRevertChange>;

/** How each revertible kind of change is undone (each beside its own write); others are undone by a change of their own. */
const REVERTERS: Partial<Record<ChangeType, Reverter>> = {
  "item.updated": revertItemUpdate,
  "item.created": revertByArchiving,
  "item.restored": revertByArchiving,
  "item.archived": revertByRestoring,
  "relation.added": revertRelationAdded,
  "relation.removed": revertRelationRemoved,
  "status.recorded": revertStatusRecording,
};

export const REVERTIBLE_TYPES: ReadonlySet<string> = new Set(Object.keys(REVERTERS));

/**
 * Restores the state before an earlier change, as a new change that names the one it reverts. Nothing is erased: a
 * reverted status is retracted (its record time ends), a reverted edit writes the old values back. A change is
 * reverted at most once (a unique index on revertsId settles a race).
 */
export async function revertChange(actor: Actor, workspaceSlug: string, input: RevertChangeInput) {
  const access = await authorize(actor, workspaceSlug, "item.write");
  const data = ZRevertChange.parse(input);
  const [change] = await readRows<{ id: string; itemId: string | null; type: string; diff: unknown }>(Prisma.sql`
    SELECT id::text, "itemId", type, diff FROM "ChangeRecord"
    WHERE id = ${data.changeId.toString()}::int8 AND "workspaceId" = ${access.workspaceId}::uuid`);
  if (!change) throw notFound("Change");
  // A change of the workspace itself (a member added, an import) is in its activity too, and is not undone this way.
  const revert = REVERTERS[change.type as ChangeType];
  if (!revert || !change.itemId) throw invalid("This kind of change cannot be reverted.");
  const reason = `Revert of change #${change.id}${data.reason ? `: ${data.reason}` : ""}`;
  return revert(actor, workspaceSlug, { id: BigInt(change.id), itemId: change.itemId, diff: change.diff }, { expectedVersion: data.expectedVersion, reason });
}
