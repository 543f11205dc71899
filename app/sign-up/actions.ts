"use server";

import { requestSignUp, type SignUpInput } from "@/lib/accounts/request-sign-up";
import { runAction } from "@/lib/http/action-result";
import { requestClient } from "@/lib/http/request-client";

/** No actor: anyone may ask, where the join policy lets them; the account waits for the emailed link. */
export async function requestSignUpAction(input: SignUpInput) {
  return runAction(input, async (checked) => requestSignUp(checked, await requestClient()));
}
