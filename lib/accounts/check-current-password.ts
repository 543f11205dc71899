import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { forgetRequests, withinRequestLimit } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db";
import { DomainError, invalid } from "@/lib/errors";

/**
 * Asks for the current password before a change that would take an account over (a new password, a new address), so
 * that a borrowed or stolen session is not enough; limited to 5 wrong tries in 15 minutes, so it is no way to guess it.
 * Each try is counted before its check (so that tries at the same moment cannot pass the limit together), and the right
 * password clears the count.
 */
export async function checkCurrentPassword(actor: Actor, password: string): Promise<void> {
  const key = `current-password:${actor.userId}`;
  if (!(await withinRequestLimit(key, 5, 15))) {
    throw new DomainError("rate_limited", "Too many wrong passwords. Try again in 15 minutes.");
  }
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(passwordHash, password))) {
    throw invalid("Your current password is not right.", { currentPassword: ["This is not your current password"] });
  }
  await forgetRequests(key);
}
