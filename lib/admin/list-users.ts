import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorizeAdmin } from "./authorize-admin";

export const ZListUsers = z.object({ q: z.string().trim().max(200).optional() });

export type ListUsersInput = z.input<typeof ZListUsers>;

export type UserRow = {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  createdAt: Date;
  deactivatedAt: Date | null;
  lastSignInAt: Date | null;
  workspaces: number;
};

const LIMIT = 200;

/** Every account of the instance (or those whose name or email contains `q`), A–Z, for administrators. */
export async function listUsers(actor: Actor, input: ListUsersInput = {}) {
  await authorizeAdmin(actor, "users.read");
  const { q } = ZListUsers.parse(input);
  const pattern = q ? `%${q.replace(/[\\%_]/g, "\\$&")}%` : null;
  const users = await readRows<UserRow>(Prisma.sql`
    SELECT u.id, u.name, u.email, u."isAdmin", u."createdAt", u."deactivatedAt",
      (SELECT max(s."createdAt") FROM "UserSession" s WHERE s."userId" = u.id) AS "lastSignInAt",
      (SELECT count(*)::int FROM "Membership" m WHERE m."userId" = u.id) AS workspaces
    FROM "User" u
    WHERE ${pattern}::text IS NULL OR u.name ILIKE ${pattern} OR u.email ILIKE ${pattern}
    ORDER BY lower(u.name), u.email LIMIT ${LIMIT + 1}`);
  return { users: users.slice(0, LIMIT), more: users.length > LIMIT };
}
