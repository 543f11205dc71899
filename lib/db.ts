import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { closeSqlPool } from "@/lib/db/sql-pool";
import { serverEnv } from "@/lib/env";

// One client per process; development hot reloads would otherwise open a new pool on every edit.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const env = serverEnv();
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
    globalForPrisma.prisma = new PrismaClient({ adapter });
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

/** Closes both pools (Prisma's and the postgres.js read pool), so a script's process can end. */
export async function disconnectDatabase(): Promise<void> {
  await Promise.all([globalForPrisma.prisma?.$disconnect(), closeSqlPool()]);
}
