"use server";

import { resetPassword, type ResetPasswordInput } from "@/lib/accounts/reset-password";
import { runAction } from "@/lib/http/action-result";
import { requestClient } from "@/lib/http/request-client";

/** No actor: the emailed link's token authorizes it. */
export async function resetPasswordAction(input: ResetPasswordInput) {
  return runAction(input, async (checked) => resetPassword(checked, await requestClient()));
}
