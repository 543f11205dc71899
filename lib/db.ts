import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { availability, closeSqlPool } from "@/lib/db/sql-pool";
import { serverEnv } from "@/lib/env";

// One client per process; development hot reloads would otherwise open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaPool?: pg.Pool };

/**
 * The pg pool under Prisma (docs/decisions/016): bounded connection attempts, waits for a free connection, statements
 * and idle connections; it fails at once while the primary is known to be down, and a failure to connect marks it down.
 * Prisma's pg adapter uses unnamed statements, so it works behind a transaction pooler as it is; there only the session
 * setting of statement_timeout is left out (set it on the role instead: README "Operations").
 *
 * pg's pool bounds both the wait for a free connection and a new connection's attempt by one setting. A connection
 * attempt gets DATABASE_CONNECT_TIMEOUT_MS (1.5 s) from the client itself; the wait gets as long as a statement may
 * run. With the wait at 1.5 s, pages under a load of 50 connections against a pool of 2 (the size advised for a
 * 2-core database) were answered 503 "timeout exceeded when trying to connect" while the database was up.
 */
function guardedPool(): pg.Pool {
  const env = serverEnv();
  class BoundedClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS });
    }
  }
  const pool = new pg.Pool({
    Client: BoundedClient,
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    connectionTimeoutMillis: env.DATABASE_STATEMENT_TIMEOUT_MS,
    idleTimeoutMillis: env.DATABASE_IDLE_TIMEOUT_MS,
    keepAlive: true,
    application_name: "policy-tracker",
    ...(env.DATABASE_POOLER === "none" ? { statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS } : {}),
  });
  // An idle connection the server closed (a restart) is dropped by the pool; unhandled, the event would end the process.
  pool.on("error", () => {});
  const primary = availability("primary");
  const connect = pool.connect.bind(pool) as (callback?: (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) => unknown;
  // Every query and transaction of the adapter starts here (Pool.query calls connect too).
  const guarded = (callback?: (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) => {
    try {
      primary.check();
    } catch (error) {
      if (callback) return void process.nextTick(() => callback(error as Error));
      return Promise.reject(error as Error);
    }
    if (callback) {
      return connect((error, client, done) => {
        if (error) primary.observe(error);
        callback(error, client, done);
      });
    }
    return (connect() as Promise<pg.PoolClient>).catch((error: unknown) => {
      primary.observe(error);
      throw error;
    });
  };
  Object.assign(pool, { connect: guarded });
  return pool;
}

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    globalForPrisma.prismaPool = guardedPool();
    // A transaction waits for its connection as a query does (Prisma's own bound is 2 s).
    const maxWait = serverEnv().DATABASE_STATEMENT_TIMEOUT_MS;
    globalForPrisma.prisma = new PrismaClient({ adapter: new PrismaPg(globalForPrisma.prismaPool), transactionOptions: { maxWait } });
  }
  return globalForPrisma.prisma;
}

/**
 * The one Prisma client, created on first use rather than at import, so `next build` (which imports route modules)
 * needs no database settings.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The pg pool's connections (the metrics' pool use), or null before the first query. */
export function prismaPoolUse(): { total: number; idle: number; waiting: number } | null {
  const pool = globalForPrisma.prismaPool;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

/** Closes both pools (Prisma's and the postgres.js ones), so a script's process can end. */
export async function disconnectDatabase(): Promise<void> {
  const prisma = globalForPrisma.prisma;
  const pool = globalForPrisma.prismaPool;
  globalForPrisma.prisma = undefined;
  globalForPrisma.prismaPool = undefined;
  await Promise.all([prisma?.$disconnect().then(() => pool?.end()), closeSqlPool()]);
}
