import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-sql";
import { invalid } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, ItemKind } from "@/lib/generated/prisma/enums";
import { defaultDirection, requireTrackerQuery, type TrackerQuery, type TrackerQueryInput } from "@/lib/views/tracker-query";
import { authorize } from "@/lib/workspaces/authorize";

export type TrackerRow = {
  id: string;
  kind: ItemKind;
  title: string;
  implementingJurisdictions: string[];
  affectedJurisdictions: string[];
  tags: string[];
  status: string | null;
  effectiveOn: Date | null;
  precision: DatePrecision | null;
  needsSource: boolean;
  hasDiscrepancy: boolean;
  changedAt: Date;
  changedById: string | null;
  /** Who made the last change, by name (null for a system change). */
  changedBy: string | null;
  /** The row's group (its kind, status or implementing jurisdictions) when the query groups rows. */
  groupKey?: string;
};

type SortedRow = TrackerRow & { sortTitle: string; sortChanged: Date };

const { sql, join, empty } = Prisma;

/**
 * The keys pages are ordered by: the item's own title and last-change time, which indexes hold in order, so a page is
 * read without computing every item's as-of state first. (In an "as recorded on" view an item renamed since is placed
 * by its present title.)
 */
const SORT_COLUMNS = sql`i.title AS "sortTitle", i."updatedAt" AS "sortChanged"`;

/**
 * The tracker: items with their status, filtered, sorted and paginated (keyset). With `validOn` the status is the one in
 * force on that day; with `recordedAt` everything (fields, statuses, flags) is as the team had recorded it then.
 */
export async function queryTracker(actor: Actor, workspaceSlug: string, input: TrackerQueryInput) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const query = requireTrackerQuery(input);
  return { access, query, ...(await trackerPage(access.workspaceId, query)) };
}

/**
 * One page of a workspace's tracker for a parsed query. The caller has established the right to read it: membership
 * (queryTracker, exports) or a share link's token.
 */
export async function trackerPage(workspaceId: string, query: TrackerQuery) {
  const rows = await readRows<SortedRow>(trackerSql(workspaceId, query));
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    rows: page.map(({ sortTitle: _title, sortChanged: _changed, ...row }) => row),
    nextCursor: rows.length > query.limit && last ? encodeCursor(sortValue(last, query), last.id, last.groupKey) : undefined,
  };
}

/**
 * The tracker's SQL for one page (one row more than the page, to know whether another follows), with the name of who
 * last changed each item (a subquery in the select list, which PostgreSQL evaluates after the sort and limit).
 */
export function trackerSql(workspaceId: string, query: TrackerQuery): Prisma.Sql {
  return sql`
    WITH t AS (${rowsSource(workspaceId, query)})
    SELECT t.*, (SELECT u.name FROM "User" u WHERE u.id = t."changedById") AS "changedBy"${query.group === "none" ? empty : sql`, ${groupExpression(query)} AS "groupKey"`}
    FROM t
    WHERE ${join([sql`TRUE`, ...filters(query)], " AND ")}
    ORDER BY ${orderBy(query)}
    LIMIT ${query.limit + 1}`;
}

/**
 * Which status events (alias `e`) count for the query's dates: known by its record time and, with `validOn`, in force
 * on that day. The shown status is the first of them in STATUS_EVENT_ORDER, as refreshCurrentStatus caches it.
 */
export function statusEventAsOf(q: Pick<TrackerQuery, "validOn" | "recordedAt">): Prisma.Sql {
  const R = q.recordedAt;
  const known = R ? sql`e."recordedAt" <= ${R} AND (e."retractedAt" IS NULL OR e."retractedAt" > ${R})` : sql`e."retractedAt" IS NULL`;
  return q.validOn ? sql`${known} AND e."effectiveOn" <= ${q.validOn}` : known;
}

export const STATUS_EVENT_ORDER = sql`e."effectiveOn" DESC, e."recordedAt" DESC`;

/** One row per item in the workspace, as of the query's dates. */
function rowsSource(workspaceId: string, q: TrackerQuery): Prisma.Sql {
  const discrepancy = (asOf: Prisma.Sql) =>
    sql`EXISTS (SELECT 1 FROM "Discrepancy" d WHERE d."itemId" = i.id ${asOf})`;
  if (!q.validOn && !q.recordedAt) {
    // The fast path: the current status is cached on the item by every write.
    return sql`
      SELECT i.id, i.kind, i.title, i."implementingJurisdictions", i."affectedJurisdictions", i.tags,
             i."currentStatus" AS status, i."currentEffectiveOn" AS "effectiveOn", i."currentPrecision" AS precision,
             i."needsSource", ${discrepancy(sql`AND d."resolvedAt" IS NULL`)} AS "hasDiscrepancy",
             i."updatedAt" AS "changedAt", i."updatedById" AS "changedById", ${SORT_COLUMNS}
      FROM "TrackedItem" i
      WHERE i."workspaceId" = ${workspaceId}::uuid AND i."archivedAt" IS NULL`;
  }
  const R = q.recordedAt;
  const status = sql`
    LEFT JOIN LATERAL (
      SELECT e.status, e."effectiveOn", e.precision, e."noSourceYet" FROM "StatusEvent" e
      WHERE e."itemId" = i.id AND ${statusEventAsOf(q)}
      ORDER BY ${STATUS_EVENT_ORDER} LIMIT 1
    ) s ON TRUE`;
  if (!R) {
    return sql`
      SELECT i.id, i.kind, i.title, i."implementingJurisdictions", i."affectedJurisdictions", i.tags,
             s.status, s."effectiveOn", s.precision, COALESCE(s."noSourceYet", FALSE) AS "needsSource",
             ${discrepancy(sql`AND d."resolvedAt" IS NULL`)} AS "hasDiscrepancy",
             i."updatedAt" AS "changedAt", i."updatedById" AS "changedById", ${SORT_COLUMNS}
      FROM "TrackedItem" i ${status}
      WHERE i."workspaceId" = ${workspaceId}::uuid AND i."archivedAt" IS NULL`;
  }
  return sql`
    SELECT i.id, i.kind, r.title, r."implementingJurisdictions", r."affectedJurisdictions", r.tags,
           s.status, s."effectiveOn", s.precision, COALESCE(s."noSourceYet", FALSE) AS "needsSource",
           ${discrepancy(sql`AND d."createdAt" <= ${R} AND (d."resolvedAt" IS NULL OR d."resolvedAt" > ${R})`)} AS "hasDiscrepancy",
           c."recordedAt" AS "changedAt", c."actorId" AS "changedById", ${SORT_COLUMNS}
    FROM "TrackedItem" i
    JOIN LATERAL (
      SELECT r.title, r."implementingJurisdictions", r."affectedJurisdictions", r.tags, r.archived FROM "ItemRevision" r
      WHERE r."itemId" = i.id AND r."recordedAt" <= ${R} ORDER BY r."recordedAt" DESC LIMIT 1
    ) r ON NOT r.archived
    ${status}
    JOIN LATERAL (
      SELECT c."recordedAt", c."actorId" FROM "ChangeRecord" c
      WHERE c."itemId" = i.id AND c."recordedAt" <= ${R} ORDER BY c."recordedAt" DESC LIMIT 1
    ) c ON TRUE
    WHERE i."workspaceId" = ${workspaceId}::uuid AND i."createdAt" <= ${R}`;
}

function filters(q: TrackerQuery): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  // One value as an equality, so the planner can walk a (kind, sort key) index in order.
  if (q.kind.length === 1) where.push(sql`t.kind = ${q.kind[0]}::"ItemKind"`);
  else if (q.kind.length) where.push(sql`t.kind = ANY(${q.kind}::"ItemKind"[])`);
  if (q.status.length) where.push(sql`t.status = ANY(${q.status}::text[])`);
  if (q.jurisdiction.length) {
    where.push(sql`(t."implementingJurisdictions" && ${q.jurisdiction}::text[] OR t."affectedJurisdictions" && ${q.jurisdiction}::text[])`);
  }
  if (q.tag.length) where.push(sql`t.tags && ${q.tag}::text[]`);
  if (q.discrepancy) where.push(sql`t."hasDiscrepancy"`);
  if (q.noSource) where.push(sql`t."needsSource"`);
  if (q.changedSince) where.push(sql`t."changedAt" >= ${q.changedSince}`);
  if (q.cursor) {
    const cursor = decodeCursor(q.cursor, q);
    const key = sortExpression(q);
    const value = q.sort === "title" ? sql`${cursor.value}::text` : sql`${cursor.value}::timestamptz`;
    const after = direction(q) === "asc" ? sql`(${key}, t.id) > (${value}, ${cursor.id}::uuid)` : sql`(${key}, t.id) < (${value}, ${cursor.id}::uuid)`;
    // Groups always run A–Z; within a group, the sort's own direction.
    const group = groupExpression(q);
    where.push(cursor.group === undefined ? after : sql`(${group} > ${cursor.group} OR (${group} = ${cursor.group} AND ${after}))`);
  }
  return where;
}

function groupExpression(q: TrackerQuery): Prisma.Sql {
  if (q.group === "kind") return sql`t.kind::text`;
  if (q.group === "status") return sql`COALESCE(t.status, '')`;
  return sql`array_to_string(t."implementingJurisdictions", ', ')`;
}

const direction = (q: TrackerQuery) => q.dir ?? defaultDirection(q.sort);

// Items without a status sort as if dated at the epoch, so the keyset comparison never meets a NULL.
function sortExpression(q: TrackerQuery): Prisma.Sql {
  if (q.sort === "title") return sql`t."sortTitle"`;
  if (q.sort === "effective") return sql`COALESCE(t."effectiveOn"::timestamptz, 'epoch'::timestamptz)`;
  return sql`t."sortChanged"`;
}

function orderBy(q: TrackerQuery): Prisma.Sql {
  const dir = direction(q) === "asc" ? sql`ASC` : sql`DESC`;
  const sorted = sql`${sortExpression(q)} ${dir}, t.id ${dir}`;
  return q.group === "none" ? sorted : sql`${groupExpression(q)} ASC, ${sorted}`;
}

function sortValue(row: SortedRow, q: TrackerQuery): string {
  if (q.sort === "title") return row.sortTitle;
  if (q.sort === "effective") return (row.effectiveOn ?? new Date(0)).toISOString();
  return row.sortChanged.toISOString();
}

function encodeCursor(value: string, id: string, group: string | undefined): string {
  return Buffer.from(JSON.stringify(group === undefined ? [value, id] : [value, id, group])).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for exactly what `toISOString` writes, so PostgreSQL reads it back as the same instant. */
function isIsoInstant(value: string): boolean {
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

// PostgreSQL refuses NUL in text, so a crafted cursor carrying one must be refused here.
const isText = (value: unknown): value is string => typeof value === "string" && !value.includes("\u0000");

// The value is checked against the sort's type too: a cursor of another sort (or an edited one) must not reach
// PostgreSQL as a malformed timestamp, which would fail the query instead of being refused as bad input. A grouped
// query's cursor also carries the group it stopped in, and only a grouped query accepts one.
function decodeCursor(cursor: string, q: TrackerQuery): { value: string; id: string; group?: string } {
  try {
    const [value, id, group, ...rest] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as unknown[];
    const fitsSort = isText(value) && (q.sort === "title" || isIsoInstant(value));
    const fitsGroup = q.group === "none" ? group === undefined : isText(group);
    if (fitsSort && fitsGroup && rest.length === 0 && typeof id === "string" && UUID.test(id)) {
      return { value, id, ...(typeof group === "string" && { group }) };
    }
  } catch {
    // fall through to the error below
  }
  throw invalid("The page cursor is not valid", { cursor: ["Start again from the first page"] });
}
