import { db } from "@/lib/db";
import type { Actor } from "./actor";

/** The actor behind a session token, or null if the session was revoked or predates a sign-out-everywhere. */
export async function actorForSession(sessionId: string, sessionVersion: number): Promise<Actor | null> {
  const session = await db.userSession.findFirst({
    where: { id: sessionId, revokedAt: null, user: { sessionVersion } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  return session ? { userId: session.user.id, email: session.user.email, name: session.user.name } : null;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of the user: used by sign-out-everywhere and password changes. */
export async function revokeAllSessions(userId: string): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
    db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
  ]);
}
