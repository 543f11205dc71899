import type { Actor } from "@/lib/auth/actor";
import { assertCan, type Action } from "@/lib/authz";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
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
  // Runs on every request to a workspace, hence the lighter read path.
  const [access] = await readRows<WorkspaceAccess>(Prisma.sql`
    SELECT w.id AS "workspaceId", w.slug, w.name, m.role::text AS role
    FROM "Membership" m JOIN "Workspace" w ON w.id = m."workspaceId"
    WHERE m."userId" = ${actor.userId}::uuid AND w.slug = ${workspaceSlug}`);
  if (!access) throw notFound("Workspace");
  assertCan(access.role, action);
  return access;
}
