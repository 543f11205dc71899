// `npm run history:verify`: checks every change-record hash chain; exits 1 naming the first broken record.
import "./load-env";
import { openDatabase } from "../lib/db/open-database";

const database = await openDatabase();
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= "unused-by-this-command-0000000000";
const { db, disconnectDatabase } = await import("../lib/db");
const { verifyChains } = await import("../lib/history/verify-chains");
let code = 0;
try {
  const result = await verifyChains(db);
  if (result.firstBreak) {
    const b = result.firstBreak;
    console.error(`BROKEN: change record ${b.id} (chain ${b.chainKey}, #${b.seq}): ${b.problem}.`);
    code = 1;
  } else {
    console.log(`OK: ${result.records} change records in ${result.chains} chains verified.`);
  }
} finally {
  await disconnectDatabase();
  await database.stop();
}
process.exit(code);
