import { freePort, startEmbeddedPostgres } from "./embedded-postgres";

export type OpenDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export const EMBEDDED_DATA_DIR = ".data/postgres";

/**
 * The database the app runs on: DATABASE_URL when it is set (no PostgreSQL is started), otherwise the embedded cluster
 * in .data/postgres, created on first use and reused after.
 */
export async function openDatabase(log?: (line: string) => void): Promise<OpenDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  const port = await freePort(Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  const db = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, databaseName: "policy_tracker", port, log });
  return { ...db, embedded: true };
}
