import type postgres from "postgres";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeKind } from "@/lib/generated/prisma/enums";
import type { JsonValue } from "./canonical-json";
import { CHANGE_DIFFS } from "./change-diffs";
import type { ChangeType } from "./change-types";
import { backdatedRecordTime } from "./record-time";

export type ChangeInput = {
  workspaceId: string;
  /** item:<id>, source:<id>, workspace:<id> or comment:<id>: the chain the record extends. */
  chainKey: string;
  itemId?: string | null;
  sourceId?: string | null;
  actorId: string | null;
  type: ChangeType;
  changeKind?: ChangeKind;
  reason?: string;
  diff: { [key: string]: JsonValue };
  revertsId?: bigint | null;
};

export type AppendedChange = { id: bigint; seq: number; recordedAt: Date };

export const itemChain = (itemId: string) => `item:${itemId}`;
export const sourceChain = (sourceId: string) => `source:${sourceId}`;
export const workspaceChain = (workspaceId: string) => `workspace:${workspaceId}`;
export const commentChain = (commentId: string) => `comment:${commentId}`;

/**
 * Takes the chain's transaction-scoped advisory lock: checks that must see every earlier change of the chain (such as
 * counting a workspace's owners) queue behind it until the holder commits or rolls back.
 */
export async function lockChain(tx: Tx, chainKey: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${chainKey}, 0))`;
}

/**
 * Appends a change record inside the caller's transaction, so the record and the change it describes commit together
 * or not at all. The database seals it (pt_seal_change): record time, sequence number, previous hash and hash are
 * its own, taken under the workspace's ordering lock. Item writes go through pt_item_write instead (writeItem).
 */
export async function appendChange(tx: Tx, input: ChangeInput): Promise<AppendedChange> {
  // The diff must have its type's shape: a mistake here would otherwise be sealed into the history for good.
  CHANGE_DIFFS[input.type].parse(input.diff);
  const at = backdatedRecordTime();
  if (at) await tx.$executeRaw`SELECT set_config('pt.backdate', ${at}, true)`;
  const [row] = await tx.$queryRaw<{ id: bigint; seq: number; recordedAt: Date }[]>(Prisma.sql`
    INSERT INTO "ChangeRecord" ("workspaceId", "chainKey", "itemId", "sourceId", "actorId", type, "changeKind", reason, diff, "revertsId")
    VALUES (${input.workspaceId}::uuid, ${input.chainKey}, ${input.itemId ?? null}::uuid, ${input.sourceId ?? null}::uuid,
            ${input.actorId}::uuid, ${input.type}, ${input.changeKind ?? "policy_development"}::"ChangeKind", ${input.reason ?? ""},
            ${JSON.stringify(input.diff)}::jsonb, ${input.revertsId ?? null}::int8)
    RETURNING id, seq, "recordedAt"`);
  return row as AppendedChange;
}

/**
 * The same, on a postgres.js transaction: an import writes its sources' and its own records in the transaction that
 * makes its item writes (lib/imports/apply-import.ts).
 */
export async function appendChangeSql(sql: postgres.TransactionSql, input: ChangeInput): Promise<AppendedChange> {
  CHANGE_DIFFS[input.type].parse(input.diff);
  const at = backdatedRecordTime();
  if (at) await sql`SELECT set_config('pt.backdate', ${at}, true)`;
  const [row] = await sql<{ id: string; seq: number; recordedAt: Date }[]>`
    INSERT INTO "ChangeRecord" ("workspaceId", "chainKey", "itemId", "sourceId", "actorId", type, "changeKind", reason, diff, "revertsId")
    VALUES (${input.workspaceId}::uuid, ${input.chainKey}, ${input.itemId ?? null}::uuid, ${input.sourceId ?? null}::uuid,
            ${input.actorId}::uuid, ${input.type}, ${input.changeKind ?? "policy_development"}::"ChangeKind", ${input.reason ?? ""},
            ${sql.json(input.diff as postgres.JSONValue)}, ${input.revertsId?.toString() ?? null}::int8)
    RETURNING id::text AS id, seq, "recordedAt"`;
  const appended = row as { id: string; seq: number; recordedAt: Date };
  return { ...appended, id: BigInt(appended.id) };
}

/** Many records in one statement (an import's sources), each sealed by the database as it is inserted, in order. */
export async function appendChangesSql(sql: postgres.TransactionSql, inputs: ChangeInput[]): Promise<void> {
  if (inputs.length === 0) return;
  for (const input of inputs) CHANGE_DIFFS[input.type].parse(input.diff);
  await sql`
    INSERT INTO "ChangeRecord" ("workspaceId", "chainKey", "itemId", "sourceId", "actorId", type, "changeKind", reason, diff)
    SELECT (r->>'workspaceId')::uuid, r->>'chainKey', (r->>'itemId')::uuid, (r->>'sourceId')::uuid, (r->>'actorId')::uuid, r->>'type',
           coalesce(r->>'changeKind', 'policy_development')::"ChangeKind", coalesce(r->>'reason', ''), r->'diff'
    FROM jsonb_array_elements(${sql.json(inputs as unknown as postgres.JSONValue)}) WITH ORDINALITY AS t(r, n) ORDER BY n`;
}

/**
 * A change on the workspace's own chain (membership, team views): bumps the workspace's version, which history:verify
 * checks against the chain's length, then appends.
 */
export async function appendWorkspaceChange(
  tx: Tx,
  workspaceId: string,
  actorId: string | null,
  type: ChangeType,
  diff: { [key: string]: JsonValue },
): Promise<AppendedChange> {
  await tx.$executeRaw`UPDATE "Workspace" SET version = version + 1 WHERE id = ${workspaceId}::uuid`;
  return appendChange(tx, { workspaceId, chainKey: workspaceChain(workspaceId), actorId, type, diff });
}
