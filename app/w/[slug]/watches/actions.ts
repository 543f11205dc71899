"use server";

import { workspaceAction } from "@/lib/http/workspace-action";
import { unwatch, watch, type UnwatchInput, type WatchInput } from "@/lib/watches/watches";

export async function watchAction(slug: string, input: WatchInput) {
  return workspaceAction(slug, input, watch);
}

export async function unwatchAction(slug: string, input: UnwatchInput) {
  return workspaceAction(slug, input, unwatch);
}
