import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";
import { assertCanManageView, findVisibleView, recordViewChange } from "./find-view";
import { storedParams, ZViewId, ZViewQuery } from "./view-input";

export const ZUpdateViewQuery = z.object({ viewId: ZViewId, query: ZViewQuery });
export type UpdateViewQueryInput = z.input<typeof ZUpdateViewQuery>;

const asText = (params: Record<string, string>) => new URLSearchParams(params).toString();

/**
 * Replaces a view's filters, columns, grouping and dates with new ones (the tracker's current query), for its owner and
 * the workspace's owners; its name, visibility and share links stay. A team view's change is recorded, as renaming is.
 * The same query again changes nothing.
 */
export async function updateViewQuery(actor: Actor, workspaceSlug: string, input: UpdateViewQueryInput) {
  const access = await authorize(actor, workspaceSlug, "view.write");
  const view = await findVisibleView(access, actor, ZViewId.parse(input.viewId));
  await assertCanManageView(access, actor, view);
  const data = ZUpdateViewQuery.parse(input);
  const before = asText(storedParams(view.query));
  if (asText(data.query) === before) return { id: view.id, name: view.name, query: data.query };
  return db.$transaction(async (tx) => {
    const updated = await tx.savedView.update({ where: { id: view.id }, data: { query: data.query, updatedAt: new Date() }, select: { id: true, name: true } });
    if (view.visibility === "team") {
      await recordViewChange(tx, access, actor, "view_query_updated", { viewId: view.id, query: { before, after: asText(data.query) } });
    }
    return { ...updated, query: data.query };
  });
}
