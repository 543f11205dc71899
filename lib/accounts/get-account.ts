import type { Actor } from "@/lib/auth/actor";
import { assertNotToken } from "@/lib/authz";
import { db } from "@/lib/db";

/** The signed-in person's own account, with an email change waiting for confirmation if there is one. */
export async function getAccount(actor: Actor) {
  assertNotToken(actor);
  const [user, pending] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { id: true, name: true, email: true, isAdmin: true, createdAt: true } }),
    db.authToken.findFirst({
      where: { userId: actor.userId, purpose: "email_change", usedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { email: true, expiresAt: true },
    }),
  ]);
  return { ...user, pendingEmail: pending };
}
