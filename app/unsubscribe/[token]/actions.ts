"use server";

import { runAction } from "@/lib/http/action-result";
import { unsubscribe } from "@/lib/notifications/unsubscribe";

/** The unsubscribe page's button: no session needed, the signed token is the proof. */
export async function unsubscribeAction(token: string) {
  return runAction(token, unsubscribe);
}
