import type postgres from "postgres";
import type { Prisma } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";
import { guarded, type Planning, type Target } from "./sql-pool";

/**
 * Runs a read-only query, built with Prisma's `sql` template, through postgres.js: the hot read paths (session and
 * membership checks, the tracker list, search, history) spend several times less CPU per query this way than through
 * the Prisma client (docs/decisions/009). Lists, search and exports pass the target `listReadTarget()` chose: the read
 * replica when one is configured (docs/decisions/017); everything else reads the primary.
 *
 * Columns map as Prisma's raw queries map them (text, uuid, boolean, int4, timestamptz and date as Date, arrays, enums as
 * text) except int8 and numeric, which arrive as strings: cast them (`::int`, `::float8`, `::text`) in the query.
 *
 * `plan: "per call"` runs the query on connections that plan every statement for its values (`force_custom_plan`,
 * lib/db/sql-pool.ts): for queries whose best plan depends on the values (search text), where the generic plan a
 * prepared statement switches to after five runs can be a scan of every row (a citation search went from 1 ms to 2.2 s
 * on 100,000 items). The statement is still prepared, so it is parsed once per connection, not on every call.
 */
export async function readRows<T>(query: Prisma.Sql, target: Target = "primary", plan: Planning = "cached"): Promise<T[]> {
  const prepare = serverEnv().DATABASE_POOLER === "none";
  return guarded(target, (sql) => rowsFrom(sql, prepare)<T>(query), plan);
}

/**
 * The same, each row as its columns' bytes as PostgreSQL sent them (text format; NULL as null), unparsed: for JSON that
 * PostgreSQL writes and the API sends on as it is (docs/decisions/030), never decoded into a string and encoded again.
 */
export async function readRawRows(query: Prisma.Sql, target: Target = "primary"): Promise<(Buffer | null)[][]> {
  const prepare = serverEnv().DATABASE_POOLER === "none";
  const rows = await guarded(target, (sql) => sql.unsafe(query.text, query.values as postgres.ParameterOrJSON<never>[], { prepare }).raw());
  return rows as unknown as (Buffer | null)[][];
}

export type RowReader = <T>(query: Prisma.Sql) => Promise<T[]>;

/** The same, on another connection (a command or test working on a database other than the app's). */
export function rowsFrom(client: postgres.Sql, prepare = true): RowReader {
  return async <T>(query: Prisma.Sql) => (await client.unsafe(query.text, query.values as postgres.ParameterOrJSON<never>[], { prepare })) as unknown as T[];
}
