import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";
import { assertCanManageView, findVisibleView, recordViewChange } from "./find-view";
import { ZViewId } from "./view-input";

export const ZDeleteView = z.object({ viewId: ZViewId });
export type DeleteViewInput = z.input<typeof ZDeleteView>;

/**
 * Deletes a view: it leaves every list and its share links stop working at once. The rows stay (soft delete), so the
 * links' opening log survives.
 */
export async function deleteView(actor: Actor, workspaceSlug: string, input: DeleteViewInput) {
  const access = await authorize(actor, workspaceSlug, "view.write");
  const data = ZDeleteView.parse(input);
  const view = await findVisibleView(access, actor, data.viewId);
  await assertCanManageView(access, actor, view);
  return db.$transaction(async (tx) => {
    const now = new Date();
    await tx.savedView.update({ where: { id: view.id }, data: { deletedAt: now } });
    const revoked = await tx.shareLink.updateMany({ where: { viewId: view.id, revokedAt: null }, data: { revokedAt: now } });
    if (view.visibility === "team" || revoked.count > 0) {
      await recordViewChange(tx, access, actor, "view_deleted", { viewId: view.id, ...(view.visibility === "team" && { name: { before: view.name, after: null } }), revokedShareLinks: revoked.count });
    }
    return { id: view.id, revokedShareLinks: revoked.count };
  });
}
