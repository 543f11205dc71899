import type { DeleteCommentInput, EditCommentInput } from "@/lib/comments/comment-input";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { apiRoute, bodyInput, pathId, searchInput } from "@/lib/http/api-route";

type Params = { slug: string; commentId: string };

/** Edits the caller's own comment against the version they saw: { expectedVersion, body }. */
export const PATCH = apiRoute<Params>(async ({ request, params, actor }) =>
  editComment(actor, params.slug, await bodyInput<EditCommentInput>(request, { commentId: pathId(params.commentId, "Comment") })),
);

// A DELETE takes its input from the query string (?expectedVersion=2), as removing a relation does.
export const DELETE = apiRoute<Params>(async ({ request, params, actor }) => {
  const query = new URL(request.url).searchParams;
  const input = searchInput<DeleteCommentInput>(request, {
    commentId: pathId(params.commentId, "Comment"),
    expectedVersion: query.has("expectedVersion") ? Number(query.get("expectedVersion")) : undefined,
  });
  return deleteComment(actor, params.slug, input);
});
