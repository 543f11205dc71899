import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";
import { appendCommentChange, assertMayChange, lockComment, targetIdOf } from "./comment-record";
import { ZDeleteComment, type DeleteCommentInput } from "./comment-input";

/**
 * Deletes a comment (its author, or a workspace owner): the thread shows it as deleted and its replies stay. Nothing
 * is erased: the text leaves the comment's row but stays in its history, with who deleted it and when.
 */
export async function deleteComment(actor: Actor, workspaceSlug: string, input: DeleteCommentInput): Promise<{ id: string; version: number }> {
  const access = await authorize(actor, workspaceSlug, "comment.write");
  const data = ZDeleteComment.parse(input);
  return db.$transaction(async (tx) => {
    const comment = await lockComment(tx, access, data.commentId, data.expectedVersion);
    await assertMayChange(actor, access, comment, "delete");
    const version = comment.version + 1;
    const change = await appendCommentChange(tx, access, actor, comment, "comment.deleted", {
      commentId: comment.id,
      target: { type: comment.target, id: targetIdOf(comment) },
      body: { before: comment.body, after: null },
      revision: { before: comment.version, after: version },
    });
    await tx.comment.update({
      where: { id: comment.id },
      data: { body: "", mentions: [], version, deletedAt: change.recordedAt, deletedById: actor.userId },
      select: { id: true },
    });
    return { id: comment.id, version };
  });
}
