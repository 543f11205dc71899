"use server";

import { confirmEmail, type ConfirmEmailInput } from "@/lib/accounts/confirm-email";
import { runAction } from "@/lib/http/action-result";
import { requestClient } from "@/lib/http/request-client";

/** No actor: the emailed link's token authorizes it (the link may be opened in another browser than the one that asked). */
export async function confirmEmailAction(input: ConfirmEmailInput) {
  return runAction(input, async (checked) => confirmEmail(checked, await requestClient()));
}
