"use server";

import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-actor";
import { revertChange, type RevertChangeInput } from "@/lib/history/revert-change";
import { runAction } from "@/lib/http/action-result";
import { addCitation, type AddCitationInput } from "@/lib/tracking/add-citation";
import { createItem } from "@/lib/tracking/create-item";
import type { CreateItemInput } from "@/lib/tracking/item-input";
import { recordStatusChange, type RecordStatusChangeInput } from "@/lib/tracking/record-status-change";
import { addRelation, removeRelation, type AddRelationInput, type RemoveRelationInput } from "@/lib/tracking/relations";
import { setArchived, type SetArchivedInput } from "@/lib/tracking/set-archived";
import { updateItem, type UpdateItemInput } from "@/lib/tracking/update-item";

// Server actions for the item pages. Each resolves the actor and calls one domain function, which parses the input and
// checks the actor's role itself; a successful write refreshes the workspace's pages (tracker, item, activity).
async function act<T>(slug: string, call: (actor: Actor) => Promise<T>) {
  const result = await runAction(async () => call(await requireActor()));
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}

export async function createItemAction(slug: string, input: CreateItemInput) {
  return act(slug, (actor) => createItem(actor, slug, input));
}

export async function updateItemAction(slug: string, input: UpdateItemInput) {
  return act(slug, (actor) => updateItem(actor, slug, input));
}

export async function recordStatusChangeAction(slug: string, input: RecordStatusChangeInput) {
  return act(slug, (actor) => recordStatusChange(actor, slug, input));
}

export async function addCitationAction(slug: string, input: AddCitationInput) {
  return act(slug, (actor) => addCitation(actor, slug, input));
}

export async function setArchivedAction(slug: string, input: SetArchivedInput) {
  return act(slug, (actor) => setArchived(actor, slug, input));
}

export async function addRelationAction(slug: string, input: AddRelationInput) {
  return act(slug, (actor) => addRelation(actor, slug, input));
}

export async function removeRelationAction(slug: string, input: RemoveRelationInput) {
  return act(slug, (actor) => removeRelation(actor, slug, input));
}

export async function revertChangeAction(slug: string, input: RevertChangeInput) {
  return act(slug, (actor) => revertChange(actor, slug, input));
}
