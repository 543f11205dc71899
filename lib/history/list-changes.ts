import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { jsonInstant } from "@/lib/db/json-sql";
import { readRawRows, readRows } from "@/lib/db/read-sql";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeKind } from "@/lib/generated/prisma/enums";
import { ZDay } from "@/lib/tracking/partial-date-schema";
import { authorize } from "@/lib/workspaces/authorize";
import { CHANGE_GROUPS, CHANGE_TYPE_NAMES, changeTypeLabel, changeTypesOf, OTHER_CHANGE_LABEL, type ChangeGroup } from "./change-types";

/**
 * A change record's id: a positive PostgreSQL bigint, so an out-of-range id is bad input, not a database error; as text,
 * decimal digits only (BigInt also reads "0x10", "0o20" and "0b10000" as 16, which gave one change several names).
 */
export const ZChangeId = z
  .string("Not a change id")
  .regex(/^\d{1,19}$/, "Not a change id")
  .transform((id) => BigInt(id))
  .pipe(z.bigint().positive("Not a change id").max(9_223_372_036_854_775_807n, "Not a change id"));

export const ZChangeFilter = z.object({
  actorId: z.uuid().optional(),
  itemId: z.uuid().optional(),
  type: z.enum(Object.keys(CHANGE_GROUPS) as [ChangeGroup], "Unknown kind of change").optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
  /** The id of the last record of the previous page: records older than it come next. */
  before: ZChangeId.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export type ChangeFilter = z.input<typeof ZChangeFilter>;

/**
 * A change record as lists show it. Its ids stay the decimal text PostgreSQL sends (they are only shown, linked and sent
 * on as JSON strings): as bigints they would cost the JSON answer a replacer called for every value it holds.
 */
export type ListedChange = ChangeRow & { typeLabel: string };

type ChangeRow = {
  id: string;
  itemId: string | null;
  sourceId: string | null;
  actorId: string | null;
  recordedAt: Date;
  type: string;
  changeKind: ChangeKind;
  reason: string;
  diff: Prisma.JsonValue;
  revertsId: string | null;
  actorName: string;
  itemTitle: string | null;
  revertedById: string | null;
};

const { sql, join } = Prisma;

/**
 * Change records of the workspace, newest first, filtered and paginated by id (keyset). One query with the actor's
 * name, the item's title and the change that reverted each record, on the read path (an item's history is read often).
 */
export async function listChanges(actor: Actor, workspaceSlug: string, filter: ChangeFilter) {
  const { access, limit, query } = await changesQuery(actor, workspaceSlug, filter);
  const rows = await readRows<ChangeRow>(sql`SELECT ${CHANGE_COLUMNS(sql`r."recordedAt"`)} ${query}`);
  const changes = rows.slice(0, limit).map(listedChange);
  return { access, changes, nextBefore: rows.length > limit ? changes[changes.length - 1]?.id : undefined };
}

/**
 * The same for the API: each record as the JSON text PostgreSQL wrote (as JSON.stringify would write listChanges'
 * record), as UTF-8 bytes, to send as it is (docs/decisions/030).
 */
export async function listChangesJson(actor: Actor, workspaceSlug: string, filter: ChangeFilter) {
  const { access, limit, query } = await changesQuery(actor, workspaceSlug, filter);
  const rows = await readRawRows(sql`
    SELECT r.id::text AS id,
      (SELECT row_to_json(j) FROM (SELECT ${CHANGE_COLUMNS(jsonInstant(sql`r."recordedAt"`))}, COALESCE((SELECT ${TYPE_LABELS}::text::jsonb) ->> r.type, ${OTHER_CHANGE_LABEL}) AS "typeLabel") j)::text AS json
    ${query}`);
  const changes = rows.slice(0, limit);
  const last = changes[changes.length - 1];
  return { access, changes: changes.map(([, json]) => json as Buffer), nextBefore: rows.length > limit && last ? String(last[0]) : undefined };
}

/**
 * One item's change records for the API, as listChangesJson filters them, or "not found" for an item the workspace does
 * not hold, as the item itself answers (an empty list said nothing of a mistyped id). Only an empty page is checked:
 * every item has its creation's record, so a page with records names an item of the workspace.
 */
export async function listItemChangesJson(actor: Actor, workspaceSlug: string, itemId: string, filter: Omit<ChangeFilter, "itemId">) {
  const page = await listChangesJson(actor, workspaceSlug, { ...filter, itemId });
  if (page.changes.length === 0) {
    const [item] = await readRows<{ id: string }>(sql`SELECT id FROM "TrackedItem" WHERE id = ${itemId}::uuid AND "workspaceId" = ${page.access.workspaceId}::uuid`);
    if (!item) throw notFound("Item");
  }
  return page;
}

/** The labels of the stored types, for the SQL that writes them (read once per query). */
const TYPE_LABELS = JSON.stringify(Object.fromEntries(CHANGE_TYPE_NAMES.map((type) => [type, changeTypeLabel(type)])));

/** A change record's columns, in ListedChange's order, with its record time as given (revertsId is unique: one revert at most). */
const CHANGE_COLUMNS = (recordedAt: Prisma.Sql) => sql`
  r.id::text AS id, r."itemId", r."sourceId", r."actorId", ${recordedAt} AS "recordedAt", r.type, r."changeKind"::text AS "changeKind",
  r.reason, r.diff, r."revertsId"::text AS "revertsId",
  CASE WHEN r."actorId" IS NULL THEN 'System' ELSE COALESCE(u.name, 'Unknown') END AS "actorName",
  i.title AS "itemTitle",
  (SELECT v.id::text FROM "ChangeRecord" v WHERE v."revertsId" = r.id) AS "revertedById"`;

/** The filter's page of records: FROM, WHERE, ORDER BY and LIMIT (one more than the page, to know whether another follows). */
async function changesQuery(actor: Actor, workspaceSlug: string, filter: ChangeFilter) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const f = ZChangeFilter.parse(filter);
  const where = [sql`r."workspaceId" = ${access.workspaceId}::uuid`];
  if (f.actorId) where.push(sql`r."actorId" = ${f.actorId}::uuid`);
  if (f.itemId) where.push(sql`r."itemId" = ${f.itemId}::uuid`);
  if (f.type) where.push(sql`r.type = ANY(${changeTypesOf(f.type)}::text[])`);
  if (f.from) where.push(sql`r."recordedAt" >= ${f.from}`);
  if (f.to) where.push(sql`r."recordedAt" < ${new Date(f.to.getTime() + 86_400_000)}`);
  if (f.before !== undefined) where.push(sql`r.id < ${f.before.toString()}::int8`);
  const query = sql`
    FROM "ChangeRecord" r LEFT JOIN "User" u ON u.id = r."actorId" LEFT JOIN "TrackedItem" i ON i.id = r."itemId"
    WHERE ${join(where, " AND ")}
    ORDER BY r.id DESC LIMIT ${f.limit + 1}`;
  return { access, limit: f.limit, query };
}

// Fields named one by one, in the SQL's order: rest and spread over the driver's rows are slow on this hot path.
function listedChange(r: ChangeRow): ListedChange {
  return {
    id: r.id,
    itemId: r.itemId,
    sourceId: r.sourceId,
    actorId: r.actorId,
    recordedAt: r.recordedAt,
    type: r.type,
    changeKind: r.changeKind,
    reason: r.reason,
    diff: r.diff,
    revertsId: r.revertsId,
    actorName: r.actorName,
    itemTitle: r.itemTitle,
    revertedById: r.revertedById,
    typeLabel: changeTypeLabel(r.type),
  };
}
