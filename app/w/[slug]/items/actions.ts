"use server";

import { revertChange, type RevertChangeInput } from "@/lib/history/revert-change";
import { workspaceAction } from "@/lib/http/workspace-action";
import { addCitation, type AddCitationInput } from "@/lib/tracking/add-citation";
import { createItem } from "@/lib/tracking/create-item";
import type { CreateItemInput } from "@/lib/tracking/item-input";
import { recordStatusChange, type RecordStatusChangeInput } from "@/lib/tracking/record-status-change";
import { addRelation, removeRelation, type AddRelationInput, type RemoveRelationInput } from "@/lib/tracking/relations";
import { setArchived, type SetArchivedInput } from "@/lib/tracking/set-archived";
import { updateItem, type UpdateItemInput } from "@/lib/tracking/update-item";


export async function createItemAction(slug: string, input: CreateItemInput) {
  return workspaceAction(slug, input, createItem);
}

export async function updateItemAction(slug: string, input: UpdateItemInput) {
  return workspaceAction(slug, input, updateItem);
}

export async function recordStatusChangeAction(slug: string, input: RecordStatusChangeInput) {
  return workspaceAction(slug, input, recordStatusChange);
}

export async function addCitationAction(slug: string, input: AddCitationInput) {
  return workspaceAction(slug, input, addCitation);
}

export async function setArchivedAction(slug: string, input: SetArchivedInput) {
  return workspaceAction(slug, input, setArchived);
}

export async function addRelationAction(slug: string, input: AddRelationInput) {
  return workspaceAction(slug, input, addRelation);
}

export async function removeRelationAction(slug: string, input: RemoveRelationInput) {
  return workspaceAction(slug, input, removeRelation);
}

export async function revertChangeAction(slug: string, input: RevertChangeInput) {
  return workspaceAction(slug, input, revertChange);
}
