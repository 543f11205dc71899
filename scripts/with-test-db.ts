// Runs a command against a fresh, migrated database (and drops it afterwards): `tsx scripts/with-test-db.ts [--seed] cmd…`.
// The command gets DATABASE_URL (the app's role), DATABASE_OWNER_URL and, for tests that play an attacker with more
// power than the app, DATABASE_SUPERUSER_URL. --seed adds the demo workspace with DEMO_PASSWORD (default: a fixed test
// password), for the browser tests.
import { spawn } from "node:child_process";
import { createTestDatabase } from "../lib/db/test-database";

const args = process.argv.slice(2);
const seed = args[0] === "--seed";
const command = seed ? args.slice(1) : args;
if (command.length === 0) {
  console.error("Usage: tsx scripts/with-test-db.ts [--seed] <command> [args…]");
  process.exit(2);
}

const database = await createTestDatabase();
let code = 1;
try {
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-local-runs-only-0123456789";
  process.env.DEMO_PASSWORD ??= "demo-password-for-tests";
  if (seed) {
    // As the owner: the demo's history is recorded at past times, which only the owner may do.
    process.env.DATABASE_URL = database.ownerUrl;
    const { seedDemo } = await import("../prisma/seed/seed-demo");
    await seedDemo({ password: process.env.DEMO_PASSWORD });
    const { disconnectDatabase } = await import("../lib/db");
    await disconnectDatabase();
  }
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_OWNER_URL = database.ownerUrl;
  process.env.DATABASE_SUPERUSER_URL = database.superuserUrl;
  const child = spawn(command[0] as string, command.slice(1), { stdio: "inherit", env: process.env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  code = await new Promise<number>((resolve) => child.once("exit", (c) => resolve(c ?? 1)));
} finally {
  await database.drop();
}
process.exit(code);
