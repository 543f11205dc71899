import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";

// Failed sign-ins allowed in a window before the key is locked for LOCK_MINUTES. Per account and per client address.
const WINDOW_MINUTES = 15;
const LOCK_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export const accountKey = (email: string) => `account:${email}`;
export const addressKey = (address: string) => `address:${address}`;

/** Refuses the attempt when any of the keys is locked, saying when to try again. */
export async function assertNotThrottled(keys: string[]): Promise<void> {
  const locked = await db.authThrottle.findFirst({
    where: { key: { in: keys }, lockedUntil: { gt: new Date() } },
    orderBy: { lockedUntil: "desc" },
    select: { lockedUntil: true },
  });
  if (locked?.lockedUntil) {
    const minutes = Math.max(1, Math.ceil((locked.lockedUntil.getTime() - Date.now()) / 60_000));
    throw new DomainError(
      "rate_limited",
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    );
  }
}

/** Counts a failure against a key in one statement, locking the key when it reaches its limit. */
export async function recordFailure(key: string, limit: number): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "AuthThrottle" ("key", "failures", "windowStart")
    VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "AuthThrottle"."windowStart" < now() - make_interval(mins => ${WINDOW_MINUTES})
                        THEN 1 ELSE "AuthThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "AuthThrottle"."windowStart" < now() - make_interval(mins => ${WINDOW_MINUTES})
                           THEN now() ELSE "AuthThrottle"."windowStart" END`;
  await db.$executeRaw`
    UPDATE "AuthThrottle" SET "lockedUntil" = now() + make_interval(mins => ${LOCK_MINUTES}), "failures" = 0, "windowStart" = now()
    WHERE "key" = ${key} AND "failures" >= ${limit}`;
}

export async function clearFailures(key: string): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key } });
}
