import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { authorize } from "./authorize";
import { inviteState } from "./invite-token";
import { lockMembership, recordMembershipChange } from "./membership-change";

export const ZRevokeInvite = z.object({ inviteId: z.uuid("Not an invite id") });

const NOT_REVOCABLE = {
  used: "This invite has already been used.",
  revoked: "This invite has already been revoked.",
  expired: "This invite has already expired.",
} as const;

export type RevokeInviteInput = z.input<typeof ZRevokeInvite>;

/** Withdraws a pending invite: its link stops working at once. */
export async function revokeInvite(actor: Actor, workspaceSlug: string, input: RevokeInviteInput) {
  const access = await authorize(actor, workspaceSlug, "members.manage");
  const { inviteId } = ZRevokeInvite.parse(input);
  return db.$transaction(async (tx) => {
    await lockMembership(tx, access.workspaceId, actor, "members.manage");
    const invite = await tx.invite.findFirst({
      where: { id: inviteId, workspaceId: access.workspaceId },
      select: { id: true, usedAt: true, revokedAt: true, expiresAt: true },
    });
    if (!invite) throw notFound("Invite");
    const state = inviteState(invite);
    if (state !== "valid") throw invalid(NOT_REVOCABLE[state]);
    const revokedAt = new Date();
    // Guarded like acceptance, so a revoke and an accept racing on one invite cannot both take effect.
    const revoked = await tx.invite.updateMany({ where: { id: invite.id, usedAt: null, revokedAt: null }, data: { revokedAt } });
    if (revoked.count === 0) throw invalid(NOT_REVOCABLE.used);
    await recordMembershipChange(tx, access.workspaceId, actor, "member.invite_revoked", {
      inviteId: invite.id,
      revokedAt: { before: null, after: revokedAt.toISOString() },
    });
    return { id: invite.id, revokedAt };
  });
}
