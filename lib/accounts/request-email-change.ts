import { z } from "zod";
import { assertNotToken } from "@/lib/authz";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, invalid } from "@/lib/errors";
import { appLink, canSendMail, sendMail, type MailOutcome } from "@/lib/mail/send-mail";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { emailChangeEmail } from "./account-emails";
import { ZEmailAddress } from "./account-input";
import { issueToken, voidTokens } from "./auth-tokens";
import { checkCurrentPassword } from "./check-current-password";

export const ZEmailChange = z.object({ email: ZEmailAddress, currentPassword: z.string("Enter your current password").max(1024) });

export type EmailChangeInput = z.input<typeof ZEmailChange>;

export const EMAIL_CHANGE_NEEDS_MAIL = "This instance cannot send email, so it cannot confirm a new address: ask your administrator.";

/**
 * Starts moving the account to another address: a link goes to the new address, and the account moves only when it
 * is opened (confirmEmail). Whether another account has the address is not said here; the link then fails.
 */
export async function requestEmailChange(actor: Actor, input: EmailChangeInput): Promise<{ email: string; delivery: MailOutcome }> {
  assertNotToken(actor);
  if (!canSendMail()) throw new DomainError("invalid", EMAIL_CHANGE_NEEDS_MAIL);
  const data = ZEmailChange.parse(input);
  const account = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true, email: true } });
  if (data.email === account.email) throw invalid("That is your address already.", { email: ["Enter another address than your current one"] });
  await checkCurrentPassword(actor, data.currentPassword);
  const link = await db.$transaction(async (tx) => {
    // Only the newest request's link works: an earlier one, sent perhaps to a mistyped address, would otherwise still
    // move the account to that address.
    await voidTokens(tx, { purpose: "email_change", userId: actor.userId });
    const issued = await issueToken(tx, { purpose: "email_change", userId: actor.userId, email: data.email });
    await recordSecurityEvent({ type: "email.change_requested", actorId: actor.userId, userId: actor.userId, client: actor.client, details: { to: data.email } }, tx);
    return issued;
  });
  const delivery = await sendMail(emailChangeEmail(data.email, account, { url: appLink(link.path), expiresAt: link.expiresAt }));
  return { email: data.email, delivery };
}
