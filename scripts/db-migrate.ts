// Applies pending migrations to DATABASE_URL (or the embedded database when it is unset), offline.
import "./load-env";
import { openDatabase } from "../lib/db/open-database";
import { applyMigrations } from "../lib/db/migrate";

const db = await openDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied ${applied.join(", ")}` : "No pending migrations.");
} finally {
  await db.stop();
}
