import type { Actor } from "@/lib/auth/actor";
import { assertNotToken } from "@/lib/authz";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { browserName } from "@/lib/security/browser-name";

/** The signed-in person's sessions that may still be in use, most recently used first, the current one marked. */
export async function listMySessions(actor: Actor) {
  assertNotToken(actor);
  const sessions = await db.userSession.findMany({
    where: { userId: actor.userId, revokedAt: null, lastSeenAt: { gt: new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000) } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, userAgent: true, address: true, createdAt: true, lastSeenAt: true },
  });
  return sessions.map(({ userAgent, ...session }) => ({ ...session, browser: browserName(userAgent), current: session.id === actor.sessionId }));
}
