import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRole, authorize, type WorkspaceAccess } from "@/lib/workspaces/authorize";
import { assertNameFree, findVisibleView, lockViewNames, recordViewChange } from "./find-view";
import { VIEW_NAME_MAX, ZViewId, ZViewName, ZVisibility } from "./view-input";

export const ZDuplicateView = z.object({ viewId: ZViewId, name: ZViewName.optional(), visibility: ZVisibility.default("personal") });
export type DuplicateViewInput = z.input<typeof ZDuplicateView>;

/** "Name (copy)", "Name (copy 2)", …: the first that none of the actor's live views uses, within the length limit. */
async function copyName(tx: Tx, access: WorkspaceAccess, ownerId: string, name: string): Promise<string> {
  const taken = await tx.savedView.findMany({
    where: { workspaceId: access.workspaceId, ownerId, deletedAt: null },
    select: { name: true },
  });
  const names = new Set(taken.map((view) => view.name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? " (copy)" : ` (copy ${n})`;
    const candidate = `${name.slice(0, VIEW_NAME_MAX - suffix.length)}${suffix}`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}

/** Copies a view the actor can see into a new view of their own (personal unless they may share with the team). */
export async function duplicateView(actor: Actor, workspaceSlug: string, input: DuplicateViewInput) {
  const access = await authorize(actor, workspaceSlug, "view.write");
  const data = ZDuplicateView.parse(input);
  if (data.visibility === "team") await assertRole(actor, access, "view.share");
  const source = await findVisibleView(access, actor, data.viewId);
  return db.$transaction(async (tx) => {
    let name = data.name;
    if (name) await assertNameFree(tx, access, actor.userId, name);
    else {
      await lockViewNames(tx, access, actor.userId);
      name = await copyName(tx, access, actor.userId, source.name);
    }
    const view = await tx.savedView.create({
      data: { workspaceId: access.workspaceId, ownerId: actor.userId, name, visibility: data.visibility, query: source.query as Prisma.InputJsonValue },
      select: { id: true, name: true, visibility: true, query: true },
    });
    if (view.visibility === "team") await recordViewChange(tx, access, actor, "view_saved", { viewId: view.id, copyOf: source.id, name: { before: null, after: view.name } });
    return view;
  });
}
