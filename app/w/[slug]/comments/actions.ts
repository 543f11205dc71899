"use server";

import { addComment } from "@/lib/comments/add-comment";
import type { AddCommentInput, DeleteCommentInput, EditCommentInput } from "@/lib/comments/comment-input";
import { deleteComment } from "@/lib/comments/delete-comment";
import { editComment } from "@/lib/comments/edit-comment";
import { workspaceAction } from "@/lib/http/workspace-action";

export async function addCommentAction(slug: string, input: AddCommentInput) {
  return workspaceAction(slug, input, addComment);
}

export async function editCommentAction(slug: string, input: EditCommentInput) {
  return workspaceAction(slug, input, editComment);
}

export async function deleteCommentAction(slug: string, input: DeleteCommentInput) {
  return workspaceAction(slug, input, deleteComment);
}
