import { Prisma } from "@/lib/generated/prisma/client";
import type { Membership } from "./actor";

/** A select-list expression: every membership of the row `u` of "User", as a JSON array of Membership, by workspace name. */
export const MEMBERSHIPS_OF_USER = Prisma.sql`COALESCE((
  SELECT json_agg(json_build_object('workspaceId', w.id, 'slug', w.slug, 'name', w.name, 'role', m.role) ORDER BY w.name, w.slug)
  FROM "Membership" m JOIN "Workspace" w ON w.id = m."workspaceId" WHERE m."userId" = u.id), '[]'::json)`;

export const membershipsBySlug = (memberships: Membership[]) => new Map(memberships.map((m) => [m.slug, m]));
