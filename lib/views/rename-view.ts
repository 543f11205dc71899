import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";
import { assertCanManageView, assertNameFree, findVisibleView, recordViewChange } from "./find-view";
import { ZViewId, ZViewName } from "./view-input";

export const ZRenameView = z.object({ viewId: ZViewId, name: ZViewName });
export type RenameViewInput = z.input<typeof ZRenameView>;

/** Renames a view; its owner's other live views keep their names unique. */
export async function renameView(actor: Actor, workspaceSlug: string, input: RenameViewInput) {
  const access = await authorize(actor, workspaceSlug, "view.write");
  const data = ZRenameView.parse(input);
  const view = await findVisibleView(access, actor, data.viewId);
  await assertCanManageView(access, actor, view);
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, access, view.ownerId, data.name, view.id);
    const renamed = await tx.savedView.update({ where: { id: view.id }, data: { name: data.name, updatedAt: new Date() }, select: { id: true, name: true } });
    if (view.visibility === "team") await recordViewChange(tx, access, actor, "view_renamed", { viewId: view.id, name: { before: view.name, after: renamed.name } });
    return renamed;
  });
}
