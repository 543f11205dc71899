"use server";

import { createResetLink, type CreateResetLinkInput } from "@/lib/admin/create-reset-link";
import { setUserActive, type SetUserActiveInput } from "@/lib/admin/set-user-active";
import { updateJoinPolicy, type JoinPolicyInput } from "@/lib/admin/update-join-policy";
import { signedInAction } from "@/lib/http/signed-in-action";

export async function updateJoinPolicyAction(input: JoinPolicyInput) {
  return signedInAction("/admin", input, updateJoinPolicy);
}

export async function setUserActiveAction(input: SetUserActiveInput) {
  return signedInAction("/admin", input, setUserActive);
}

export async function createResetLinkAction(input: CreateResetLinkInput) {
  return signedInAction("/admin", input, createResetLink);
}
