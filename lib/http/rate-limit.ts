import type { Actor } from "@/lib/auth/actor";
import { rowsFrom } from "@/lib/db/read-sql";
import { guarded } from "@/lib/db/sql-pool";
import { serverEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** A key and how many requests it may make a minute. */
export type RateRule = { key: string; perMinute: number };

const PERIOD_MS = 60_000;

const { sql } = Prisma;

/** The key of a person's allowance: a token's requests count against it too. */
export const PERSON_KEY_PREFIX = "person:";

/**
 * The generic cell rate algorithm (docs/decisions/021) as parts of a statement, so that a request is counted in the
 * statement that looks its caller up (lib/auth/sessions.ts) rather than in one more round trip: `ctes` counts one
 * request against each rule of `rules` (a query giving rows of key text and per-minute limit), and `retryAfter` is
 * an expression for the seconds to wait when any rule is spent, else NULL. Each key stores the time its allowance is
 * next fully used up ("theoretical arrival time"); a request moves it on by one interval (a minute / the limit) and is
 * allowed while it stays within a minute of now. Concurrent requests queue on the key's row, so two racing requests
 * cannot both take the last one. The interval is rounded down to the microsecond (PostgreSQL's precision), so that a
 * limit's worth of intervals never ends past the minute: rounded to the nearest, a minute / 7 made 7 of them end a
 * microsecond late and refused the seventh request of a burst.
 */
export function rateLimitSql(rules: Prisma.Sql): { ctes: Prisma.Sql; retryAfter: Prisma.Sql } {
  return {
    ctes: sql`rate_input AS (
      SELECT key, floor(${PERIOD_MS * 1000}::float8 / per_minute) * interval '1 microsecond' AS step FROM (${rules}) AS rules(key, per_minute)
    ), rate_taken AS (
      INSERT INTO "RateLimit" AS r (key, tat)
      SELECT key, now() + step FROM rate_input
      ON CONFLICT (key) DO UPDATE SET tat = GREATEST(r.tat, now()) + (EXCLUDED.tat - now())
      WHERE GREATEST(r.tat, now()) + (EXCLUDED.tat - now()) <= now() + ${PERIOD_MS}::float8 * interval '1 millisecond'
      RETURNING r.key
    )`,
    // A key is refused when its row was not taken (RETURNING says what the statement did). The wait is read from the
    // row as the statement's snapshot has it: a row a racing request inserted after the snapshot is not there, and then
    // the wait is one interval (the row is at most a few intervals old). Reading refusals from the snapshot instead let
    // such racing requests through.
    retryAfter: sql`(SELECT max(GREATEST(1, COALESCE(ceil(extract(epoch FROM r.tat + i.step - now()) - ${PERIOD_MS / 1000}::float8), ceil(extract(epoch FROM i.step)))))::int
      FROM rate_input i LEFT JOIN "RateLimit" r ON r.key = i.key WHERE i.key NOT IN (SELECT key FROM rate_taken))`,
  };
}

/** The refusal of a request made when its allowance was spent: a 429 with the seconds to wait. */
export function assertNotSpent(retryAfter: number | null | undefined): void {
  if (retryAfter === null || retryAfter === undefined) return;
  throw new DomainError("rate_limited", `Too many requests. Try again in ${retryAfter} second${retryAfter === 1 ? "" : "s"}.`, { retryAfterSeconds: retryAfter });
}

/** Counts one request against each rule, in PostgreSQL so that every app instance counts the same requests. */
export async function takeRequest(rules: RateRule[]): Promise<void> {
  const active = rules.filter((rule) => rule.perMinute > 0);
  if (active.length === 0) return;
  const [row] = await guarded("primary", (pg) => rowsFrom(pg, serverEnv().DATABASE_POOLER === "none")<{ retryAfter: number | null }>(takeRequestSql(active)));
  assertNotSpent(row?.retryAfter);
}

/** takeRequest's statement: one row, the seconds to wait when a rule is spent, else null. */
export function takeRequestSql(rules: RateRule[]): Prisma.Sql {
  const { ctes, retryAfter } = rateLimitSql(sql`SELECT * FROM unnest(${rules.map((r) => r.key)}::text[], ${rules.map((r) => r.perMinute)}::float8[])`);
  return sql`WITH ${ctes} SELECT ${retryAfter} AS "retryAfter"`;
}

/** The rules for an API request: the person's, and the token's when it came with one. */
export function apiRateRules(actor: Actor): RateRule[] {
  const env = serverEnv();
  const rules: RateRule[] = [{ key: `${PERSON_KEY_PREFIX}${actor.userId}`, perMinute: env.RATE_LIMIT_PER_MINUTE }];
  if (actor.token) rules.push({ key: `token:${actor.token.id}`, perMinute: env.RATE_LIMIT_TOKEN_PER_MINUTE });
  return rules;
}

/** Forgets keys whose allowance has fully come back (a row in the past counts as no row). */
export async function pruneRateLimits(): Promise<void> {
  await guarded("primary", (sql) => sql`DELETE FROM "RateLimit" WHERE tat < now()`);
}
