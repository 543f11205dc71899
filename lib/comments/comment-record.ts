import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz";
import type { Tx } from "@/lib/db";
import { DomainError, forbidden, invalid, notFound } from "@/lib/errors";
import type { CommentTarget } from "@/lib/generated/prisma/enums";
import { appendChange, commentChain, type AppendedChange } from "@/lib/history/append-change";
import type { JsonValue } from "@/lib/history/canonical-json";
import type { ChangeType } from "@/lib/history/change-types";
import { refused, type WorkspaceAccess } from "@/lib/workspaces/authorize";
import type { Mention } from "./mentions";

/** A comment as an edit or deletion reads it, locked for the rest of the transaction. */
export type LockedComment = {
  id: string;
  target: CommentTarget;
  itemId: string | null;
  statusEventId: string | null;
  discrepancyId: string | null;
  sourceId: string | null;
  authorId: string;
  body: string;
  mentions: Mention[];
  version: number;
  deletedAt: Date | null;
};

/** The id of what a comment is about, as its change records name it. */
export const targetIdOf = (c: Pick<LockedComment, "target" | "itemId" | "statusEventId" | "discrepancyId">): string =>
  (c.target === "item" ? c.itemId : c.target === "status_event" ? c.statusEventId : c.discrepancyId) as string;

/**
 * Locks a comment of the workspace and checks the edit or deletion was made against its current version: a stale one
 * is refused with the comment as it is now, so nobody's words are overwritten unseen.
 */
export async function lockComment(tx: Tx, access: WorkspaceAccess, commentId: string, expectedVersion: number): Promise<LockedComment> {
  const [comment] = await tx.$queryRaw<LockedComment[]>`
    SELECT id, target::text AS target, "itemId", "statusEventId", "discrepancyId", "sourceId", "authorId", body, mentions, version, "deletedAt"
    FROM "Comment" WHERE id = ${commentId}::uuid AND "workspaceId" = ${access.workspaceId}::uuid FOR UPDATE`;
  if (!comment) throw notFound("Comment");
  if (comment.deletedAt) throw invalid("This comment has been deleted.");
  if (comment.version !== expectedVersion) {
    throw new DomainError("conflict", "Someone changed this comment since you opened it. Read it again, then make your change.", {
      current: { comment: { id: comment.id, body: comment.body, version: comment.version } },
    });
  }
  return comment;
}

/** Editing belongs to the author; deleting to the author and the workspace's owners (moderation). */
export async function assertMayChange(actor: Actor, access: WorkspaceAccess, comment: LockedComment, change: "edit" | "delete"): Promise<void> {
  if (comment.authorId === actor.userId) return;
  if (change === "delete" && can(access.role, "comment.moderate")) return;
  const message = change === "edit" ? "Only its author can edit a comment." : "Only its author or a workspace owner can delete a comment.";
  throw await refused(actor, access.workspaceId, `comment.${change}`, forbidden(message));
}

/** Appends a comment's change record to its own chain, naming the item (or source) whose history shows it. */
export function appendCommentChange(
  tx: Tx,
  access: WorkspaceAccess,
  actor: Actor,
  comment: { id: string; itemId: string | null; sourceId: string | null },
  type: ChangeType & `comment.${string}`,
  diff: { [key: string]: JsonValue },
): Promise<AppendedChange> {
  return appendChange(tx, {
    workspaceId: access.workspaceId,
    chainKey: commentChain(comment.id),
    itemId: comment.itemId,
    sourceId: comment.itemId ? null : comment.sourceId,
    actorId: actor.userId,
    type,
    diff,
  });
}
