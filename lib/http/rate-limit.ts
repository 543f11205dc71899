import type { Actor } from "@/lib/auth/actor";
import { guarded } from "@/lib/db/sql-pool";
import { serverEnv } from "@/lib/env";
import { DomainError } from "@/lib/errors";

/** A key and how many requests it may make a minute. */
export type RateRule = { key: string; perMinute: number };

const PERIOD_MS = 60_000;

/**
 * Counts one request against each rule, in PostgreSQL so that every app instance counts the same requests, and refuses
 * it with a 429 and the seconds to wait when any rule is spent. The generic cell rate algorithm (docs/decisions/021):
 * each key stores the time its allowance is next fully used up ("theoretical arrival time"); a request moves it on by
 * one interval (a minute / the limit) and is allowed while it stays within a minute of now. One statement: concurrent
 * requests queue on the key's row, so two racing requests cannot both take the last one.
 */
export async function takeRequest(rules: RateRule[]): Promise<void> {
  const active = rules.filter((rule) => rule.perMinute > 0);
  if (active.length === 0) return;
  const refused = await guarded("primary", (sql) => sql<{ key: string; retryAfter: number }[]>`
    WITH input AS (
      SELECT key, interval_ms * interval '1 millisecond' AS step
      FROM unnest(${active.map((r) => r.key)}::text[], ${active.map((r) => PERIOD_MS / r.perMinute)}::float8[]) AS t(key, interval_ms)
    ), taken AS (
      INSERT INTO "RateLimit" AS r (key, tat)
      SELECT key, now() + step FROM input
      ON CONFLICT (key) DO UPDATE SET tat = GREATEST(r.tat, now()) + (EXCLUDED.tat - now())
      WHERE GREATEST(r.tat, now()) + (EXCLUDED.tat - now()) <= now() + ${PERIOD_MS} * interval '1 millisecond'
      RETURNING r.key
    )
    SELECT i.key, GREATEST(1, ceil(extract(epoch FROM r.tat + i.step - now()) - ${PERIOD_MS / 1000}))::int AS "retryAfter"
    FROM input i JOIN "RateLimit" r ON r.key = i.key
    WHERE i.key NOT IN (SELECT key FROM taken)`);
  if (refused.length === 0) return;
  const wait = Math.max(...refused.map((r) => r.retryAfter));
  throw new DomainError("rate_limited", `Too many requests. Try again in ${wait} second${wait === 1 ? "" : "s"}.`, { retryAfterSeconds: wait });
}

/** The rules for an API request: the person's, and the token's when it came with one. */
export function apiRateRules(actor: Actor): RateRule[] {
  const env = serverEnv();
  const rules: RateRule[] = [{ key: `person:${actor.userId}`, perMinute: env.RATE_LIMIT_PER_MINUTE }];
  if (actor.token) rules.push({ key: `token:${actor.token.id}`, perMinute: env.RATE_LIMIT_TOKEN_PER_MINUTE });
  return rules;
}

/** Forgets keys whose allowance has fully come back (a row in the past counts as no row). */
export async function pruneRateLimits(): Promise<void> {
  await guarded("primary", (sql) => sql`DELETE FROM "RateLimit" WHERE tat < now()`);
}
