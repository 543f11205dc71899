import type { Tx } from "@/lib/db";
import type { ChangeKind } from "@/lib/generated/prisma/enums";
import type { JsonValue } from "./canonical-json";
import { GENESIS_HASH, hashChange } from "./hash-chain";

export type ChangeInput = {
  workspaceId: string;
  /** item:<id>, source:<id> or workspace:<id>: the chain the record extends. */
  chainKey: string;
  itemId?: string | null;
  sourceId?: string | null;
  actorId: string | null;
  type: string;
  changeKind?: ChangeKind;
  reason?: string;
  diff: { [key: string]: JsonValue };
  revertsId?: bigint | null;
  /** Defaults to now; pass the time the change's own rows were stamped with, so both agree. */
  recordedAt?: Date;
};

export const itemChain = (itemId: string) => `item:${itemId}`;
export const sourceChain = (sourceId: string) => `source:${sourceId}`;
export const workspaceChain = (workspaceId: string) => `workspace:${workspaceId}`;

/**
 * Takes the chain's transaction-scoped advisory lock: appends to the chain, and checks that must see every earlier
 * append (such as counting a workspace's owners), queue behind it until the holder commits or rolls back.
 */
export async function lockChain(tx: Tx, chainKey: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${chainKey}, 0))`;
}

/**
 * Appends a change record to its chain inside the caller's transaction, so the record and the change it describes
 * commit together or not at all. A transaction-scoped advisory lock orders concurrent appends to one chain.
 */
export async function appendChange(tx: Tx, input: ChangeInput) {
  await lockChain(tx, input.chainKey);
  const head = await tx.changeRecord.findFirst({
    where: { chainKey: input.chainKey },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const fields = {
    workspaceId: input.workspaceId,
    chainKey: input.chainKey,
    seq: (head?.seq ?? 0) + 1,
    itemId: input.itemId ?? null,
    sourceId: input.sourceId ?? null,
    actorId: input.actorId,
    recordedAt: input.recordedAt ?? new Date(),
    type: input.type,
    changeKind: input.changeKind ?? "policy_development",
    reason: input.reason ?? "",
    diff: input.diff,
    revertsId: input.revertsId ?? null,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  return tx.changeRecord.create({
    data: { ...fields, hash: hashChange(fields) },
  });
}
