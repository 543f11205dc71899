"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/http/action-result";
import { addSource, type AddSourceInput } from "@/lib/sources/add-source";

export async function addSourceAction(slug: string, input: AddSourceInput) {
  return runAction(async () => {
    const source = await addSource(await requireActor(), slug, input);
    revalidatePath(`/w/${slug}/sources`);
    return source;
  });
}
