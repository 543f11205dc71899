import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { JsonValue } from "./canonical-json";
import { findChainBreak, type ChainBreak, type ChainLink } from "./hash-chain";

export type VerifyResult = { chains: number; records: number; firstBreak: ChainBreak | null };

const BATCH = 5000;

/** Walks every chain in (chainKey, seq) order, in batches, and reports the first record that breaks its chain. */
export async function verifyChains(client: PrismaClient): Promise<VerifyResult> {
  let chains = 0;
  let records = 0;
  let current: ChainLink[] = [];
  let after: { chainKey: string; seq: number } | null = null;

  const finish = (): ChainBreak | null => {
    if (current.length === 0) return null;
    chains += 1;
    const broken = findChainBreak(current);
    current = [];
    return broken;
  };

  for (;;) {
    const batch: ChainLink[] = (
      await client.changeRecord.findMany({
        where: after ? { OR: [{ chainKey: { gt: after.chainKey } }, { chainKey: after.chainKey, seq: { gt: after.seq } }] } : {},
        orderBy: [{ chainKey: "asc" }, { seq: "asc" }],
        take: BATCH,
      })
    ).map((row) => ({ ...row, diff: row.diff as JsonValue }));
    for (const link of batch) {
      if (current.length > 0 && current[0]?.chainKey !== link.chainKey) {
        const broken = finish();
        if (broken) return { chains, records, firstBreak: broken };
      }
      current.push(link);
      records += 1;
    }
    if (batch.length < BATCH) break;
    const last = batch[batch.length - 1] as ChainLink;
    after = { chainKey: last.chainKey, seq: last.seq };
  }
  const lastBreak = finish();
  return { chains, records, firstBreak: lastBreak };
}
