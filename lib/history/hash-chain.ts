import { createHash } from "node:crypto";
import { canonicalJson, type JsonValue } from "./canonical-json";

export const GENESIS_HASH = "0".repeat(64);

/** The fields of a change record that its hash covers: everything but its own hash and database id. */
export type HashedFields = {
  workspaceId: string;
  chainKey: string;
  seq: number;
  itemId: string | null;
  sourceId: string | null;
  actorId: string | null;
  recordedAt: Date;
  type: string;
  changeKind: string;
  reason: string;
  diff: JsonValue;
  revertsId: bigint | null;
  prevHash: string;
};

export function hashChange(fields: HashedFields): string {
  const payload: JsonValue = {
    workspaceId: fields.workspaceId,
    chainKey: fields.chainKey,
    seq: fields.seq,
    itemId: fields.itemId,
    sourceId: fields.sourceId,
    actorId: fields.actorId,
    recordedAt: fields.recordedAt.toISOString(),
    type: fields.type,
    changeKind: fields.changeKind,
    reason: fields.reason,
    diff: fields.diff,
    revertsId: fields.revertsId === null ? null : fields.revertsId.toString(),
    prevHash: fields.prevHash,
  };
  return createHash("sha256").update(canonicalJson(payload)).digest("hex");
}

export type ChainLink = HashedFields & { id: bigint; hash: string };

export type ChainBreak = { id: bigint; chainKey: string; seq: number; problem: string };

/** Checks one chain, given in seq order; returns the first record that does not follow from its predecessor. */
export function findChainBreak(links: ChainLink[]): ChainBreak | null {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const link of links) {
    const at = { id: link.id, chainKey: link.chainKey, seq: link.seq };
    if (link.seq !== expectedSeq) return { ...at, problem: `sequence number ${link.seq}, expected ${expectedSeq}` };
    if (link.prevHash !== expectedPrev) return { ...at, problem: "its previous-hash does not match the record before it" };
    if (hashChange(link) !== link.hash) return { ...at, problem: "its contents do not match its hash" };
    expectedPrev = link.hash;
    expectedSeq += 1;
  }
  return null;
}
