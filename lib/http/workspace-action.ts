import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-actor";
import { runAction, type ActionResult } from "./action-result";

/**
 * A workspace's server action: resolves the signed-in actor, makes one domain call (which parses the input and checks
 * the actor's role itself) and, when it succeeds, refreshes the workspace's pages (the header shows the caller's role,
 * the tracker's sidebar lists views, every page may show what changed).
 */
export async function workspaceAction<I, T>(
  slug: string,
  input: I,
  call: (actor: Actor, slug: string, input: I) => Promise<T>,
): Promise<ActionResult<T>> {
  const result = await runAction(input, async (checked) => call(await requireActor(), slug, checked));
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}
