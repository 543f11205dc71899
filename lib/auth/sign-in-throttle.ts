import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { UNKNOWN_ADDRESS } from "@/lib/http/client-address";

/**
 * One limit on password checks (docs/decisions/015): `limit` checks per window, then a lock of `baseLockMinutes` that
 * doubles with each further lock up to `maxLockMinutes`. After a first lock, one check per window until a success (or a
 * quiet day) resets the key.
 */
export type ThrottleRule = {
  key: string;
  scope: "account_and_address" | "account" | "address";
  limit: number;
  windowMinutes: number;
  baseLockMinutes: number;
  maxLockMinutes: number;
};

const MINUTE_MS = 60_000;
const QUIET_DAY_MS = 24 * 60 * MINUTE_MS;

/** Guessing one account's password from one address: a few tries, then ever longer locks. */
export const ACCOUNT_AND_ADDRESS_LIMIT = 5;
/** Guessing one account's password from many addresses, not counting those the person has signed in from before. */
export const ACCOUNT_LIMIT = 30;
/** Trying many accounts from one address. */
export const ADDRESS_LIMIT = 30;

/**
 * The limits a sign-in attempt counts against. Each names the account by its email, whether or not an account has it,
 * so the limits reveal nothing about which accounts exist. An address the account has signed in from before is not
 * held to the account-wide limit: a stranger's failures elsewhere cannot lock its owner out from where they work.
 */
export function signInRules(email: string, address: string, knownAddress: boolean): ThrottleRule[] {
  const rules: ThrottleRule[] = [
    { key: `pair:${email}|${address}`, scope: "account_and_address", limit: ACCOUNT_AND_ADDRESS_LIMIT, windowMinutes: 15, baseLockMinutes: 1, maxLockMinutes: 60 },
  ];
  if (!knownAddress) rules.push({ key: `account:${email}`, scope: "account", limit: ACCOUNT_LIMIT, windowMinutes: 60, baseLockMinutes: 15, maxLockMinutes: 24 * 60 });
  // Without a known client address (the app not started through scripts/server.ts) every request would share one key.
  if (address !== UNKNOWN_ADDRESS) rules.push({ key: `address:${address}`, scope: "address", limit: ADDRESS_LIMIT, windowMinutes: 15, baseLockMinutes: 15, maxLockMinutes: 240 });
  return rules;
}

type Row = { key: string; attempts: number; windowStart: Date; lockedUntil: Date | null; lockLevel: number; lastFailureAt: Date | null };

const lockMinutes = (rule: ThrottleRule, level: number) => Math.min(rule.baseLockMinutes * 2 ** level, rule.maxLockMinutes);

/** A row as it stands at `now`: an ended window counts nothing, and a day without failures forgets earlier locks. */
function current(row: Row, rule: ThrottleRule, now: Date) {
  const windowEnded = now.getTime() - row.windowStart.getTime() >= rule.windowMinutes * MINUTE_MS;
  const forgiven = !row.lastFailureAt || now.getTime() - row.lastFailureAt.getTime() >= QUIET_DAY_MS;
  const lockLevel = forgiven ? 0 : row.lockLevel;
  return {
    attempts: windowEnded ? 0 : row.attempts,
    windowStart: windowEnded ? now : row.windowStart,
    lockLevel,
    limit: lockLevel > 0 ? 1 : rule.limit,
    locked: row.lockedUntil !== null && row.lockedUntil > now ? row.lockedUntil : null,
  };
}

export type Refusal = { rule: ThrottleRule; until: Date };

function refusalMessage(refusal: Refusal, now: Date, resetHint: string): string {
  const minutes = Math.max(1, Math.ceil((refusal.until.getTime() - now.getTime()) / MINUTE_MS));
  const wait = `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  return refusal.rule.scope === "address"
    ? `Too many failed sign-in attempts from your network. ${wait}.`
    : `Too many failed sign-in attempts for this account. ${wait}, or ${resetHint}.`;
}

/**
 * Takes one password check from every rule's allowance, atomically, before the password is checked: the rows are
 * locked (FOR UPDATE, in key order) while the allowance is read and spent, so concurrent attempts queue here and at
 * most `limit` of them go on to check a password. A refused attempt spends nothing and checks no password.
 */
export async function reserveAttempt(rules: ThrottleRule[], resetHint: string): Promise<void> {
  const keys = rules.map((rule) => rule.key).sort();
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "AuthThrottle" ("key", "windowStart") SELECT unnest(${keys}::text[]), now() ON CONFLICT ("key") DO NOTHING`;
    const [{ now }] = await tx.$queryRaw<[{ now: Date }]>`SELECT now() AS now`;
    const rows = await tx.$queryRaw<Row[]>`
      SELECT "key", "attempts", "windowStart", "lockedUntil", "lockLevel", "lastFailureAt" FROM "AuthThrottle"
      WHERE "key" = ANY(${keys}::text[]) ORDER BY "key" FOR UPDATE`;
    const byKey = new Map(rows.map((row) => [row.key, row]));
    const states = rules.map((rule) => ({ rule, state: current(byKey.get(rule.key) as Row, rule, now) }));
    for (const { rule, state } of states) {
      // Locked, or every allowed check is under way already (a burst): refused without a check.
      const until = state.locked ?? (state.attempts >= state.limit ? new Date(now.getTime() + MINUTE_MS) : null);
      if (until) throw new DomainError("rate_limited", refusalMessage({ rule, until }, now, resetHint));
    }
    for (const { rule, state } of states) {
      await tx.authThrottle.update({
        where: { key: rule.key },
        data: { attempts: state.attempts + 1, windowStart: state.windowStart, lockLevel: state.lockLevel },
      });
    }
  });
}

/**
 * A checked password was wrong: its reserved check stays spent, and a rule whose allowance is used up locks, for
 * longer each time. Returns the locks set, for the security events.
 */
export async function recordFailure(rules: ThrottleRule[]): Promise<Refusal[]> {
  const keys = rules.map((rule) => rule.key).sort();
  return db.$transaction(async (tx) => {
    const [{ now }] = await tx.$queryRaw<[{ now: Date }]>`SELECT now() AS now`;
    const rows = await tx.$queryRaw<Row[]>`
      SELECT "key", "attempts", "windowStart", "lockedUntil", "lockLevel", "lastFailureAt" FROM "AuthThrottle"
      WHERE "key" = ANY(${keys}::text[]) ORDER BY "key" FOR UPDATE`;
    const locks: Refusal[] = [];
    for (const row of rows) {
      const rule = rules.find((r) => r.key === row.key) as ThrottleRule;
      const state = current(row, rule, now);
      if (state.attempts >= state.limit && !state.locked) {
        const until = new Date(now.getTime() + lockMinutes(rule, state.lockLevel) * MINUTE_MS);
        locks.push({ rule, until });
        await tx.authThrottle.update({
          where: { key: row.key },
          data: { attempts: 0, windowStart: now, lockedUntil: until, lockLevel: state.lockLevel + 1, lastFailureAt: now },
        });
      } else {
        await tx.authThrottle.update({ where: { key: row.key }, data: { lastFailureAt: now } });
      }
    }
    return locks;
  });
}

/**
 * The password was right. The account-and-address key starts afresh (this person, from here); the wider keys only
 * get back the check this attempt reserved, so that a success does not give a distributed guesser a fresh allowance.
 */
export async function recordSuccess(rules: ThrottleRule[]): Promise<void> {
  const keys = rules.map((rule) => rule.key).sort();
  await db.$transaction(async (tx) => {
    // In key order, as reserveAttempt locks them, so that the two cannot deadlock.
    await tx.$queryRaw`SELECT "key" FROM "AuthThrottle" WHERE "key" = ANY(${keys}::text[]) ORDER BY "key" FOR UPDATE`;
    for (const rule of rules) {
      if (rule.scope === "account_and_address") await tx.authThrottle.deleteMany({ where: { key: rule.key } });
      else await tx.authThrottle.updateMany({ where: { key: rule.key, attempts: { gt: 0 } }, data: { attempts: { decrement: 1 } } });
    }
  });
}

/** A password reset by email is the way back in: it lifts the account's locks, from every address. */
export async function clearAccountLocks(email: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "AuthThrottle" WHERE "key" = ${`account:${email}`} OR starts_with("key", ${`pair:${email}|`})`;
}

/**
 * Counts a request against a simple limit, in one statement (so concurrent requests count exactly): whether it is
 * within `limit` per window. For requests that send email (password resets, sign-ups), which must not be a way to
 * flood a mailbox.
 */
export async function withinRequestLimit(key: string, limit: number, windowMinutes: number): Promise<boolean> {
  const [row] = await db.$queryRaw<[{ attempts: number }]>`
    INSERT INTO "AuthThrottle" ("key", "attempts", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN "AuthThrottle"."windowStart" <= now() - make_interval(mins => ${windowMinutes}) THEN 1 ELSE "AuthThrottle"."attempts" + 1 END,
      "windowStart" = CASE WHEN "AuthThrottle"."windowStart" <= now() - make_interval(mins => ${windowMinutes}) THEN now() ELSE "AuthThrottle"."windowStart" END
    RETURNING "attempts"`;
  return row.attempts <= limit;
}

/** Forgets what withinRequestLimit counted for a key (a check passed that should not count against the next ones). */
export async function forgetRequests(key: string): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key } });
}
