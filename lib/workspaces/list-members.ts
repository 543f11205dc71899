import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";

/** The workspace's members (user id, name, role), for "who changed it" filters. Emails stay out of it. */
export async function listMembers(actor: Actor, workspaceSlug: string) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const memberships = await db.membership.findMany({
    where: { workspaceId: access.workspaceId },
    orderBy: { user: { name: "asc" } },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  return memberships.map((m) => ({ userId: m.user.id, name: m.user.name, role: m.role }));
}
