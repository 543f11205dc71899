import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

export type TestDatabase = { url: string; drop: () => Promise<void> };

/**
 * A new, migrated database for one test run. With DATABASE_URL set, a fresh database is created on that server (the
 * role needs CREATEDB) and dropped afterwards; otherwise a throwaway embedded cluster is started and deleted.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `policy_tracker_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const admin = new Client({ connectionString: configured });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(configured);
    url.pathname = `/${name}`;
    await applyMigrations(url.toString());
    return {
      url: url.toString(),
      drop: async () => {
        const client = new Client({ connectionString: configured });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dataDir = `.data/test-postgres-${process.pid}`;
  const cluster = await startEmbeddedPostgres({ dataDir, databaseName: name, fresh: true });
  await applyMigrations(cluster.url);
  return {
    url: cluster.url,
    drop: async () => {
      await cluster.stop();
      const { rm } = await import("node:fs/promises");
      await rm(dataDir, { recursive: true, force: true });
      await rm(`${dataDir}.password`, { force: true });
    },
  };
}
