import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The workspaces the actor belongs to, with their role in each (with an API token: the token's workspace alone), by
 * name. Every workspace page's header reads it: a request's actor carries them, read with its session or token
 * (lib/auth/memberships.ts, in the same order); an actor made outside a request has them looked up.
 */
export async function listMyWorkspaces(actor: Actor): Promise<{ slug: string; name: string; role: Role }[]> {
  if (actor.memberships) return [...actor.memberships.values()].map((m) => ({ slug: m.slug, name: m.name, role: m.role }));
  return readRows(Prisma.sql`
    SELECT w.slug, w.name, m.role::text AS role
    FROM "Membership" m JOIN "Workspace" w ON w.id = m."workspaceId"
    WHERE m."userId" = ${actor.userId}::uuid ${actor.token ? Prisma.sql`AND m."workspaceId" = ${actor.token.workspaceId}::uuid` : Prisma.empty}
    ORDER BY w.name, w.slug`);
}
