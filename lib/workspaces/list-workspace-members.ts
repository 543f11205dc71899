import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "./authorize";

/** Every member with their role, owners first, and the caller's own access (the page offers controls by role). */
export async function listWorkspaceMembers(actor: Actor, workspaceSlug: string) {
  const access = await authorize(actor, workspaceSlug, "members.read");
  const memberships = await db.membership.findMany({
    where: { workspaceId: access.workspaceId },
    // PostgreSQL sorts an enum in declaration order: owner, analyst, viewer.
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true, deactivatedAt: true } } },
  });
  // A deactivated account stays a member (its history is attributed to it) but cannot sign in.
  const members = memberships.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    joinedAt: m.createdAt,
    deactivated: m.user.deactivatedAt !== null,
  }));
  return { access, members };
}
