import { readRows, type RowReader } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Checkpoint } from "./checkpoint";
import { checkChain, type StoredChange } from "./hash-chain";

export type Finding = { workspaceId: string | null; chainKey: string | null; recordId: string | null; problem: string };

export type VerifyReport = {
  chains: number;
  records: number;
  /** Records sealed before the database hashed them (hashVersion 1). */
  legacyRecords: number;
  /** Chains the checkpoint named, when one was given. */
  checkpointChains: number | null;
  findings: Finding[];
};

type Row = Omit<StoredChange, "id" | "revertsId"> & { id: string; revertsId: string | null };

/** What we learn of a chain while walking it. */
type ChainSummary = { workspaceId: string; count: number; headSeq: number; headHash: string; hashes: Map<number, string>; legacyUnversioned: number };

const BATCH = 5000;
const { sql } = Prisma;

/**
 * Checks the whole history (docs/decisions/004, 011) and reports every problem, not the first:
 * - every record of every chain: its sequence number, its link to the record before and its hash, recomputed here from
 *   the stored fields (the database's own hash function is not trusted);
 * - every item, source, workspace and comment has a chain as long as its version says (a deleted last record, a deleted chain or
 *   an emptied table shows here even without a checkpoint), and no chain belongs to nothing;
 * - given a signed checkpoint, every chain it saw still exists, holds at least as many records, and still has the same
 *   hash at the head it saw: a rewrite that recomputed every later hash shows here.
 */
export async function verifyHistory(checkpoint: Checkpoint | null, read: RowReader = readRows): Promise<VerifyReport> {
  const findings: Finding[] = [];
  const chains = new Map<string, ChainSummary>();
  const wanted = new Map<string, Set<number>>();
  for (const section of checkpoint?.workspaces ?? []) {
    for (const [chainKey, seq] of section.chains) wanted.set(chainKey, new Set([seq]));
  }
  let records = 0;
  let legacyRecords = 0;
  let current: StoredChange[] = [];

  const closeChain = () => {
    const first = current[0];
    if (!first) return;
    for (const f of checkChain(current)) findings.push({ workspaceId: first.workspaceId, chainKey: f.chainKey, recordId: f.id?.toString() ?? null, problem: f.problem });
    const workspaces = new Set(current.map((r) => r.workspaceId));
    if (workspaces.size > 1) findings.push({ workspaceId: first.workspaceId, chainKey: first.chainKey, recordId: null, problem: "its records name more than one workspace" });
    const last = current[current.length - 1] as StoredChange;
    const keep = wanted.get(first.chainKey);
    chains.set(first.chainKey, {
      workspaceId: first.workspaceId,
      count: current.length,
      headSeq: last.seq,
      headHash: last.hash,
      hashes: new Map(current.filter((r) => keep?.has(r.seq)).map((r) => [r.seq, r.hash])),
      // Before the database sealed records, flagging a disagreement on an item or source did not claim a version.
      legacyUnversioned: current.filter((r) => r.hashVersion === 1 && r.type.startsWith("discrepancy.")).length,
    });
    current = [];
  };

  let after: { chainKey: string; seq: number } | null = null;
  for (;;) {
    const batch: Row[] = await read<Row>(sql`
      SELECT id::text, "workspaceId", "chainKey", seq, "itemId", "sourceId", "actorId", "recordedAt", type, "changeKind"::text AS "changeKind",
             reason, diff::text AS "diffText", "revertsId"::text, "prevHash", hash, "hashVersion"
      FROM "ChangeRecord"
      ${after ? sql`WHERE ("chainKey", seq) > (${after.chainKey}, ${after.seq})` : Prisma.empty}
      ORDER BY "chainKey", seq LIMIT ${BATCH}`);
    for (const row of batch) {
      if (current.length > 0 && current[0]?.chainKey !== row.chainKey) closeChain();
      current.push({ ...row, id: BigInt(row.id), revertsId: row.revertsId === null ? null : BigInt(row.revertsId) });
      records += 1;
      if (row.hashVersion === 1) legacyRecords += 1;
    }
    const last = batch[batch.length - 1];
    if (batch.length < BATCH || !last) break;
    after = { chainKey: last.chainKey, seq: last.seq };
  }
  closeChain();

  const entities = await read<{ chainKey: string; workspaceId: string; version: number; what: string }>(sql`
    SELECT 'item:' || id AS "chainKey", "workspaceId", version, 'item' AS what FROM "TrackedItem"
    UNION ALL SELECT 'source:' || id, "workspaceId", version, 'source' FROM "Source"
    UNION ALL SELECT 'workspace:' || id, id, version, 'workspace' FROM "Workspace"
    UNION ALL SELECT 'comment:' || id, "workspaceId", version, 'comment' FROM "Comment"`);
  const owned = new Set<string>();
  for (const entity of entities) {
    owned.add(entity.chainKey);
    const chain = chains.get(entity.chainKey);
    const at = { workspaceId: entity.workspaceId, chainKey: entity.chainKey, recordId: null };
    if (!chain) {
      findings.push({ ...at, problem: `the ${entity.what} has no history chain (version ${entity.version})` });
    } else if (chain.count - chain.legacyUnversioned !== entity.version) {
      findings.push({ ...at, problem: `the ${entity.what} is at version ${entity.version} but its chain holds ${chain.count} records` });
    }
  }
  for (const [chainKey, chain] of chains) {
    if (!owned.has(chainKey)) findings.push({ workspaceId: chain.workspaceId, chainKey, recordId: null, problem: "the chain belongs to no item, source, workspace or comment" });
  }

  for (const section of checkpoint?.workspaces ?? []) {
    for (const [chainKey, seq, count, hash] of section.chains) {
      const at = { workspaceId: section.workspaceId, chainKey, recordId: null };
      const chain = chains.get(chainKey);
      if (!chain) findings.push({ ...at, problem: `the checkpoint saw ${count} records in this chain; none are left` });
      else if (!chain.hashes.has(seq)) findings.push({ ...at, problem: `the checkpoint saw records up to #${seq}; the chain now ends at #${chain.headSeq}` });
      else if (chain.hashes.get(seq) !== hash) findings.push({ ...at, problem: `record #${seq} is not the record the checkpoint saw (its hash differs): the chain was rewritten` });
      else if (chain.count < count) findings.push({ ...at, problem: `the checkpoint saw ${count} records; the chain now holds ${chain.count}` });
    }
  }

  return {
    chains: chains.size,
    records,
    legacyRecords,
    checkpointChains: checkpoint ? checkpoint.workspaces.reduce((n, w) => n + w.chains.length, 0) : null,
    findings,
  };
}

/** The head of every chain, read in one snapshot, for a checkpoint. */
export async function chainHeads(read: RowReader = readRows): Promise<{ workspaceId: string; head: [string, number, number, string] }[]> {
  const rows = await read<{ workspaceId: string; chainKey: string; seq: number; count: number; hash: string }>(sql`
    SELECT h."workspaceId", h."chainKey", h.seq, c.count, h.hash
    FROM (SELECT DISTINCT ON ("chainKey") "chainKey", "workspaceId", seq, hash FROM "ChangeRecord" ORDER BY "chainKey", seq DESC) h
    JOIN (SELECT "chainKey", count(*)::int AS count FROM "ChangeRecord" GROUP BY "chainKey") c ON c."chainKey" = h."chainKey"`);
  return rows.map((r) => ({ workspaceId: r.workspaceId, head: [r.chainKey, r.seq, r.count, r.hash] }));
}
