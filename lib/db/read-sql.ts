import type postgres from "postgres";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sqlPool } from "./sql-pool";

/**
 * Runs a read-only query, built with Prisma's `sql` template, through postgres.js: the hot read paths (session and
 * membership checks, the tracker list, search, history) spend several times less CPU per query this way than through
 * the Prisma client (docs/decisions/009).
 *
 * Columns map as Prisma's raw queries map them (text, uuid, boolean, int4, timestamptz and date as Date, arrays, enums as
 * text) except int8 and numeric, which arrive as strings: cast them (`::int`, `::float8`, `::text`) in the query.
 */
export async function readRows<T>(query: Prisma.Sql): Promise<T[]> {
  return rowsFrom(sqlPool())<T>(query);
}

export type RowReader = <T>(query: Prisma.Sql) => Promise<T[]>;

/** The same, on another connection (a command or test working on a database other than the app's). */
export function rowsFrom(client: postgres.Sql): RowReader {
  return async <T>(query: Prisma.Sql) => (await client.unsafe(query.text, query.values as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as T[];
}
