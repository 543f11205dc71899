"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/http/action-result";
import { createShareLink, type CreateShareLinkInput } from "@/lib/views/create-share-link";
import { deleteView } from "@/lib/views/delete-view";
import { duplicateView, type DuplicateViewInput } from "@/lib/views/duplicate-view";
import { renameView, type RenameViewInput } from "@/lib/views/rename-view";
import { revokeShareLink, type RevokeShareLinkInput } from "@/lib/views/revoke-share-link";
import { saveView, type SaveViewInput } from "@/lib/views/save-view";

// Every page of the workspace may list views (the tracker's sidebar), so a change refreshes them all.
const refresh = (slug: string) => revalidatePath(`/w/${slug}`, "layout");

/** Runs a view action for the signed-in actor, refreshing the workspace's pages when it succeeds. */
function viewAction<I, T>(action: (actor: Awaited<ReturnType<typeof requireActor>>, slug: string, input: I) => Promise<T>) {
  return (slug: string, input: I) =>
    runAction(async () => {
      const result = await action(await requireActor(), slug, input);
      refresh(slug);
      return result;
    });
}

export async function saveViewAction(slug: string, input: SaveViewInput) {
  return viewAction(saveView)(slug, input);
}

export async function renameViewAction(slug: string, input: RenameViewInput) {
  return viewAction(renameView)(slug, input);
}

export async function duplicateViewAction(slug: string, input: DuplicateViewInput) {
  return viewAction(duplicateView)(slug, input);
}

export async function deleteViewAction(slug: string, input: { viewId: string }) {
  return viewAction(deleteView)(slug, input);
}

export async function createShareLinkAction(slug: string, input: CreateShareLinkInput) {
  return viewAction(createShareLink)(slug, input);
}

export async function revokeShareLinkAction(slug: string, input: RevokeShareLinkInput) {
  return viewAction(revokeShareLink)(slug, input);
}
