// Writes a new migration from the change to prisma/schema.prisma: `npm run db:migration:create -- <name>`.
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { createMigration } from "../lib/db/migrate";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:create -- <name>   (lower-case letters, digits and underscores)");
  process.exit(2);
}
// The engine wants a connection even for a schema-to-schema diff; a throwaway cluster keeps the dev database untouched.
const scratch = await startEmbeddedPostgres({ dataDir: ".data/scratch-postgres", databaseName: "scratch", fresh: true });
try {
  const folder = await createMigration(scratch.url, name);
  console.log(
    folder
      ? `Wrote ${folder}/migration.sql. Review it, add any hand-written SQL, then run npm run db:migrate.`
      : "The schema has not changed since the newest migration: nothing to write.",
  );
} finally {
  await scratch.stop();
}
