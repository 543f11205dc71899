// `npm run db:backup`: writes one consistent copy of the database (the embedded one, the one `npm run dev` runs, or
// DATABASE_OWNER_URL's) into a new folder in BACKUP_DIR (default backups/), in the app's own format (lib/db/backup.ts):
// pg_dump refuses a server newer than itself, and the embedded PostgreSQL ships none.
import "./load-env";
import { writeBackup } from "../lib/db/backup";
import { openDatabase } from "../lib/db/open-database";
import { commandEnv } from "../lib/env";

const env = commandEnv();
const database = await openDatabase();
let code = 0;
try {
  const { folder, manifest } = await writeBackup(database.ownerUrl, env.BACKUP_DIR);
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Backup of ${rows} rows in ${manifest.tables.length} tables (PostgreSQL ${manifest.serverVersion}, migration ${manifest.migrations.at(-1)}): ${folder}`);
  console.log("Keep it with the newest checkpoint file and the checkpoint signing key, away from the database server.");
} catch (error) {
  console.error(`db:backup failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
