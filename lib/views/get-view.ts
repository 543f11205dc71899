import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/workspaces/authorize";
import { peopleByIds } from "@/lib/workspaces/people";
import { canManageView, findVisibleView } from "./find-view";
import { requireTrackerQuery } from "./tracker-query";
import { storedParams, ZViewId } from "./view-input";

/** One view the actor can see, its parsed query, and what the actor may do with it. */
export async function getView(actor: Actor, workspaceSlug: string, viewId: string) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  // A malformed id (from a page address) names no view.
  if (!ZViewId.safeParse(viewId).success) throw notFound("View");
  const view = await findVisibleView(access, actor, viewId);
  const params = storedParams(view.query);
  const owner = (await peopleByIds([view.ownerId])).get(view.ownerId) ?? null;
  return {
    access,
    view: { ...view, query: params, owner },
    query: requireTrackerQuery(params),
    canManage: canManageView(access, actor, view),
    canShare: can(access.role, "view.share"),
  };
}
