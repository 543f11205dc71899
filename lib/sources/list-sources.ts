import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";

/** The workspace's sources, newest first, without their text: for citation pickers and labels. */
export async function listSources(actor: Actor, workspaceSlug: string) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  return db.source.findMany({
    where: { workspaceId: access.workspaceId },
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    select: { id: true, title: true, publisher: true, publishedOn: true, publishedPrecision: true },
  });
}
