import { freePort, startEmbeddedPostgres } from "./embedded-postgres";

/**
 * The database a command works on: `url` is the app's role (what the running app and read-only commands use),
 * `ownerUrl` the role that owns the tables (migrations, the demo seed, backups).
 */
export type OpenDatabase = { url: string; ownerUrl: string; embedded: boolean; stop: () => Promise<void> };

export const EMBEDDED_DATA_DIR = ".data/postgres";

/**
 * DATABASE_URL (and DATABASE_OWNER_URL for the owner, defaulting to the same) when set, with no PostgreSQL started;
 * otherwise the embedded cluster in .data/postgres: the one `npm run dev` is running if it is, else started here (and
 * stopped by `stop`), created on first use.
 */
export async function openDatabase(log?: (line: string) => void): Promise<OpenDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, ownerUrl: process.env.DATABASE_OWNER_URL || configured, embedded: false, stop: async () => {} };
  const port = await freePort(Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  const db = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, databaseName: "policy_tracker", port, log });
  return { url: db.url, ownerUrl: db.ownerUrl, embedded: true, stop: db.stop };
}
