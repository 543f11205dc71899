import type { Actor } from "@/lib/auth/actor";
import type { ActionResult } from "./action-result";
import { signedInAction } from "./signed-in-action";

/**
 * A workspace's server action: when it succeeds, the workspace's pages are refreshed (the header shows the caller's
 * role, the tracker's sidebar lists views, every page may show what changed).
 */
export function workspaceAction<T>(slug: string, call: (actor: Actor) => Promise<T>): Promise<ActionResult<T>> {
  return signedInAction(`/w/${slug}`, call);
}
