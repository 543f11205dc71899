import { z } from "zod";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { decoyHash, verifyPassword } from "./password";
import {
  accountKey,
  addressKey,
  assertNotThrottled,
  clearFailures,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  recordFailure,
} from "./sign-in-throttle";

export const WRONG_CREDENTIALS = "Incorrect email or password.";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1024),
});

export type SignedIn = { id: string; email: string; name: string; sessionId: string; sessionVersion: number };

/**
 * Checks an email and password, rate-limited per account and per client address. A wrong email and a wrong password
 * get the same message and take the same time, so the form reveals no accounts. Opens a server-side session row.
 */
export async function signInWithPassword(input: unknown, client: { address: string; userAgent: string }): Promise<SignedIn> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) throw new DomainError("unauthenticated", WRONG_CREDENTIALS);
  const { email, password } = parsed.data;
  const keys = [accountKey(email), addressKey(client.address)];
  await assertNotThrottled(keys);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !ok) {
    await recordFailure(keys[0] as string, MAX_FAILURES_PER_ACCOUNT);
    await recordFailure(keys[1] as string, MAX_FAILURES_PER_ADDRESS);
    throw new DomainError("unauthenticated", WRONG_CREDENTIALS);
  }
  await clearFailures(accountKey(email));
  const session = await db.userSession.create({
    data: { userId: user.id, userAgent: client.userAgent.slice(0, 300) },
    select: { id: true },
  });
  return { id: user.id, email: user.email, name: user.name, sessionId: session.id, sessionVersion: user.sessionVersion };
}
