import { db, type Tx } from "@/lib/db";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import { assertNotSpent, PERSON_KEY_PREFIX, rateLimitSql } from "@/lib/http/rate-limit";
import type { Client, Membership, SessionActor } from "./actor";
import { MEMBERSHIPS_OF_USER, membershipsBySlug } from "./memberships";

/** How long a session cookie lasts (next-auth's maxAge): a session unused for longer has ended. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

// A session's "last seen" is written at most this often, so that signed-in requests do not each write a row.
const TOUCH_AFTER_MS = 5 * 60_000;

/**
 * The signed-in person behind a session token, with their memberships, or null if the session was revoked, predates a
 * sign-out-everywhere, or the account is deactivated. Runs on every signed-in request: one statement on the lighter
 * read path, so that authorizing the request takes no second lookup. With `perMinute` (an API request), the same
 * statement counts the request against the person's rate limit (lib/http/rate-limit.ts), and a spent allowance is
 * refused with a 429; a session that is not valid counts nothing.
 */
export async function actorForSession(sessionId: string, sessionVersion: number, rate: { perMinute: number } = { perMinute: 0 }): Promise<SessionActor | null> {
  const counted = rate.perMinute > 0 ? rateLimitSql(Prisma.sql`SELECT ${PERSON_KEY_PREFIX} || "userId", ${rate.perMinute}::float8 FROM actor`) : null;
  const [row] = await readRows<{ userId: string; email: string; name: string; isAdmin: boolean; locale: Locale | null; lastSeenAt: Date; memberships: Membership[]; retryAfter?: number | null }>(Prisma.sql`
    WITH actor AS (
      SELECT u.id AS "userId", u.email, u.name, u."isAdmin", u.locale, s."lastSeenAt",
        ${MEMBERSHIPS_OF_USER} AS memberships
      FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
      WHERE s.id = ${sessionId}::uuid AND s."revokedAt" IS NULL AND u."sessionVersion" = ${sessionVersion} AND u."deactivatedAt" IS NULL
    )${counted ? Prisma.sql`, ${counted.ctes}` : Prisma.empty}
    SELECT actor.*${counted ? Prisma.sql`, ${counted.retryAfter} AS "retryAfter"` : Prisma.empty} FROM actor`);
  if (!row) return null;
  assertNotSpent(row.retryAfter);
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: new Date() } });
  }
  return {
    userId: row.userId,
    email: row.email,
    name: row.name,
    isAdmin: row.isAdmin,
    locale: row.locale,
    sessionId,
    memberships: membershipsBySlug(row.memberships),
  };
}

/** A new session row for a sign-in; the cookie names it. */
export async function openSession(userId: string, client: Client): Promise<string> {
  const session = await db.userSession.create({
    data: { userId, userAgent: client.userAgent.slice(0, 300), address: client.address },
    select: { id: true },
  });
  return session.id;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Ends every session of the user, in the caller's transaction: sign-out-everywhere, a password reset, a deactivation.
 * Each session's row is revoked, and the version its cookie carries is outdated, so no cookie of the user works.
 */
export async function revokeAllSessions(tx: Tx, userId: string): Promise<number> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  const revoked = await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return revoked.count;
}

/** Ends every session of the user but one (a password change keeps the session it was made in). */
export async function revokeOtherSessions(tx: Tx, userId: string, keepSessionId: string | undefined): Promise<number> {
  const revoked = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return revoked.count;
}
