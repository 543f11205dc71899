import { z } from "zod";
import type { Client } from "@/lib/auth/actor";
import { hashPassword, ZNewPassword } from "@/lib/auth/password";
import { withinRequestLimit } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db";
import { DomainError, invalid } from "@/lib/errors";
import { appLink, canSendMail, sendMail } from "@/lib/mail/send-mail";
import { accountExistsEmail, signUpEmail } from "./account-emails";
import { ZEmailAddress, ZPersonName } from "./account-input";
import { issueToken } from "./auth-tokens";
import { instanceSettings, maySignUp } from "./join-policy";

export const ZSignUp = z.object({ name: ZPersonName, email: ZEmailAddress, password: ZNewPassword });

export type SignUpInput = z.input<typeof ZSignUp>;

export const SIGN_UP_SENT = "Check your email: we sent a link to confirm the address. The account is made when you open it.";
export const SIGN_UP_CLOSED = "This instance does not take sign-ups: ask a workspace owner for an invite.";
export const SIGN_UP_NEEDS_MAIL = "This instance cannot send email, so it cannot confirm new addresses: ask a workspace owner for an invite.";

/** Whether the sign-up page offers its form, and to whom. */
export async function signUpAvailability() {
  const settings = await instanceSettings();
  return { open: settings.joinPolicy !== "invite_only" && canSendMail(), settings, canSendMail: canSendMail() };
}

/**
 * Someone signs up by themselves, where the join policy lets them. Nothing is created yet: the name and a hash of the
 * password wait with a link emailed to the address, and the account is made when the link is opened (confirmEmail),
 * so no one can hold an address they do not read. The answer is the same whether or not the address has an account
 * (its owner is told by email instead).
 */
export async function requestSignUp(input: SignUpInput, client: Client): Promise<{ message: string }> {
  const { open, settings } = await signUpAvailability();
  if (!open) throw new DomainError("forbidden", settings.joinPolicy === "invite_only" ? SIGN_UP_CLOSED : SIGN_UP_NEEDS_MAIL);
  const data = ZSignUp.parse(input);
  if (!maySignUp(settings, data.email)) {
    throw invalid("That address cannot sign up here.", { email: [`Use an address at ${settings.allowedDomains.join(", ")}`] });
  }
  if (!(await withinRequestLimit(`sign-up-client:${client.address}`, 10, 60))) {
    throw new DomainError("rate_limited", "Too many sign-ups from your network. Try again in an hour.");
  }
  if (!(await withinRequestLimit(`sign-up-email:${data.email}`, 3, 60))) return { message: SIGN_UP_SENT };
  // Hashed whether or not the address has an account, so the time taken does not tell.
  const passwordHash = await hashPassword(data.password);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    void sendMail(accountExistsEmail(data.email, client));
    return { message: SIGN_UP_SENT };
  }
  const link = await db.$transaction((tx) => issueToken(tx, { purpose: "sign_up", email: data.email, name: data.name, passwordHash }));
  void sendMail(signUpEmail(data.email, data.name, { url: appLink(link.path), expiresAt: link.expiresAt }, client));
  return { message: SIGN_UP_SENT };
}
