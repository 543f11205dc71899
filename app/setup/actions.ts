"use server";

import { createFirstOwner, type FirstOwnerInput } from "@/lib/accounts/create-first-owner";
import { runAction } from "@/lib/http/action-result";
import { requestClient } from "@/lib/http/request-client";

/** No actor: there is no account yet. Refused once the instance has one. */
export async function createFirstOwnerAction(input: FirstOwnerInput) {
  return runAction(input, async (checked) => createFirstOwner(checked, await requestClient()));
}
