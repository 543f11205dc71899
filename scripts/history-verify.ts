// `npm run history:verify [-- --checkpoint <file> | --no-checkpoint]`: checks every history chain, every item, source
// and workspace against its chain, and (by default against the newest file in CHECKPOINT_DIR) a signed checkpoint.
// Prints every problem found and exits 1 if there is any. Works beside a running `npm run dev`.
import "./load-env";
import { parseArgs } from "node:util";
import { openDatabase } from "../lib/db/open-database";

const { values } = parseArgs({ options: { checkpoint: { type: "string" }, "no-checkpoint": { type: "boolean" } } });
const say = (line: string) => console.log(line);

const database = await openDatabase();
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= "unused-by-this-command-0000000000";
const { db, disconnectDatabase } = await import("../lib/db");
const { checkpointProblems, latestCheckpointFile, readCheckpointFile, trustedPublicKey } = await import("../lib/history/checkpoint");
const { verifyHistory } = await import("../lib/history/verify-history");

let code = 0;
try {
  const file = values["no-checkpoint"] ? null : (values.checkpoint ?? (await latestCheckpointFile()));
  const checkpoint = file ? await readCheckpointFile(file) : null;
  const startedAt = new Date();
  const problems = checkpoint ? checkpointProblems(checkpoint, await trustedPublicKey()) : [];
  const report = await verifyHistory(checkpoint);
  const findings = [...problems.map((problem) => ({ workspaceId: null, chainKey: null, recordId: null, problem })), ...report.findings];
  await db.integrityRun.create({
    data: {
      startedAt,
      records: report.records,
      chains: report.chains,
      checkpointDigest: checkpoint?.digest ?? null,
      ok: findings.length === 0,
      findings: findings.slice(0, 5000),
    },
  });
  const legacy = report.legacyRecords ? ` (${report.legacyRecords} sealed before the database hashed records)` : "";
  const against = checkpoint ? ` Checkpoint ${checkpoint.digest.slice(0, 16)}… of ${checkpoint.createdAt} (${file}): ${report.checkpointChains} chains compared.` : " No checkpoint given: run `npm run history:checkpoint` to anchor the history.";
  if (findings.length === 0) {
    say(`OK: ${report.records} change records in ${report.chains} chains verified${legacy}; every item, source and workspace matches its chain.${against}`);
  } else {
    for (const f of findings) {
      say(`BROKEN: ${[f.chainKey && `chain ${f.chainKey}`, f.recordId && `change record ${f.recordId}`].filter(Boolean).join(", ") || "checkpoint"}: ${f.problem}.`);
    }
    say(`${findings.length} problem${findings.length === 1 ? "" : "s"} in ${report.records} change records, ${report.chains} chains.${against}`);
    code = 1;
  }
} catch (error) {
  console.error(`history:verify could not run: ${error instanceof Error ? error.message : String(error)}`);
  code = 2;
} finally {
  await disconnectDatabase();
  await database.stop();
}
process.exit(code);
