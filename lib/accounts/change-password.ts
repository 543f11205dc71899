import { z } from "zod";
import { assertNotToken } from "@/lib/authz";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, ZNewPassword } from "@/lib/auth/password";
import { revokeOtherSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { checkCurrentPassword } from "./check-current-password";

export const ZChangePassword = z.object({ currentPassword: z.string("Enter your current password").max(1024), newPassword: ZNewPassword });

export type ChangePasswordInput = z.input<typeof ZChangePassword>;

/** A new password, given the current one. Every other session of the account ends; this one stays signed in. */
export async function changePassword(actor: Actor, input: ChangePasswordInput): Promise<{ otherSessionsEnded: number }> {
  assertNotToken(actor);
  const data = ZChangePassword.parse(input);
  await checkCurrentPassword(actor, data.currentPassword);
  const passwordHash = await hashPassword(data.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
    const otherSessionsEnded = await revokeOtherSessions(tx, actor.userId, actor.sessionId);
    await recordSecurityEvent({ type: "password.changed", actorId: actor.userId, userId: actor.userId, client: actor.client, details: { otherSessionsEnded } }, tx);
    return { otherSessionsEnded };
  });
}
