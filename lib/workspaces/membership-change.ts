import type { Actor } from "@/lib/auth/actor";
import { assertCan, type Action } from "@/lib/authz";
import type { Tx } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { appendWorkspaceChange, lockChain, workspaceChain } from "@/lib/history/append-change";
import type { ChangeType } from "@/lib/history/change-types";
import type { JsonValue } from "@/lib/history/canonical-json";

export const LAST_OWNER = "A workspace needs at least one active owner. Make another member an owner first.";

/**
 * Serialises membership changes of a workspace on its history chain's lock, then re-reads the actor's role under the
 * lock: `authorize` ran before the transaction, and a concurrent change may have demoted or removed the actor since.
 */
export async function lockMembership(tx: Tx, workspaceId: string, actor: Actor, action: Action): Promise<void> {
  await lockChain(tx, workspaceChain(workspaceId));
  const mine = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: actor.userId } },
    select: { role: true },
  });
  if (!mine) throw notFound("Workspace");
  assertCan(mine.role, action);
}

/**
 * Refuses to take away the last active owner: another owner must remain whose account is not deactivated (a workspace
 * whose only other owner is deactivated would be left with nobody to manage it). Only sound under `lockMembership`: two
 * owners demoting each other at once would otherwise both count two owners and both succeed.
 */
export async function assertAnotherOwner(tx: Tx, workspaceId: string, userId: string): Promise<void> {
  const others = await tx.membership.count({ where: { workspaceId, role: "owner", userId: { not: userId }, user: { deactivatedAt: null } } });
  if (others === 0) throw invalid(LAST_OWNER);
}

/** A membership change on the workspace's chain, in the caller's transaction. */
export function recordMembershipChange(tx: Tx, workspaceId: string, actor: { userId: string }, type: ChangeType, diff: { [key: string]: JsonValue }) {
  return appendWorkspaceChange(tx, workspaceId, actor.userId, type, diff);
}
