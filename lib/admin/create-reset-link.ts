import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { passwordResetEmail } from "@/lib/accounts/account-emails";
import { issueToken } from "@/lib/accounts/auth-tokens";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { appLink, sendMail } from "@/lib/mail/send-mail";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { authorizeAdmin } from "./authorize-admin";

export const ZCreateResetLink = z.object({ userId: z.uuid("Not an account id") });

export type CreateResetLinkInput = z.input<typeof ZCreateResetLink>;

/**
 * A password reset link for someone who cannot get one by email (no mail server, a mailbox they lost): the
 * administrator passes it on. It is also emailed to the account's address when mail works.
 */
export async function createResetLink(actor: Actor, input: CreateResetLinkInput) {
  await authorizeAdmin(actor, "users.manage");
  const { userId } = ZCreateResetLink.parse(input);
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, deactivatedAt: true } });
  if (!user) throw notFound("Account");
  if (user.deactivatedAt) throw invalid("This account is deactivated: reactivate it first.");
  const link = await db.$transaction(async (tx) => {
    const issued = await issueToken(tx, { purpose: "password_reset", userId, email: user.email, createdById: actor.userId });
    await recordSecurityEvent({ type: "password.reset_link_created", actorId: actor.userId, userId, client: actor.client }, tx);
    return issued;
  });
  const url = appLink(link.path);
  const delivery = await sendMail(passwordResetEmail(user.email, { url, expiresAt: link.expiresAt }, { administrator: actor.name }));
  return { userId, email: user.email, link: url, expiresAt: link.expiresAt, delivery };
}
