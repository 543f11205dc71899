import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz";
import { readRows } from "@/lib/db/read-sql";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommentTarget } from "@/lib/generated/prisma/enums";
import { authorize } from "@/lib/workspaces/authorize";
import { ZCommentsOf, type CommentsOfInput } from "./comment-input";
import type { Mention } from "./mentions";

export type CommentView = {
  id: string;
  target: CommentTarget;
  /** What it is about: the item, the status or the disagreement. */
  targetId: string;
  parentId: string | null;
  authorId: string;
  authorName: string;
  /** Empty once deleted (the history keeps the text). */
  body: string;
  mentions: Mention[];
  version: number;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  /** What the caller may do with it: edit (its author) and delete (its author, or an owner). */
  canEdit: boolean;
  canDelete: boolean;
};

/**
 * The comments of a discussion, oldest first: an item's (on the item, its statuses and its disagreements), or those of
 * one disagreement. Every member reads them. With `latest`, only the newest comments (and the threads they answer, so
 * that no reply is shown without its thread) come, and `total` says how many there are: a page stays readable however
 * long a discussion grows.
 */
export async function listComments(actor: Actor, workspaceSlug: string, input: CommentsOfInput, options: { latest?: number } = {}): Promise<{ comments: CommentView[]; total: number }> {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const data = ZCommentsOf.parse(input);
  const { sql } = Prisma;
  const [exists] = data.itemId
    ? await readRows(sql`SELECT 1 FROM "TrackedItem" WHERE id = ${data.itemId}::uuid AND "workspaceId" = ${access.workspaceId}::uuid`)
    : await readRows(sql`SELECT 1 FROM "Discrepancy" WHERE id = ${data.discrepancyId}::uuid AND "workspaceId" = ${access.workspaceId}::uuid`);
  if (!exists) throw notFound(data.itemId ? "Item" : "Discrepancy");
  const scope = sql`c."workspaceId" = ${access.workspaceId}::uuid
      AND ${data.itemId ? sql`c."itemId" = ${data.itemId}::uuid` : sql`c."discrepancyId" = ${data.discrepancyId}::uuid`}`;
  // LIMIT NULL is no limit: one statement either way.
  const rows = await readRows<Omit<CommentView, "canEdit" | "canDelete"> & { total: number }>(sql`
    WITH latest AS (SELECT c.id, c."parentId" FROM "Comment" c WHERE ${scope} ORDER BY c."createdAt" DESC, c.id DESC LIMIT ${options.latest ?? null})
    SELECT c.id, c.target::text AS target,
           CASE c.target WHEN 'item' THEN c."itemId" WHEN 'status_event' THEN c."statusEventId" ELSE c."discrepancyId" END AS "targetId",
           c."parentId", c."authorId", COALESCE(u.name, 'Unknown') AS "authorName", c.body, c.mentions, c.version,
           c."createdAt", c."editedAt", c."deletedAt",
           (SELECT count(*) FROM "Comment" c WHERE ${scope})::int AS total
    FROM "Comment" c LEFT JOIN "User" u ON u.id = c."authorId"
    WHERE c.id IN (SELECT id FROM latest UNION SELECT "parentId" FROM latest WHERE "parentId" IS NOT NULL)
    ORDER BY c."createdAt", c.id`);
  const writer = can(access.role, "comment.write");
  return {
    total: rows[0]?.total ?? 0,
    comments: rows.map(({ total: _total, ...row }) => {
      const live = writer && row.deletedAt === null;
      const mine = row.authorId === actor.userId;
      return { ...row, canEdit: live && mine, canDelete: live && (mine || can(access.role, "comment.moderate")) };
    }),
  };
}
