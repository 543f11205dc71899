"use server";

import { requestPasswordReset, type PasswordResetRequestInput } from "@/lib/accounts/request-password-reset";
import { runAction } from "@/lib/http/action-result";
import { requestClient } from "@/lib/http/request-client";

/** No actor: the link goes to the account's address, whoever asks. */
export async function requestPasswordResetAction(input: PasswordResetRequestInput) {
  return runAction(input, async (checked) => requestPasswordReset(checked, await requestClient()));
}
