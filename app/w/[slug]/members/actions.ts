"use server";

import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/http/action-result";
import { changeRole, type ChangeRoleInput } from "@/lib/workspaces/change-role";
import { createInvite, type CreateInviteInput } from "@/lib/workspaces/create-invite";
import { removeMember, type RemoveMemberInput } from "@/lib/workspaces/remove-member";
import { revokeInvite, type RevokeInviteInput } from "@/lib/workspaces/revoke-invite";

// Each action resolves the actor and calls one domain function, which checks the actor's role itself. A change
// refreshes the whole workspace layout, since the header shows the caller's role.
async function act<T>(slug: string, call: (actor: Actor) => Promise<T>) {
  const result = await runAction(async () => call(await requireActor()));
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}

export async function createInviteAction(slug: string, input: CreateInviteInput) {
  return act(slug, (actor) => createInvite(actor, slug, input));
}

export async function revokeInviteAction(slug: string, input: RevokeInviteInput) {
  return act(slug, (actor) => revokeInvite(actor, slug, input));
}

export async function changeRoleAction(slug: string, input: ChangeRoleInput) {
  return act(slug, (actor) => changeRole(actor, slug, input));
}

export async function removeMemberAction(slug: string, input: RemoveMemberInput) {
  return act(slug, (actor) => removeMember(actor, slug, input));
}
