import { z } from "zod";
import type { Client } from "@/lib/auth/actor";
import { withinRequestLimit } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { appLink, canSendMail, sendMail } from "@/lib/mail/send-mail";
import { logger } from "@/lib/observability/logger";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { ZEmailAddress } from "./account-input";
import { passwordResetEmail } from "./account-emails";
import { issueToken } from "./auth-tokens";

export const ZPasswordResetRequest = z.object({ email: ZEmailAddress });

export type PasswordResetRequestInput = z.input<typeof ZPasswordResetRequest>;

export const RESET_REQUESTED = "If an account uses that address, a link to choose a new password is on its way there. It works for an hour.";
export const RESET_NEEDS_MAIL = "This instance cannot send email, so it cannot send a reset link. Ask your administrator for one.";

/**
 * Emails a single-use link to choose a new password. The answer is the same whether or not an account uses the
 * address, and the link is made and emailed after the answer, so neither reveals which accounts exist. Each address
 * gets at most 3 links an hour, and each client 10 requests.
 */
export async function requestPasswordReset(input: PasswordResetRequestInput, client: Client): Promise<{ message: string }> {
  if (!canSendMail()) throw new DomainError("invalid", RESET_NEEDS_MAIL);
  const { email } = ZPasswordResetRequest.parse(input);
  if (!(await withinRequestLimit(`reset-client:${client.address}`, 10, 60))) {
    throw new DomainError("rate_limited", "Too many reset requests from your network. Try again in an hour.");
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, deactivatedAt: true } });
  await recordSecurityEvent({ type: "password.reset_requested", actorId: null, ...(user ? { userId: user.id } : { email }), client });
  // Counted for every address, known or not, and the link made after the answer: the time it takes does not tell.
  const allowed = await withinRequestLimit(`reset-email:${email}`, 3, 60);
  if (user && !user.deactivatedAt && allowed) void sendResetLink(user.id, email, client);
  return { message: RESET_REQUESTED };
}

async function sendResetLink(userId: string, email: string, client: Client): Promise<void> {
  try {
    const link = await db.$transaction((tx) => issueToken(tx, { purpose: "password_reset", userId, email }));
    await sendMail(passwordResetEmail(email, { url: appLink(link.path), expiresAt: link.expiresAt }, { client }));
  } catch (error) {
    logger().error({ err: error, userId }, "A password reset link could not be made");
  }
}
