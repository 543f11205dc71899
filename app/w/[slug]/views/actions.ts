"use server";

import { workspaceAction } from "@/lib/http/workspace-action";
import { createShareLink, type CreateShareLinkInput } from "@/lib/views/create-share-link";
import { deleteView } from "@/lib/views/delete-view";
import { duplicateView, type DuplicateViewInput } from "@/lib/views/duplicate-view";
import { renameView, type RenameViewInput } from "@/lib/views/rename-view";
import { revokeShareLink, type RevokeShareLinkInput } from "@/lib/views/revoke-share-link";
import { saveView, type SaveViewInput } from "@/lib/views/save-view";
import { updateViewQuery, type UpdateViewQueryInput } from "@/lib/views/update-view-query";

export async function saveViewAction(slug: string, input: SaveViewInput) {
  return workspaceAction(slug, input, saveView);
}

export async function renameViewAction(slug: string, input: RenameViewInput) {
  return workspaceAction(slug, input, renameView);
}

export async function updateViewQueryAction(slug: string, input: UpdateViewQueryInput) {
  return workspaceAction(slug, input, updateViewQuery);
}

export async function duplicateViewAction(slug: string, input: DuplicateViewInput) {
  return workspaceAction(slug, input, duplicateView);
}

export async function deleteViewAction(slug: string, input: { viewId: string }) {
  return workspaceAction(slug, input, deleteView);
}

export async function createShareLinkAction(slug: string, input: CreateShareLinkInput) {
  return workspaceAction(slug, input, createShareLink);
}

export async function revokeShareLinkAction(slug: string, input: RevokeShareLinkInput) {
  return workspaceAction(slug, input, revokeShareLink);
}
