import type postgres from "postgres";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllowed, type Action } from "@/lib/authz";
import { db } from "@/lib/db";
import { fromDatabaseError } from "@/lib/db/database-error";
import { guardedWrite } from "@/lib/db/sql-pool";
import { DomainError } from "@/lib/errors";
import type { ChangeKind, DatePrecision, ItemKind, RelationType } from "@/lib/generated/prisma/enums";
import type { ChangeType } from "@/lib/history/change-types";
import { backdatedRecordTime } from "@/lib/history/record-time";
import type { WorkspaceAccess } from "@/lib/workspaces/authorize";
import { peopleByIds } from "@/lib/workspaces/people";
import type { ItemFields } from "./item-input";
import type { ResolvedCitation } from "./resolve-citations";

/** The item version an edit was made against. The column is a 32-bit int, so a larger number is bad input. */
export const ZExpectedVersion = z.number().int().positive().max(2_147_483_647);

type PartialDateArg = { date: string; precision: DatePrecision; key: string };

/** What each kind of item write sends to the database, beside the item, the version and the reason. */
type ItemWriteArgs = {
  "item.created": { kind: ItemKind; title: string; summary: string; implementingJurisdictions: string[]; affectedJurisdictions: string[]; tags: string[] };
  "item.updated": { fields: Partial<ItemFields> };
  "item.archived": Record<string, never>;
  "item.restored": Record<string, never>;
  "status.recorded": {
    status: string;
    /** The kinds of item the status belongs to, and for each kind the message naming its statuses. */
    kinds: ItemKind[];
    statusHints: Record<string, string>;
    effectiveOn: PartialDateArg;
    announcedOn: PartialDateArg | null;
    note: string;
    citations: ResolvedCitation[];
    correctsEventId: string | null;
  };
  "status.retracted": { statusEventId: string; correctsEventId: string | null };
  "citation.added": { statusEventId: string; citation: ResolvedCitation };
  "relation.added": { type: RelationType; toItemId: string; note: string };
  "relation.removed": { relationId: string };
  "discrepancy.flagged": { citationAId: string | null; citationBId: string | null; sourceAId: string | null; sourceBId: string | null; note: string };
  "discrepancy.resolved": { discrepancyId: string };
};

export type ItemWriteType = keyof ItemWriteArgs & ChangeType;

export type ItemWrite<T extends ItemWriteType = ItemWriteType> = {
  type: T;
  args: ItemWriteArgs[T];
  /** Absent only for item.created. */
  itemId?: string;
  expectedVersion?: number;
  reason?: string;
  changeKind?: ChangeKind;
  revertsId?: bigint | null;
};

export type ItemWriteResult = {
  itemId: string;
  version: number;
  changeId: bigint;
  recordedAt: Date;
  eventId?: string;
  citationId?: string;
  relationId?: string;
  id?: string;
};

export type FunctionResult = Omit<ItemWriteResult, "changeId" | "recordedAt"> & { changeId: string; recordedAt: string; conflict?: true };

/**
 * Every item write, as one statement: pt_item_write checks the actor's role again, locks the item, claims the version
 * the edit was made against, validates against the locked row, computes the diff from it, appends the change record
 * and applies the change (docs/decisions/010). A stale version is refused with the teammate's changes, for the
 * conflict view. `action` names the policy the caller authorized (item.write, or source.write for discrepancies).
 */
export async function writeItem<T extends ItemWriteType>(actor: Actor, access: WorkspaceAccess, write: ItemWrite<T>, action: Action = "item.write"): Promise<ItemWriteResult> {
  let result: FunctionResult;
  try {
    result = await guardedWrite((sql) => callItemWrite(sql, actor, access, write, action));
  } catch (error) {
    throw fromDatabaseError(error);
  }
  if (result.conflict) throw await versionConflict(write.itemId as string, write.expectedVersion as number);
  return { ...result, changeId: BigInt(result.changeId), recordedAt: new Date(result.recordedAt) };
}

/**
 * The conflict an edit against an old version gets: the item as it is now and the changes made since the version the
 * edit was based on, for the conflict view (see version-conflict.ts).
 */
async function versionConflict(itemId: string, expectedVersion: number): Promise<DomainError> {
  const item = await db.trackedItem.findUnique({
    where: { id: itemId },
    select: { version: true, title: true, summary: true, implementingJurisdictions: true, affectedJurisdictions: true, tags: true, archivedAt: true },
  });
  const theirs = await db.changeRecord.findMany({
    where: { itemId, diff: { path: ["version", "after"], gt: expectedVersion } },
    orderBy: { id: "asc" },
    select: { id: true, type: true, reason: true, recordedAt: true, diff: true, actorId: true },
  });
  const nameOf = await peopleByIds(theirs.map((c) => c.actorId));
  return new DomainError("conflict", "Someone else changed this item since you opened it. Review their change, then re-apply or discard yours.", {
    current: {
      item,
      theirChanges: theirs.map((c) => ({
        id: c.id.toString(),
        type: c.type,
        reason: c.reason,
        recordedAt: c.recordedAt.toISOString(),
        diff: c.diff,
        actor: c.actorId ? (nameOf.get(c.actorId) ?? "Unknown") : "System",
      })),
    },
  });
}

/** What pt_item_write takes: the write, with who makes it and the roles the policy allows for it. */
function payload<T extends ItemWriteType>(actor: Actor, access: WorkspaceAccess, write: ItemWrite<T>, action: Action) {
  return {
    ...write,
    revertsId: write.revertsId?.toString() ?? null,
    workspaceId: access.workspaceId,
    actorId: actor.userId,
    roles: rolesAllowed(action),
    backdate: backdatedRecordTime(),
  };
}

/** The pt_item_write call itself, on a given connection. Resolves to the function's result (a conflict included). */
async function callItemWrite<T extends ItemWriteType>(sql: postgres.Sql, actor: Actor, access: WorkspaceAccess, write: ItemWrite<T>, action: Action): Promise<FunctionResult> {
  const [row] = await sql<{ result: FunctionResult }[]>`SELECT pt_item_write(${sql.json(payload(actor, access, write, action) as postgres.JSONValue)}) AS result`;
  return (row as { result: FunctionResult }).result;
}

/**
 * Many item writes in one statement, in order, inside the caller's transaction (an import's: lib/imports/apply-items.ts):
 * pt_item_writes calls pt_item_write for each, so each is checked and recorded exactly as on its own. One statement
 * for a thousand writes, rather than a thousand, is what makes an import of 10,000 rows take seconds.
 */
export async function callItemWrites(sql: postgres.TransactionSql, actor: Actor, access: WorkspaceAccess, writes: ItemWrite<ItemWriteType>[]): Promise<FunctionResult[]> {
  if (writes.length === 0) return [];
  const payloads = writes.map((write) => payload(actor, access, write, "item.write"));
  const rows = await sql<{ result: FunctionResult }[]>`SELECT result FROM pt_item_writes(${sql.json(payloads as postgres.JSONValue)}) AS result`;
  return rows.map((row) => row.result);
}

/** A new item with its statuses, for pt_items_create. */
export type NewItemWrite = { args: ItemWriteArgs["item.created"] & { externalId: string }; statuses: ItemWriteArgs["status.recorded"][] };

/**
 * Many new items with their statuses, set-based, inside the caller's transaction (an import's): pt_items_create writes
 * for each exactly what an item.created write followed by one status.recorded write per status would (the same change
 * records on the item's chain, sealed by the same trigger), in a handful of statements rather than one function call
 * per write (docs/decisions/023).
 */
export async function callItemsCreate(sql: postgres.TransactionSql, actor: Actor, access: WorkspaceAccess, items: NewItemWrite[], reason: string): Promise<number> {
  if (items.length === 0) return 0;
  const payload = { workspaceId: access.workspaceId, actorId: actor.userId, roles: rolesAllowed("item.write"), backdate: backdatedRecordTime(), reason, items };
  const [row] = await sql<{ created: number }[]>`SELECT pt_items_create(${sql.json(payload as unknown as postgres.JSONValue)}) AS created`;
  return (row as { created: number }).created;
}
