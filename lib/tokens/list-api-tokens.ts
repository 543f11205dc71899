import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";
import { tokenState } from "./api-token";

/**
 * The caller's API tokens for the workspace, newest first, and for owners every member's (so an owner can end a
 * token that leaked). Never the token itself: it was shown once, when made.
 */
export async function listApiTokens(actor: Actor, workspaceSlug: string) {
  const access = await authorize(actor, workspaceSlug, "tokens.manage");
  const everyone = can(access.role, "members.manage");
  const tokens = await db.apiToken.findMany({
    where: { workspaceId: access.workspaceId, ...(!everyone && { userId: actor.userId }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      scope: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      userId: true,
      user: { select: { name: true } },
    },
  });
  const now = new Date();
  return {
    tokens: tokens.map(({ user, ...token }) => ({ ...token, owner: user.name, mine: token.userId === actor.userId, state: tokenState(token, now) })),
  };
}
