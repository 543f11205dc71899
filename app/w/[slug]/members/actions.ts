"use server";

import { workspaceAction } from "@/lib/http/workspace-action";
import { changeRole, type ChangeRoleInput } from "@/lib/workspaces/change-role";
import { createInvite, type CreateInviteInput } from "@/lib/workspaces/create-invite";
import { removeMember, type RemoveMemberInput } from "@/lib/workspaces/remove-member";
import { revokeInvite, type RevokeInviteInput } from "@/lib/workspaces/revoke-invite";


export async function createInviteAction(slug: string, input: CreateInviteInput) {
  return workspaceAction(slug, input, createInvite);
}

export async function revokeInviteAction(slug: string, input: RevokeInviteInput) {
  return workspaceAction(slug, input, revokeInvite);
}

export async function changeRoleAction(slug: string, input: ChangeRoleInput) {
  return workspaceAction(slug, input, changeRole);
}

export async function removeMemberAction(slug: string, input: RemoveMemberInput) {
  return workspaceAction(slug, input, removeMember);
}
