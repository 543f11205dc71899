import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { voidTokens } from "@/lib/accounts/auth-tokens";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import { revokeShareLinksOf } from "@/lib/views/revoke-share-link";
import { authorizeAdmin } from "./authorize-admin";

export const ZSetUserActive = z.object({ userId: z.uuid("Not an account id"), active: z.boolean("Say whether the account is active") });

export type SetUserActiveInput = z.input<typeof ZSetUserActive>;

/**
 * Deactivates an account (it cannot sign in, its sessions end at once, its emailed links and the share links it made
 * stop working) or reactivates it. Its memberships and everything it recorded stay, still attributed to it.
 * Administrators cannot deactivate themselves, so an instance always keeps the administrator who acts.
 */
export async function setUserActive(actor: Actor, input: SetUserActiveInput) {
  await authorizeAdmin(actor, "users.manage");
  const { userId, active } = ZSetUserActive.parse(input);
  if (!active && userId === actor.userId) throw invalid("You cannot deactivate your own account.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, deactivatedAt: true } });
    if (!user) throw notFound("Account");
    if (active === (user.deactivatedAt === null)) throw invalid(active ? "This account is active already." : "This account is deactivated already.");
    if (active) {
      await tx.user.update({ where: { id: userId }, data: { deactivatedAt: null } });
      await recordSecurityEvent({ type: "user.reactivated", actorId: actor.userId, userId, client: actor.client }, tx);
      return { userId, active, sessionsEnded: 0 };
    }
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: new Date() } });
    const sessionsEnded = await revokeAllSessions(tx, userId);
    await voidTokens(tx, { purpose: "password_reset", userId });
    await voidTokens(tx, { purpose: "email_change", userId });
    // Share links do not come back with a reactivation: whoever holds one keeps it, and the account's owner may be gone.
    await revokeShareLinksOf(tx, userId);
    await recordSecurityEvent({ type: "user.deactivated", actorId: actor.userId, userId, client: actor.client, details: { sessionsEnded } }, tx);
    return { userId, active, sessionsEnded };
  });
}
