import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import type { CommentTarget } from "@/lib/generated/prisma/enums";
import { authorize, type WorkspaceAccess } from "@/lib/workspaces/authorize";
import { appendCommentChange } from "./comment-record";
import { ZAddComment, type AddCommentInput } from "./comment-input";
import { findMentions, mentionedIds } from "./mentions";
import { mentionableMembers } from "./mentionable-members";

type Place = { itemId: string | null; statusEventId: string | null; discrepancyId: string | null; sourceId: string | null };

/** What a comment is about, found in the workspace: the item whose discussion it joins, or the source of a disagreement. */
async function placeOf(access: WorkspaceAccess, target: CommentTarget, targetId: string): Promise<Place> {
  const workspaceId = access.workspaceId;
  if (target === "item") {
    const item = await db.trackedItem.findFirst({ where: { id: targetId, workspaceId }, select: { id: true } });
    if (!item) throw notFound("Item");
    return { itemId: item.id, statusEventId: null, discrepancyId: null, sourceId: null };
  }
  if (target === "status_event") {
    const event = await db.statusEvent.findFirst({ where: { id: targetId, workspaceId }, select: { id: true, itemId: true } });
    if (!event) throw notFound("Status");
    return { itemId: event.itemId, statusEventId: event.id, discrepancyId: null, sourceId: null };
  }
  const discrepancy = await db.discrepancy.findFirst({ where: { id: targetId, workspaceId }, select: { id: true, itemId: true, sourceAId: true } });
  if (!discrepancy) throw notFound("Discrepancy");
  return { itemId: discrepancy.itemId, statusEventId: null, discrepancyId: discrepancy.id, sourceId: discrepancy.itemId ? null : discrepancy.sourceAId };
}

/**
 * Adds a comment on an item, a status or a disagreement, or a reply in a thread. The members it @mentions are resolved
 * now and recorded with it; the change record (on the comment's own history chain, shown in the item's or source's
 * history) carries its text, so the worker notifies those mentioned and webhooks hear of it (lib/outbox).
 */
export async function addComment(actor: Actor, workspaceSlug: string, input: AddCommentInput): Promise<{ id: string; version: number }> {
  const access = await authorize(actor, workspaceSlug, "comment.write");
  const data = ZAddComment.parse(input);
  const place = await placeOf(access, data.target, data.targetId);
  let parentId: string | null = null;
  if (data.parentId) {
    const parent = await db.comment.findFirst({
      where: { id: data.parentId, workspaceId: access.workspaceId, target: data.target, ...targetColumn(data.target, data.targetId) },
      select: { id: true, parentId: true },
    });
    if (!parent) throw invalid("The comment you answer is not in this discussion", { parentId: ["Reply to a comment of this discussion"] });
    // Threads are one level deep: a reply to a reply joins its thread.
    parentId = parent.parentId ?? parent.id;
  }
  const mentions = findMentions(data.body, await mentionableMembers(access.workspaceId));
  const id = crypto.randomUUID();
  return db.$transaction(async (tx) => {
    const change = await appendCommentChange(tx, access, actor, { id, ...place }, "comment.added", {
      commentId: id,
      target: { type: data.target, id: data.targetId },
      parentId,
      body: { before: null, after: data.body },
      mentions: { before: null, after: mentionedIds(mentions) },
      revision: { before: null, after: 1 },
    });
    await tx.comment.create({
      data: { id, workspaceId: access.workspaceId, target: data.target, ...place, parentId, authorId: actor.userId, body: data.body, mentions, createdAt: change.recordedAt },
      select: { id: true },
    });
    return { id, version: 1 };
  });
}

function targetColumn(target: CommentTarget, targetId: string) {
  if (target === "item") return { itemId: targetId, statusEventId: null, discrepancyId: null };
  if (target === "status_event") return { statusEventId: targetId };
  return { discrepancyId: targetId };
}
