import { Client } from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { OWNER_ROLE } from "@/lib/db/roles";
import { unique } from "./factories";

export type ScratchDatabase = {
  name: string;
  /** As the app's role, the owner and a superuser: the same roles and passwords as the test run's own database. */
  url: string;
  ownerUrl: string;
  superuserUrl: string;
  drop: () => Promise<void>;
};

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the integration tests with npm run test:integration`);
  return value;
};

const inDatabase = (url: string, name: string) => {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
};

async function asSuperuser(statement: string): Promise<void> {
  const client = new Client({ connectionString: env("DATABASE_SUPERUSER_URL") });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own on the test run's server, for tests that must damage what they test (a superuser tampering with
 * the history): migrated, or copied from `template` (another scratch database nobody is connected to).
 */
export async function scratchDatabase(template?: string): Promise<ScratchDatabase> {
  const name = unique("scratch").replaceAll("-", "_");
  await asSuperuser(`CREATE DATABASE "${name}" OWNER ${OWNER_ROLE}${template ? ` TEMPLATE "${template}"` : ""}`);
  const db = {
    name,
    url: inDatabase(env("DATABASE_URL"), name),
    ownerUrl: inDatabase(env("DATABASE_OWNER_URL"), name),
    superuserUrl: inDatabase(env("DATABASE_SUPERUSER_URL"), name),
    drop: () => asSuperuser(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
  if (!template) await applyMigrations(db.ownerUrl);
  return db;
}
