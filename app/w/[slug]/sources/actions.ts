"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/http/action-result";
import { addSource, type AddSourceInput } from "@/lib/sources/add-source";
import { updateSource, type UpdateSourceInput } from "@/lib/sources/update-source";
import { flagDiscrepancy, resolveDiscrepancy, type FlagDiscrepancyInput } from "@/lib/sources/discrepancies";

export async function addSourceAction(slug: string, input: AddSourceInput) {
  return runAction(async () => {
    const source = await addSource(await requireActor(), slug, input);
    revalidatePath(`/w/${slug}/sources`);
    return source;
  });
}

export async function flagDiscrepancyAction(slug: string, input: FlagDiscrepancyInput) {
  return runAction(async () => {
    const flagged = await flagDiscrepancy(await requireActor(), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return flagged;
  });
}

export async function resolveDiscrepancyAction(slug: string, discrepancyId: string) {
  return runAction(async () => {
    await resolveDiscrepancy(await requireActor(), slug, { discrepancyId });
    revalidatePath(`/w/${slug}`, "layout");
    return { id: discrepancyId };
  });
}

export async function updateSourceAction(slug: string, input: UpdateSourceInput) {
  return runAction(async () => {
    const updated = await updateSource(await requireActor(), slug, input);
    revalidatePath(`/w/${slug}`, "layout");
    return updated;
  });
}
