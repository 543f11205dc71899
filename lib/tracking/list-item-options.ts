import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";

/** Every item of the workspace (archived ones too, flagged), by title: for item pickers and history labels. */
export async function listItemOptions(actor: Actor, workspaceSlug: string) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const items = await db.trackedItem.findMany({
    where: { workspaceId: access.workspaceId },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, kind: true, archivedAt: true },
  });
  return items.map(({ archivedAt, ...item }) => ({ ...item, archived: archivedAt !== null }));
}
