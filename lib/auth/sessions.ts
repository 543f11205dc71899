import { db } from "@/lib/db";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";

/** The actor behind a session token, or null if the session was revoked or predates a sign-out-everywhere. */
export async function actorForSession(sessionId: string, sessionVersion: number): Promise<Actor | null> {
  // Runs on every signed-in request, hence the lighter read path.
  const [actor] = await readRows<Actor>(Prisma.sql`
    SELECT u.id AS "userId", u.email, u.name FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId}::uuid AND s."revokedAt" IS NULL AND u."sessionVersion" = ${sessionVersion}`);
  return actor ?? null;
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
