import { z } from "zod";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { UNKNOWN_ADDRESS } from "@/lib/http/client-address";
import { canSendMail } from "@/lib/mail/send-mail";
import { recordSecurityEvent } from "@/lib/security/record-security-event";
import type { Client } from "./actor";
import { decoyHash, verifyPassword } from "./password";
import { openSession } from "./sessions";
import { recordFailure, recordSuccess, reserveAttempt, signInRules } from "./sign-in-throttle";

export const WRONG_CREDENTIALS = "Incorrect email or password.";
export const DEACTIVATED = "This account has been deactivated. Ask your administrator if you need it again.";

const ZCredentials = z.object({
  // PostgreSQL cannot store a NUL character: such an email names no account.
  email: z.string().trim().toLowerCase().max(320).refine((email) => !email.includes("\u0000")),
  password: z.string().max(1024),
});

export type SignedIn = { id: string; email: string; name: string; sessionId: string; sessionVersion: number };

const NO_ACCOUNT = "00000000-0000-0000-0000-000000000000";

// How long an address counts as one the person signs in from.
const KNOWN_ADDRESS_DAYS = 90;

async function isKnownAddress(userId: string, address: string): Promise<boolean> {
  if (address === UNKNOWN_ADDRESS) return false;
  const [row] = await readRows<{ known: boolean }>(Prisma.sql`
    SELECT EXISTS (SELECT 1 FROM "UserSession" WHERE "userId" = ${userId}::uuid AND "address" = ${address}
      AND "createdAt" > now() - make_interval(days => ${KNOWN_ADDRESS_DAYS})) AS known`);
  return row?.known ?? false;
}

/**
 * Checks an email and password under the sign-in limits (docs/decisions/015): each attempt takes its allowance before
 * the password is checked, so a burst checks no more passwords than the limits allow. A wrong email and a wrong
 * password get the same message and take the same time, so the form reveals no accounts. Opens a session row.
 */
export async function signInWithPassword(input: unknown, client: Client): Promise<SignedIn> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) throw new DomainError("unauthenticated", WRONG_CREDENTIALS);
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true, deactivatedAt: true },
  });
  // Asked for an unknown email too (of an id no account has), so that the time taken does not tell the two apart.
  const known = await isKnownAddress(user?.id ?? NO_ACCOUNT, client.address);
  const rules = signInRules(email, client.address, user !== null && known);
  await reserveAttempt(rules, canSendMail() ? "reset your password by email" : "ask your administrator for a password reset link");

  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !ok) {
    const locks = await recordFailure(rules);
    const about = user ? { userId: user.id } : { email };
    await recordSecurityEvent({ type: "sign_in.failed", actorId: null, ...about, client });
    for (const lock of locks) {
      await recordSecurityEvent({
        type: "sign_in.locked",
        actorId: null,
        ...about,
        client,
        details: { scope: lock.rule.scope, until: lock.until.toISOString() },
      });
    }
    throw new DomainError("unauthenticated", WRONG_CREDENTIALS);
  }
  await recordSuccess(rules);
  if (user.deactivatedAt) {
    await recordSecurityEvent({ type: "sign_in.refused", actorId: null, userId: user.id, client });
    throw new DomainError("unauthenticated", DEACTIVATED);
  }
  const sessionId = await openSession(user.id, client);
  await recordSecurityEvent({ type: "sign_in.succeeded", actorId: user.id, userId: user.id, client, details: { sessionId } });
  return { id: user.id, email: user.email, name: user.name, sessionId, sessionVersion: user.sessionVersion };
}
