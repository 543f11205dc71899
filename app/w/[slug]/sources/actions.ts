"use server";

import { workspaceAction } from "@/lib/http/workspace-action";
import { addSource, type AddSourceInput } from "@/lib/sources/add-source";
import { updateSource, type UpdateSourceInput } from "@/lib/sources/update-source";
import { flagDiscrepancy, resolveDiscrepancy, type FlagDiscrepancyInput } from "@/lib/sources/discrepancies";

export async function addSourceAction(slug: string, input: AddSourceInput) {
  return workspaceAction(slug, (actor) => addSource(actor, slug, input));
}

export async function flagDiscrepancyAction(slug: string, input: FlagDiscrepancyInput) {
  return workspaceAction(slug, (actor) => flagDiscrepancy(actor, slug, input));
}

export async function resolveDiscrepancyAction(slug: string, discrepancyId: string) {
  return workspaceAction(slug, async (actor) => {
    await resolveDiscrepancy(actor, slug, { discrepancyId });
    return { id: discrepancyId };
  });
}

export async function updateSourceAction(slug: string, input: UpdateSourceInput) {
  return workspaceAction(slug, (actor) => updateSource(actor, slug, input));
}
