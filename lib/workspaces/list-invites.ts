import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "./authorize";
import { peopleByIds } from "./people";

/** Invites that can still be accepted (not used, revoked or expired), newest first. Owners only: they manage invites. */
export async function listInvites(actor: Actor, workspaceSlug: string) {
  const access = await authorize(actor, workspaceSlug, "members.manage");
  const invites = await db.invite.findMany({
    where: { workspaceId: access.workspaceId, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, email: true, createdAt: true, expiresAt: true, createdById: true },
  });
  const names = await peopleByIds(invites.map((i) => i.createdById));
  return invites.map(({ createdById, ...invite }) => ({ ...invite, createdBy: names.get(createdById) ?? "A former member" }));
}
