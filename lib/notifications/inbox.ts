import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertNotToken } from "@/lib/authz";
import { readRows } from "@/lib/db/read-sql";
import { guarded } from "@/lib/db/sql-pool";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { announceInboxChange, COUNTED, COUNTED_SQL, unreadCount } from "./unread-count";

export const ZInboxFilter = z.object({
  unread: z.preprocess((value) => value === "true" || value === true, z.boolean()).default(false),
  /** The id of the last notification of the previous page: older ones come next. */
  before: z.uuid("Not a notification id").optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type InboxFilter = z.input<typeof ZInboxFilter>;

export type InboxEntry = {
  id: string;
  kind: NotificationKind;
  reason: string;
  title: string;
  excerpt: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
  workspace: { slug: string; name: string };
  actorName: string | null;
};

/** The caller's notifications across their workspaces, newest first, a page at a time, with how many are unread. */
export async function listInbox(actor: Actor, filter: InboxFilter = {}) {
  assertNotToken(actor);
  const f = ZInboxFilter.parse(filter);
  const { sql, empty } = Prisma;
  const rows = await readRows<Omit<InboxEntry, "workspace"> & { slug: string; workspaceName: string }>(sql`
    SELECT n.id, n.kind::text AS kind, n.reason, n.title, n.excerpt, n.link, n."createdAt", n."readAt",
           w.slug, w.name AS "workspaceName", u.name AS "actorName"
    FROM "Notification" n JOIN "Workspace" w ON w.id = n."workspaceId" LEFT JOIN "User" u ON u.id = n."actorId"
    WHERE n."userId" = ${actor.userId}::uuid AND ${COUNTED}
      ${f.unread ? sql`AND n."readAt" IS NULL` : empty}
      ${f.before ? sql`AND n.id < ${f.before}::uuid` : empty}
    ORDER BY n.id DESC LIMIT ${f.limit + 1}`);
  const notifications = rows.slice(0, f.limit).map(({ slug, workspaceName, ...row }) => ({ ...row, workspace: { slug, name: workspaceName } }));
  return {
    notifications,
    unread: await unreadCount(actor.userId),
    nextBefore: rows.length > f.limit ? notifications[notifications.length - 1]?.id : undefined,
  };
}

export const ZMarkNotification = z.object({ notificationId: z.uuid("Not a notification id"), read: z.boolean("Say read or unread") });
export type MarkNotificationInput = z.input<typeof ZMarkNotification>;

/** Marks one of the caller's notifications read or unread; their open pages' unread counts follow. */
export async function markNotification(actor: Actor, input: MarkNotificationInput): Promise<{ id: string; read: boolean; unread: number }> {
  assertNotToken(actor);
  const data = ZMarkNotification.parse(input);
  const marked = await guarded("primary", (pool) => pool.begin(async (sql) => {
    const rows = await sql`
      UPDATE "Notification" n SET "readAt" = CASE WHEN ${data.read} THEN COALESCE(n."readAt", now()) ELSE NULL END
      WHERE n.id = ${data.notificationId} AND n."userId" = ${actor.userId} AND ${sql.unsafe(COUNTED_SQL)} RETURNING n.id`;
    await announceInboxChange(sql, rows.length ? [actor.userId] : []);
    return rows.length;
  }));
  if (!marked) throw notFound("Notification");
  return { id: data.notificationId, read: data.read, unread: await unreadCount(actor.userId) };
}

/** Marks every unread notification of the caller read. */
export async function markAllRead(actor: Actor): Promise<{ marked: number; unread: number }> {
  assertNotToken(actor);
  const marked = await guarded("primary", (pool) => pool.begin(async (sql) => {
    const rows = await sql`UPDATE "Notification" SET "readAt" = now() WHERE "userId" = ${actor.userId} AND "readAt" IS NULL RETURNING id`;
    await announceInboxChange(sql, rows.length ? [actor.userId] : []);
    return rows.length;
  }));
  return { marked, unread: await unreadCount(actor.userId) };
}
