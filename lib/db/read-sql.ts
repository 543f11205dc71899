import postgres from "postgres";
import type { Prisma } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";

// One pool per process, like the Prisma client in lib/db.ts (development hot reloads would otherwise open more).
const globalForSql = globalThis as unknown as { readSql?: postgres.Sql };

function client(): postgres.Sql {
  if (!globalForSql.readSql) {
    const env = serverEnv();
    globalForSql.readSql = postgres(env.DATABASE_URL, { max: env.DATABASE_POOL_SIZE, prepare: true, onnotice: () => {} });
  }
  return globalForSql.readSql;
}

/**
 * Runs a read-only query, built with Prisma's `sql` template, through postgres.js: the hot read paths (session and
 * membership checks, the tracker list, search, history) spend several times less CPU per query this way than through
 * the Prisma client (docs/decisions/009). Writes stay in Prisma transactions.
 *
 * Columns map as Prisma's raw queries map them (text, uuid, boolean, int4, timestamptz and date as Date, arrays, enums as
 * text) except int8 and numeric, which arrive as strings: cast them (`::int`, `::float8`, `::text`) in the query.
 */
export async function readRows<T>(query: Prisma.Sql): Promise<T[]> {
  return (await client().unsafe(query.text, query.values as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as T[];
}

/** Closes the pool, for scripts that end (the app server keeps it for its lifetime). */
export async function closeReadSql(): Promise<void> {
  await globalForSql.readSql?.end({ timeout: 5 });
  globalForSql.readSql = undefined;
}
