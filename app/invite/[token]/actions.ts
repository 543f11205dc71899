"use server";

import { requireActor } from "@/lib/auth/current-actor";
import { runAction } from "@/lib/http/action-result";
import { requestClient } from "@/lib/http/request-client";
import { acceptInvite, type AcceptInviteInput } from "@/lib/workspaces/accept-invite";
import { signUpWithInvite, type SignUpWithInviteInput } from "@/lib/workspaces/sign-up-with-invite";

export async function acceptInviteAction(input: AcceptInviteInput) {
  return runAction(input, async (checked) => acceptInvite(await requireActor(), checked));
}

/** No actor: the invite's token is what authorizes creating the account. */
export async function signUpWithInviteAction(input: SignUpWithInviteInput) {
  return runAction(input, async (checked) => signUpWithInvite(checked, await requestClient()));
}
