// `npm run history:checkpoint`: writes the head of every history chain, signed with the checkpoint key (kept outside the
// database), to a file in CHECKPOINT_DIR and to the HistoryCheckpoint table. Works beside a running `npm run dev`.
import "./load-env";
import { openDatabase } from "../lib/db/open-database";

const database = await openDatabase();
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= "unused-by-this-command-0000000000";
const { db, disconnectDatabase } = await import("../lib/db");
const { signCheckpoint, signingKey, writeCheckpointFile } = await import("../lib/history/checkpoint");
const { chainHeads } = await import("../lib/history/verify-history");

let code = 0;
try {
  const checkpoint = signCheckpoint(await chainHeads(), await signingKey());
  const file = await writeCheckpointFile(checkpoint);
  await db.historyCheckpoint.create({ data: { digest: checkpoint.digest, keyId: checkpoint.keyId, document: checkpoint } });
  const chains = checkpoint.workspaces.reduce((n, w) => n + w.chains.length, 0);
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
