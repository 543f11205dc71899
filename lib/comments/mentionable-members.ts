import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Mentionable } from "./mentions";

/** The members a comment in the workspace can mention: everyone in it whose account is active. */
export async function mentionableMembers(workspaceId: string): Promise<Mentionable[]> {
  return readRows<Mentionable>(Prisma.sql`
    SELECT u.id AS "userId", u.name, u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."workspaceId" = ${workspaceId}::uuid AND u."deactivatedAt" IS NULL ORDER BY u.name`);
}
