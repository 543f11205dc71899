import { z } from "zod";
import { CommentTarget } from "@/lib/generated/prisma/enums";
import { textProblem } from "@/lib/http/storable-input";
import { ZExpectedVersion } from "@/lib/tracking/item-write";
import { COMMENT_MAX_LENGTH } from "./comment-length";


/** A comment's text: plain text, trimmed, up to 10,000 characters, storable as typed. */
export const ZCommentBody = z
  .string("Write a comment")
  .trim()
  .min(1, "Write a comment")
  .max(COMMENT_MAX_LENGTH, `At most ${COMMENT_MAX_LENGTH.toLocaleString("en")} characters`)
  .superRefine((text, context) => {
    const problem = textProblem(text);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

export const ZAddComment = z.object({
  target: z.enum(CommentTarget, "Choose what the comment is about"),
  targetId: z.uuid("Choose what the comment is about"),
  /** A comment of the thread this one answers (a reply to a reply joins the same thread). */
  parentId: z.uuid().optional(),
  body: ZCommentBody,
});
export type AddCommentInput = z.input<typeof ZAddComment>;

export const ZEditComment = z.object({ commentId: z.uuid(), expectedVersion: ZExpectedVersion, body: ZCommentBody });
export type EditCommentInput = z.input<typeof ZEditComment>;

export const ZDeleteComment = z.object({ commentId: z.uuid(), expectedVersion: ZExpectedVersion });
export type DeleteCommentInput = z.input<typeof ZDeleteComment>;

/** The comments of one discussion: an item's (with its statuses' and disagreements'), or a disagreement's. */
export const ZCommentsOf = z
  .object({ itemId: z.uuid().optional(), discrepancyId: z.uuid().optional() })
  .refine((q) => Boolean(q.itemId) !== Boolean(q.discrepancyId), { message: "Name an item or a discrepancy", path: ["itemId"] });
export type CommentsOfInput = z.input<typeof ZCommentsOf>;
