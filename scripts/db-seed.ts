// `npm run db:seed`: creates the demo workspace and accounts on request, as the owner role (DATABASE_OWNER_URL, else
// DATABASE_URL, else the embedded database, the running one if `npm run dev` has it).
// The password is DEMO_PASSWORD, or generated and printed once.
import "./load-env";
import { openDatabase } from "../lib/db/open-database";
import { applyMigrations } from "../lib/db/migrate";

const database = await openDatabase();
try {
  await applyMigrations(database.ownerUrl);
  // As the owner: the demo's history is recorded at past times, which only the owner may do.
  process.env.DATABASE_URL = database.ownerUrl;
  process.env.NEXTAUTH_SECRET ??= "unused-by-this-command-0000000000";
  const { seedDemo, DEMO_ACCOUNTS } = await import("../prisma/seed/seed-demo");
  const result = await seedDemo({ password: process.env.DEMO_PASSWORD });
  const emails = DEMO_ACCOUNTS.map((a) => a.email).join(", ");
  console.log(result.created ? `Seeded the demo workspace. Sign in as ${emails} with password: ${result.password}` : "The demo workspace exists already: nothing to do.");
  const { disconnectDatabase } = await import("../lib/db");
  await disconnectDatabase();
} finally {
  await database.stop();
}
