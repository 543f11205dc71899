import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { revokeShareLinksOf } from "@/lib/views/revoke-share-link";
import { assertRole, authorize, forgetMemberships } from "./authorize";
import { assertAnotherOwner, lockMembership, recordMembershipChange } from "./membership-change";

export const ZRemoveMember = z.object({ userId: z.uuid("Not a member id") });

export type RemoveMemberInput = z.input<typeof ZRemoveMember>;

/**
 * Ends a membership. Owners remove anyone; every member may remove themselves (leave). The last owner can neither
 * be removed nor leave. The person's records and history stay: only their access ends.
 */
export async function removeMember(actor: Actor, workspaceSlug: string, input: RemoveMemberInput) {
  // Membership first, then the role (leaving needs none), then the input: the order every domain function keeps.
  const access = await authorize(actor, workspaceSlug, "members.leave");
  const leaving = input.userId === actor.userId;
  const action = leaving ? "members.leave" : "members.manage";
  await assertRole(actor, access, action);
  const { userId } = ZRemoveMember.parse(input);
  const removed = await db.$transaction(async (tx) => {
    await lockMembership(tx, access.workspaceId, actor, action);
    const member = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: access.workspaceId, userId } },
      select: { id: true, role: true, user: { select: { email: true } } },
    });
    if (!member) throw notFound("Member");
    if (member.role === "owner") await assertAnotherOwner(tx, access.workspaceId, userId);
    await tx.membership.delete({ where: { id: member.id } });
    // Their API tokens and share links for the workspace end with the membership, and do not come back if they are
    // invited again.
    await tx.apiToken.updateMany({ where: { workspaceId: access.workspaceId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await revokeShareLinksOf(tx, userId, access.workspaceId);
    await recordMembershipChange(tx, access.workspaceId, actor, leaving ? "member.left" : "member.removed", {
      userId,
      member: { before: member.user.email, after: null },
      role: { before: member.role, after: null },
    });
    if (!leaving) {
      await recordSecurityEvent(
        { type: "member.removed", actorId: actor.userId, userId, workspaceId: access.workspaceId, client: actor.client, details: { role: member.role } },
        tx,
      );
    }
    return { userId, left: leaving };
  });
  if (leaving) forgetMemberships(actor);
  return removed;
}
