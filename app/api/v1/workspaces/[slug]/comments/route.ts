import { addComment } from "@/lib/comments/add-comment";
import type { AddCommentInput, CommentsOfInput } from "@/lib/comments/comment-input";
import { listComments } from "@/lib/comments/list-comments";
import { apiRoute, bodyInput, searchInput } from "@/lib/http/api-route";

type Params = { slug: string };

/** The comments of an item's discussion (?itemId=) or of a disagreement's (?discrepancyId=), oldest first. */
export const GET = apiRoute<Params>(async ({ request, params, actor }) => listComments(actor, params.slug, searchInput<CommentsOfInput>(request)));

/** Body: { target: "item" | "status_event" | "discrepancy", targetId, parentId?, body }. Mentions are written @[Name](userId). */
export const POST = apiRoute<Params>(async ({ request, params, actor }) => addComment(actor, params.slug, await bodyInput<AddCommentInput>(request)));
