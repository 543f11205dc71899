import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";
import { peopleByIds } from "@/lib/workspaces/people";
import { visibleViews } from "./find-view";
import { storedParams } from "./view-input";

/** The views the actor can open: the team's, and their own personal ones, A–Z. */
export async function listViews(actor: Actor, workspaceSlug: string) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const views = await db.savedView.findMany({
    where: visibleViews(access, actor),
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, visibility: true, ownerId: true, query: true, createdAt: true },
  });
  const people = await peopleByIds(views.map((v) => v.ownerId));
  const described = views.map((view) => ({ ...view, query: storedParams(view.query), owner: people.get(view.ownerId) ?? null }));
  return {
    access,
    canShare: can(access.role, "view.share"),
    team: described.filter((v) => v.visibility === "team"),
    mine: described.filter((v) => v.visibility === "personal"),
  };
}
