import postgres from "postgres";
import { serverEnv } from "@/lib/env";

// One pool per process, like the Prisma client in lib/db.ts (development hot reloads would otherwise open more).
const globalForSql = globalThis as unknown as { sqlPool?: postgres.Sql };

/**
 * The postgres.js pool: hot reads (docs/decisions/009) and the item writes, each one statement calling a database
 * function (docs/decisions/010). Transactions that span several statements stay in Prisma (lib/db.ts).
 */
export function sqlPool(): postgres.Sql {
  if (!globalForSql.sqlPool) {
    const env = serverEnv();
    globalForSql.sqlPool = postgres(env.DATABASE_URL, { max: env.DATABASE_POOL_SIZE, prepare: true, onnotice: () => {} });
  }
  return globalForSql.sqlPool;
}

/** Closes the pool, for scripts that end (the app server keeps it for its lifetime). */
export async function closeSqlPool(): Promise<void> {
  await globalForSql.sqlPool?.end({ timeout: 5 });
  globalForSql.sqlPool = undefined;
}

/** Runs work on one connection to another database (or as another role) than the app's, and closes it. */
export async function withConnection<T>(url: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}
