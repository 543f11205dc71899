// `npm run db:restore -- <backup folder>`: loads a backup made by `npm run db:backup` into an empty database
// (DATABASE_OWNER_URL's, or a new embedded one: `DATA_DIR=.data-restored npm run db:restore -- backups/…`), then runs
// history:verify against the newest checkpoint, so a restore that does not match the anchored history says so.
import "./load-env";
import { spawnSync } from "node:child_process";
import { restoreBackup } from "../lib/db/backup";
import { openDatabase } from "../lib/db/open-database";

const folder = process.argv[2];
if (!folder) {
  console.error("Usage: npm run db:restore -- <backup folder>");
  process.exit(2);
}

const database = await openDatabase();
let code = 0;
try {
  const manifest = await restoreBackup(database.ownerUrl, folder);
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Restored ${rows} rows in ${manifest.tables.length} tables from the backup of ${manifest.createdAt}. Verifying the history:`);
  const verify = spawnSync(process.execPath, ["--import", "tsx", "scripts/history-verify.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, DATABASE_OWNER_URL: database.ownerUrl },
  });
  code = verify.status ?? 1;
} catch (error) {
  console.error(`db:restore failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
