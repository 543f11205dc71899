import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";

/** Display names of the given users, for "changed by" columns. */
export async function peopleByIds(ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const users = await readRows<{ id: string; name: string }>(Prisma.sql`SELECT id, name FROM "User" WHERE id = ANY(${unique}::uuid[])`);
  return new Map(users.map((u) => [u.id, u.name]));
}
