import type postgres from "postgres";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A notification that counts for its person: listed in their inbox, of a workspace they still belong to (someone who
 * left or was removed no longer sees its news).
 */
export const COUNTED_SQL = `n.inbox AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = n."userId" AND m."workspaceId" = n."workspaceId")`;
export const COUNTED = Prisma.raw(COUNTED_SQL);

/** How many of a person's notifications are unread. */
export async function unreadCount(userId: string): Promise<number> {
  const [row] = await readRows<{ count: number }>(Prisma.sql`
    SELECT count(*)::int AS count FROM "Notification" n WHERE n."userId" = ${userId}::uuid AND n."readAt" IS NULL AND ${COUNTED}`);
  return row?.count ?? 0;
}

/** Tells every app instance that these people's unread counts changed (their open pages update), at commit. */
export async function announceInboxChange(sql: postgres.Sql | postgres.TransactionSql, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  await sql`SELECT pg_notify('pt_inbox', json_build_object('userId', u)::text) FROM unnest(${[...new Set(userIds)]}::uuid[]) AS u`;
}
