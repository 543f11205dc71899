import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { Client } from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";
import { provisionRoles } from "./roles";

/** A migrated database for one test run: the app's role, the owner's, and a superuser's (tests play attackers). */
export type TestDatabase = { url: string; ownerUrl: string; superuserUrl: string; drop: () => Promise<void> };

/**
 * A new, migrated database for one test run. With DATABASE_URL set, a fresh database is created on that server (its
 * role must be a superuser, to create the owner and app roles) and dropped afterwards; otherwise a throwaway embedded
 * cluster is started and deleted.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `policy_tracker_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const admin = new Client({ connectionString: configured });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const password = randomBytes(18).toString("base64url");
    const { ownerUrl, appUrl } = await provisionRoles(configured, name, { owner: password, app: password });
    await applyMigrations(ownerUrl);
    const superuser = new URL(configured);
    superuser.pathname = `/${name}`;
    return {
      url: appUrl,
      ownerUrl,
      superuserUrl: superuser.toString(),
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
  await applyMigrations(cluster.ownerUrl);
  return {
    url: cluster.url,
    ownerUrl: cluster.ownerUrl,
    superuserUrl: cluster.superuserUrl,
    drop: async () => {
      await cluster.stop();
      await rm(dataDir, { recursive: true, force: true });
      await rm(`${dataDir}.secrets.json`, { force: true });
    },
  };
}
