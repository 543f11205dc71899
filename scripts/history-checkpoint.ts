// `npm run history:checkpoint`: writes the head of every history chain, signed with the checkpoint key (kept outside the
// database), to a file in CHECKPOINT_DIR and to the HistoryCheckpoint table. Works beside a running `npm run dev`.
import "./load-env";
import { openDatabase } from "../lib/db/open-database";

const database = await openDatabase();
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= "unused-by-this-command-0000000000";
const { disconnectDatabase } = await import("../lib/db");
const { takeCheckpoint } = await import("../lib/history/take-checkpoint");

let code = 0;
try {
  const { checkpoint, file, chains } = await takeCheckpoint();
  console.log(`Checkpoint ${checkpoint.digest} of ${chains} chains in ${checkpoint.workspaces.length} workspaces, signed with key ${checkpoint.keyId}: ${file}`);
  console.log("Keep a copy of this file (and the signing key) outside the database server: verification compares the history with it.");
} catch (error) {
  console.error(`history:checkpoint could not run: ${error instanceof Error ? error.message : String(error)}`);
  code = 2;
} finally {
  await disconnectDatabase();
  await database.stop();
}
process.exit(code);
