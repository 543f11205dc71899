"use server";

import { workspaceAction } from "@/lib/http/workspace-action";
import { changeRole, type ChangeRoleInput } from "@/lib/workspaces/change-role";
import { createInvite, type CreateInviteInput } from "@/lib/workspaces/create-invite";
import { removeMember, type RemoveMemberInput } from "@/lib/workspaces/remove-member";
import { revokeInvite, type RevokeInviteInput } from "@/lib/workspaces/revoke-invite";


export async function createInviteAction(slug: string, input: CreateInviteInput) {
  return workspaceAction(slug, (actor) => createInvite(actor, slug, input));
}

export async function revokeInviteAction(slug: string, input: RevokeInviteInput) {
  return workspaceAction(slug, (actor) => revokeInvite(actor, slug, input));
}

export async function changeRoleAction(slug: string, input: ChangeRoleInput) {
  return workspaceAction(slug, (actor) => changeRole(actor, slug, input));
}

export async function removeMemberAction(slug: string, input: RemoveMemberInput) {
  return workspaceAction(slug, (actor) => removeMember(actor, slug, input));
}
