import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertTokenMay } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { authorize, refused } from "@/lib/workspaces/authorize";
import { canRevokeShareLink, recordViewChange, visibleViews } from "./find-view";

export const ZRevokeShareLink = z.object({ linkId: z.uuid("Not a share link id"), viewId: z.uuid("Not a view id").optional() });
export type RevokeShareLinkInput = z.input<typeof ZRevokeShareLink>;

/** Ends a share link at once (see canRevokeShareLink for who may). */
export async function revokeShareLink(actor: Actor, workspaceSlug: string, input: RevokeShareLinkInput) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  // Any member may revoke a link they made, whatever their role now; with a token, only a read-write one.
  assertTokenMay(actor, "view.write");
  const data = ZRevokeShareLink.parse(input);
  const link = await db.shareLink.findFirst({
    where: { id: data.linkId, ...(data.viewId && { viewId: data.viewId }), workspaceId: access.workspaceId, view: visibleViews(access, actor) },
    select: { id: true, viewId: true, createdById: true, revokedAt: true, view: { select: { ownerId: true } } },
  });
  if (!link) throw notFound("Share link");
  if (!canRevokeShareLink(access, actor, link, link.view)) {
    throw await refused(actor, access.workspaceId, "share_link.revoke", forbidden("Only the link's creator, the view's owner or a workspace owner can revoke it."));
  }
  if (link.revokedAt) throw invalid("This link is already revoked.");
  return db.$transaction(async (tx) => {
    const revoked = await tx.shareLink.update({ where: { id: link.id }, data: { revokedAt: new Date() }, select: { id: true, revokedAt: true } });
    await recordViewChange(tx, access, actor, "share_link_revoked", { shareLinkId: link.id, viewId: link.viewId });
    return revoked;
  });
}

/**
 * Ends every link a person made, in the caller's transaction: in one workspace when they leave it, are removed or lose
 * the right to share; in all of them when their account is deactivated. A link is a way in for whoever holds it, and
 * nobody else could see or end one made on a personal view.
 */
export function revokeShareLinksOf(tx: Tx, userId: string, workspaceId?: string) {
  return tx.shareLink.updateMany({ where: { createdById: userId, revokedAt: null, ...(workspaceId && { workspaceId }) }, data: { revokedAt: new Date() } });
}
