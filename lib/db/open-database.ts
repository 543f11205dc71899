import path from "node:path";
import { commandEnv } from "@/lib/env";
import type { EmbeddedCluster } from "./embedded-postgres";

/**
 * The database a command works on: `url` is the app's role (what the running app and read-only commands use),
 * `ownerUrl` the role that owns the tables (migrations, the demo seed, backups); `cluster` the embedded server when
 * this process started it (`npm run dev` supervises it).
 */
export type OpenDatabase = { url: string; ownerUrl: string; superuserUrl?: string; embedded: boolean; cluster?: EmbeddedCluster; stop: () => Promise<void> };

/**
 * DATABASE_URL (and DATABASE_OWNER_URL for the owner, defaulting to the same) when set, with no PostgreSQL started;
 * otherwise the embedded cluster in <DATA_DIR>/postgres: the one `npm run dev` is running if it is, else started here
 * (and stopped by `stop`), created on first use.
 */
export async function openDatabase(options: { log?: (line: string) => void; supervised?: boolean } = {}): Promise<OpenDatabase> {
  const env = commandEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, ownerUrl: env.DATABASE_OWNER_URL ?? env.DATABASE_URL, embedded: false, stop: async () => {} };
  // Loaded only here: the container image runs with DATABASE_URL and carries no embedded PostgreSQL.
  const { freePort, startEmbeddedPostgres } = await import("./embedded-postgres");
  const port = await freePort(env.EMBEDDED_PG_PORT);
  const db = await startEmbeddedPostgres({ dataDir: path.join(env.DATA_DIR, "postgres"), databaseName: "policy_tracker", port, ...options });
  return { url: db.url, ownerUrl: db.ownerUrl, superuserUrl: db.superuserUrl, embedded: true, cluster: db.cluster.owned ? db.cluster : undefined, stop: db.stop };
}
