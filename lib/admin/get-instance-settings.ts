import type { Actor } from "@/lib/auth/actor";
import { instanceSettings } from "@/lib/accounts/join-policy";
import { canSendMail } from "@/lib/mail/send-mail";
import { authorizeAdmin } from "./authorize-admin";

/** The instance's settings for its administrators: who may join, and whether it can send email (sign-up needs it). */
export async function getInstanceSettings(actor: Actor) {
  await authorizeAdmin(actor, "instance.read");
  return { ...(await instanceSettings()), canSendMail: canSendMail() };
}
