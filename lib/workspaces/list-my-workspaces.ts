import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** The workspaces the actor belongs to, with their role in each (with an API token: the token's workspace alone). */
export async function listMyWorkspaces(actor: Actor) {
  // A request's actor carries them, read with its session or token (by name, as below): every page's header needs them.
  if (actor.memberships) return [...actor.memberships.values()].map((m) => ({ slug: m.slug, name: m.name, role: m.role }));
  const memberships = await db.membership.findMany({
    where: { userId: actor.userId, ...(actor.token && { workspaceId: actor.token.workspaceId }) },
    orderBy: [{ workspace: { name: "asc" } }, { workspace: { slug: "asc" } }],
    select: { role: true, workspace: { select: { slug: true, name: true } } },
  });
  return memberships.map((m) => ({ slug: m.workspace.slug, name: m.workspace.name, role: m.role }));
}
