import type { Actor } from "@/lib/auth/actor";
import type { ActionResult } from "./action-result";
import { signedInAction } from "./signed-in-action";

/**
 * A workspace's server action: when it succeeds, the workspace's pages are refreshed (the header shows the caller's
 * role, the tracker's sidebar lists views, every page may show what changed).
 */
export function workspaceAction<I, T>(slug: string, input: I, call: (actor: Actor, slug: string, input: I) => Promise<T>): Promise<ActionResult<T>> {
  return signedInAction(`/w/${slug}`, input, (actor, checked) => call(actor, slug, checked));
}
