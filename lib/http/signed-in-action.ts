import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-actor";
import { markWrote } from "@/lib/db/read-routing";
import { runAction, type ActionResult } from "./action-result";

/**
 * A signed-in person's server action: refuses input that cannot be stored as sent, resolves the actor, makes one
 * domain call (which parses the input and checks what the actor may do itself) and, when it succeeds, refreshes the
 * pages under `refresh`.
 */
export async function signedInAction<I, T>(refresh: string, input: I, call: (actor: Actor, input: I) => Promise<T>): Promise<ActionResult<T>> {
  const result = await runAction(input, async (checked) => call(await requireActor(), checked));
  if (result.ok) {
    revalidatePath(refresh, "layout");
    // A write sends its author's next reads to the primary for a while (docs/decisions/017).
    await markWrote();
  }
  return result;
}
