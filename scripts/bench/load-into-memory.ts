import { readFileSync } from "node:fs";
import { freemem } from "node:os";
import type postgres from "postgres";

export type LoadedIntoMemory = { loaded: boolean; databaseMb: number; availableMb: number; seconds: number; why: string };

/**
 * Reads the benchmark database's files into the operating system's cache (pg_prewarm's "read" mode, through a
 * connection of its owner or superuser) when they take at most half the memory available, as a server that has run a
 * while holds them. Measured on a cache the last run of another size had emptied, a status change at 100k spent half
 * its database time waiting for the disk (2.4 ms a call cold, 1.3 ms once read), so the figures depended on what ran
 * before. Data that does not fit is left to the disk and said so.
 */
export async function loadIntoMemory(sql: postgres.Sql): Promise<LoadedIntoMemory> {
  const [size] = await sql<{ bytes: string }[]>`SELECT pg_database_size(current_database())::text AS bytes`;
  const databaseMb = Math.round(Number(size?.bytes ?? 0) / 2 ** 20);
  const availableMb = Math.round(memoryAvailableBytes() / 2 ** 20);
  if (databaseMb > availableMb / 2) {
    return { loaded: false, databaseMb, availableMb, seconds: 0, why: `${databaseMb.toLocaleString("en")} MB is more than half the ${availableMb.toLocaleString("en")} MB of memory available` };
  }
  const started = performance.now();
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_prewarm`;
    await sql`SELECT sum(pg_prewarm(c.oid, 'read')) FROM pg_class c WHERE c.relkind IN ('r', 'i', 't', 'm') AND c.relpersistence = 'p'`;
  } catch (error) {
    // A database of one's own (BENCH_DATABASE_URL) may not let its owner create the extension or read every relation.
    return { loaded: false, databaseMb, availableMb, seconds: 0, why: `pg_prewarm could not read it (${(error as Error).message})` };
  }
  return { loaded: true, databaseMb, availableMb, seconds: Math.round((performance.now() - started) / 100) / 10, why: "read with pg_prewarm" };
}

/** What the kernel says could be used without swapping (MemAvailable: the free memory and the cache it may drop). */
function memoryAvailableBytes(): number {
  try {
    const line = /^MemAvailable:\s+(\d+) kB$/m.exec(readFileSync("/proc/meminfo", "utf8"));
    if (line?.[1]) return Number(line[1]) * 1024;
  } catch {
    // Not Linux: the free memory alone understates what could be used, so the data is loaded less often, never wrongly.
  }
  return freemem();
}
