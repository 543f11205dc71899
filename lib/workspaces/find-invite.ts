import { db } from "@/lib/db";
import { inviteState } from "./invite-token";
import { inviteByToken } from "./join-with-invite";

/**
 * What the invite page shows to whoever holds the link: the workspace, the role, who invited them and whether the
 * link still works. The token is the credential, so no sign-in is needed; null when it names no invite.
 */
export async function findInvite(token: string) {
  const invite = await inviteByToken(token);
  if (!invite) return null;
  const [workspace, inviter] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: invite.workspaceId }, select: { name: true, slug: true } }),
    db.user.findUnique({ where: { id: invite.createdById }, select: { name: true } }),
  ]);
  return {
    workspace,
    role: invite.role,
    email: invite.email,
    expiresAt: invite.expiresAt,
    invitedBy: inviter?.name ?? null,
    state: inviteState(invite),
  };
}
