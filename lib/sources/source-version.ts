import type { Tx } from "@/lib/db";

/**
 * Bumps a source's version in the caller's transaction (locking its row until commit) and returns the change for the
 * diff. Every record on a source's history chain claims one, so the version is the chain's length (history:verify).
 */
export async function claimSourceVersion(tx: Tx, sourceId: string): Promise<{ before: number; after: number }> {
  const [row] = await tx.$queryRaw<{ version: number }[]>`UPDATE "Source" SET version = version + 1 WHERE id = ${sourceId}::uuid RETURNING version`;
  const after = (row as { version: number }).version;
  return { before: after - 1, after };
}
