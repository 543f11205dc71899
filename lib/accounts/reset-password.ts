import { z } from "zod";
import type { Client } from "@/lib/auth/actor";
import { hashPassword, ZNewPassword } from "@/lib/auth/password";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { clearAccountLocks } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { redeemToken, voidTokens } from "./auth-tokens";

export const ZResetPassword = z.object({ token: z.string(), password: ZNewPassword });

export type ResetPasswordInput = z.input<typeof ZResetPassword>;

/**
 * Sets a new password with an emailed reset link. The link works once; using it ends every session of the account
 * (whoever knew the old password is signed out), makes the account's other reset links useless, and lifts sign-in
 * locks on the account: the way back in for someone a stranger's failed attempts have locked out.
 */
export async function resetPassword(input: ResetPasswordInput, client: Client): Promise<{ email: string }> {
  const { token, password } = ZResetPassword.parse(input);
  const passwordHash = await hashPassword(password);
  const email = await db.$transaction(async (tx) => {
    const link = await redeemToken(tx, token, ["password_reset"]);
    const user = await tx.user.findUniqueOrThrow({ where: { id: link.userId as string }, select: { id: true, email: true, deactivatedAt: true } });
    // A link sent to an address the account has since left is no good either.
    if (user.deactivatedAt || user.email !== link.email) throw invalid("This link no longer works for this account.");
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const ended = await revokeAllSessions(tx, user.id);
    await voidTokens(tx, { purpose: "password_reset", userId: user.id });
    await recordSecurityEvent({ type: "password.reset", actorId: user.id, userId: user.id, client, details: { sessionsEnded: ended } }, tx);
    return user.email;
  });
  await clearAccountLocks(email);
  return { email };
}
