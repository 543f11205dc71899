import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { authorize } from "@/lib/workspaces/authorize";
import { appendCommentChange, assertMayChange, lockComment, targetIdOf } from "./comment-record";
import { ZEditComment, type EditCommentInput } from "./comment-input";
import { findMentions, mentionedIds } from "./mentions";
import { mentionableMembers } from "./mentionable-members";

/**
 * Changes the text of one's own comment, against the version the author saw. The history keeps the text before and
 * after; members newly mentioned are notified, those mentioned before are not told again.
 */
export async function editComment(actor: Actor, workspaceSlug: string, input: EditCommentInput): Promise<{ id: string; version: number }> {
  const access = await authorize(actor, workspaceSlug, "comment.write");
  const data = ZEditComment.parse(input);
  const members = await mentionableMembers(access.workspaceId);
  return db.$transaction(async (tx) => {
    const comment = await lockComment(tx, access, data.commentId, data.expectedVersion);
    await assertMayChange(actor, access, comment, "edit");
    if (comment.body === data.body) return { id: comment.id, version: comment.version };
    const mentions = findMentions(data.body, members);
    const version = comment.version + 1;
    const change = await appendCommentChange(tx, access, actor, comment, "comment.edited", {
      commentId: comment.id,
      target: { type: comment.target, id: targetIdOf(comment) },
      body: { before: comment.body, after: data.body },
      mentions: { before: mentionedIds(comment.mentions), after: mentionedIds(mentions) },
      revision: { before: comment.version, after: version },
    });
    await tx.comment.update({ where: { id: comment.id }, data: { body: data.body, mentions, version, editedAt: change.recordedAt }, select: { id: true } });
    return { id: comment.id, version };
  });
}
