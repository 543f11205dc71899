import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { appendWorkspaceChange } from "@/lib/history/append-change";
import { authorize } from "@/lib/workspaces/authorize";

export const ZRevokeApiToken = z.object({ tokenId: z.uuid("Not a token id") });
export type RevokeApiTokenInput = z.input<typeof ZRevokeApiToken>;

/** Ends a token at once. Its owner may, and so may the workspace's owners (for a token that leaked). */
export async function revokeApiToken(actor: Actor, workspaceSlug: string, input: RevokeApiTokenInput) {
  const access = await authorize(actor, workspaceSlug, "tokens.manage");
  const { tokenId } = ZRevokeApiToken.parse(input);
  const token = await db.apiToken.findFirst({
    where: { id: tokenId, workspaceId: access.workspaceId },
    select: { id: true, name: true, userId: true, revokedAt: true, user: { select: { email: true } } },
  });
  if (!token) throw notFound("API token");
  if (token.userId !== actor.userId && !can(access.role, "members.manage")) throw forbidden("Only the token's owner or a workspace owner can revoke it.");
  if (token.revokedAt) throw invalid("This token is already revoked.");
  return db.$transaction(async (tx) => {
    // Of two revocations at once, the second finds nothing left to revoke.
    const revokedAt = new Date();
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt } });
    if (count === 0) throw invalid("This token is already revoked.");
    await appendWorkspaceChange(tx, access.workspaceId, actor.userId, "member.token_revoked", {
      tokenId: token.id,
      name: { before: token.name, after: token.name },
      owner: { before: token.user.email, after: token.user.email },
      revokedAt: { before: null, after: revokedAt.toISOString() },
    });
    return { id: token.id, revokedAt };
  });
}
