// Applies pending migrations as the owner role (DATABASE_OWNER_URL, else DATABASE_URL, else the embedded database, the
// running one if `npm run dev` has it), offline, under a lock so instances starting together apply them once.
import "./load-env";
import { openDatabase } from "../lib/db/open-database";
import { applyMigrations } from "../lib/db/migrate";

const db = await openDatabase();
try {
  const applied = await applyMigrations(db.ownerUrl);
  console.log(applied.length ? `Applied ${applied.join(", ")}` : "No pending migrations.");
} finally {
  await db.stop();
}
