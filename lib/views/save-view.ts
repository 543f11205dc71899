import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assertRole, authorize } from "@/lib/workspaces/authorize";
import { assertNameFree, recordViewChange } from "./find-view";
import { ZViewName, ZViewQuery, ZVisibility } from "./view-input";

export const ZSaveView = z.object({ name: ZViewName, visibility: ZVisibility.default("personal"), query: ZViewQuery });
export type SaveViewInput = z.input<typeof ZSaveView>;

/** Saves the tracker's current query under a name: for the actor alone, or (for those who may share) the whole team. */
export async function saveView(actor: Actor, workspaceSlug: string, input: SaveViewInput) {
  const access = await authorize(actor, workspaceSlug, "view.write");
  const data = ZSaveView.parse(input);
  if (data.visibility === "team") await assertRole(actor, access, "view.share");
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, access, actor.userId, data.name);
    const view = await tx.savedView.create({
      data: { workspaceId: access.workspaceId, ownerId: actor.userId, name: data.name, visibility: data.visibility, query: data.query },
      select: { id: true, name: true, visibility: true, query: true },
    });
    if (view.visibility === "team") await recordViewChange(tx, access, actor, "view_saved", { viewId: view.id, name: { before: null, after: view.name } });
    return view;
  });
}
