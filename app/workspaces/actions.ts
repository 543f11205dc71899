"use server";

import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/http/action-result";
import { createWorkspace, type CreateWorkspaceInput } from "@/lib/workspaces/create-workspace";

export async function createWorkspaceAction(input: CreateWorkspaceInput) {
  return runAction(input, async (checked) => createWorkspace(await requireActor(), checked));
}
