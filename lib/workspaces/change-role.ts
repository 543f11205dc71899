import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { Role } from "@/lib/generated/prisma/enums";
import { invalid, notFound } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { revokeShareLinksOf } from "@/lib/views/revoke-share-link";
import { authorize, forgetMemberships } from "./authorize";
import { assertAnotherOwner, lockMembership, recordMembershipChange } from "./membership-change";
import { ROLES } from "./roles";

export const ZChangeRole = z.object({
  userId: z.uuid("Not a member id"),
  role: z.enum(Role, "Choose a role"),
});

export type ChangeRoleInput = z.input<typeof ZChangeRole>;

/** Gives a member another role. The last owner cannot be demoted, whoever asks; a viewer's share links end. */
export async function changeRole(actor: Actor, workspaceSlug: string, input: ChangeRoleInput) {
  const access = await authorize(actor, workspaceSlug, "members.manage");
  const { userId, role } = ZChangeRole.parse(input);
  const changed = await db.$transaction(async (tx) => {
    await lockMembership(tx, access.workspaceId, actor, "members.manage");
    const member = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: access.workspaceId, userId } },
      select: { id: true, role: true, user: { select: { email: true, name: true } } },
    });
    if (!member) throw notFound("Member");
    if (member.role === role) throw invalid(`${member.user.name} is already ${ROLES[role].label.toLowerCase()}.`);
    if (member.role === "owner") await assertAnotherOwner(tx, access.workspaceId, userId);
    await tx.membership.update({ where: { id: member.id }, data: { role } });
    if (!can(role, "view.share")) await revokeShareLinksOf(tx, userId, access.workspaceId);
    await recordMembershipChange(tx, access.workspaceId, actor, "member.role_changed", {
      userId,
      member: { before: member.user.email, after: member.user.email },
      role: { before: member.role, after: role },
    });
    await recordSecurityEvent(
      { type: "member.role_changed", actorId: actor.userId, userId, workspaceId: access.workspaceId, client: actor.client, details: { from: member.role, to: role } },
      tx,
    );
    return { userId, role };
  });
  if (userId === actor.userId) forgetMemberships(actor);
  return changed;
}
