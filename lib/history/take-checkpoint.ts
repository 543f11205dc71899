import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { signCheckpoint, signingKey, writeCheckpointFile, type Checkpoint } from "./checkpoint";
import { chainHeads } from "./verify-history";

export type TakenCheckpoint = { checkpoint: Checkpoint; file: string; chains: number };

// The transaction-scoped advisory lock instances taking a scheduled checkpoint queue on: an arbitrary constant.
const CHECKPOINT_LOCK = 7_460_203_119;

/**
 * Signs the head of every history chain with the key kept outside the database and writes it to a file in
 * CHECKPOINT_DIR and to the HistoryCheckpoint table (docs/decisions/011). `npm run history:checkpoint` takes one on
 * demand; the app takes them on a schedule (takeScheduledCheckpoint).
 */
export async function takeCheckpoint(tx: Prisma.TransactionClient = db): Promise<TakenCheckpoint> {
  const checkpoint = signCheckpoint(await chainHeads(), await signingKey());
  const file = await writeCheckpointFile(checkpoint);
  await tx.historyCheckpoint.create({ data: { digest: checkpoint.digest, keyId: checkpoint.keyId, document: checkpoint } });
  return { checkpoint, file, chains: checkpoint.workspaces.reduce((n, w) => n + w.chains.length, 0) };
}

/**
 * A checkpoint when the newest one is at least `everyMs` old, taken by one instance at a time: each instance's timer
 * calls this, the first to take the lock finds the newest checkpoint's age (by the database's clock) and takes one if
 * it is due; the others find the lock taken, or the checkpoint just made. So several instances make one checkpoint
 * per period between them. Null when none was due.
 */
export async function takeScheduledCheckpoint(everyMs: number): Promise<TakenCheckpoint | null> {
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${CHECKPOINT_LOCK}::int8) AS locked`;
      if (!lock?.locked) return null;
      const [newest] = await tx.$queryRaw<{ ageMs: number | null }[]>`
        SELECT (extract(epoch FROM now() - max("createdAt")) * 1000)::float8 AS "ageMs" FROM "HistoryCheckpoint"`;
      if (newest?.ageMs !== null && newest?.ageMs !== undefined && newest.ageMs < everyMs) return null;
      return takeCheckpoint(tx);
    },
    { timeout: 60_000 },
  );
}
