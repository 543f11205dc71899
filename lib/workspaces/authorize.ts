import type { Actor } from "@/lib/auth/actor";
import { assertCan, type Action } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { notFound } from "@/lib/errors";
import { SLUG_PATTERN } from "./create-workspace";

export type WorkspaceAccess = { workspaceId: string; slug: string; name: string; role: Role };

/**
 * Resolves the actor's membership of a workspace and checks the action against the policy. A workspace the actor does
 * not belong to is reported as not found, so guessing slugs reveals nothing.
 */
export async function authorize(actor: Actor, workspaceSlug: string, action: Action): Promise<WorkspaceAccess> {
  // A string that cannot be a slug names no workspace, and must not reach the query (PostgreSQL refuses NUL in text).
  if (!SLUG_PATTERN.test(workspaceSlug)) throw notFound("Workspace");
  const membership = await db.membership.findFirst({
    where: { userId: actor.userId, workspace: { slug: workspaceSlug } },
    select: { role: true, workspace: { select: { id: true, slug: true, name: true } } },
  });
  if (!membership) throw notFound("Workspace");
  assertCan(membership.role, action);
  return { workspaceId: membership.workspace.id, slug: membership.workspace.slug, name: membership.workspace.name, role: membership.role };
}
