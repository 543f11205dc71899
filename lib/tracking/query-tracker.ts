import type { Actor } from "@/lib/auth/actor";
import { listReadTarget } from "@/lib/db/read-routing";
import { jsonDay, jsonInstant } from "@/lib/db/json-sql";
import { readRawRows, readRows } from "@/lib/db/read-sql";
import type { Target } from "@/lib/db/sql-pool";
import { invalid } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, ItemKind } from "@/lib/generated/prisma/enums";
import { defaultDirection, requireTrackerQuery, type TrackerQuery, type TrackerQueryInput } from "@/lib/views/tracker-query";
import { authorize } from "@/lib/workspaces/authorize";
import { countRows } from "./tracker-count";

/** The next status announced after the day a row is as of: "Relisting announced 27 Jun 2023, effective 21 Jul 2023". */
export type NextStatus = {
  status: string;
  effectiveOn: Date;
  precision: DatePrecision;
  announcedOn: Date | null;
  announcedPrecision: DatePrecision | null;
};

export type TrackerRow = {
  id: string;
  kind: ItemKind;
  title: string;
  implementingJurisdictions: string[];
  affectedJurisdictions: string[];
  tags: string[];
  /** The status in force on the query's day (today by default), never one dated after it. */
  status: string | null;
  effectiveOn: Date | null;
  precision: DatePrecision | null;
  next: NextStatus | null;
  needsSource: boolean;
  hasDiscrepancy: boolean;
  changedAt: Date;
  changedById: string | null;
  /** Who made the last change, by name (null for a system change). */
  changedBy: string | null;
  /** The row's group (its kind, status or implementing jurisdictions) when the query groups rows. */
  groupKey?: string;
};

type NextColumns = {
  nextStatus: string | null;
  nextEffectiveOn: Date | null;
  nextPrecision: DatePrecision | null;
  nextAnnouncedOn: Date | null;
  nextAnnouncedPrecision: DatePrecision | null;
};
/** Where a row stands in the query's order, for the cursors of the page it ends. */
type PlacedRow = { id: string; cursorValue: string; groupKey?: string };
type SortedRow = Omit<TrackerRow, "next"> & NextColumns & PlacedRow;

const { sql, join, empty } = Prisma;

/**
 * The keys pages are ordered by: the item's own title and last-change time, which indexes hold in order, so a page is
 * read without computing every item's as-of state first. (In an "as recorded on" view an item renamed since is placed
 * by its present title.) The last-change time's indexes are on ItemLastChange, beside the item (docs/decisions/032:
 * in the item's own indexes, every write's new time made its row update write all fifteen of them), joined where rows
 * are sorted by it: its indexes walk in the (workspace, kind, time, id) order the item's own time has.
 */
function sortColumns(byChange: boolean): Prisma.Sql {
  return byChange ? sql`i.title AS "sortTitle", o."changedAt" AS "sortChanged"` : sql`i.title AS "sortTitle", i."updatedAt" AS "sortChanged"`;
}

const LAST_CHANGE = sql`JOIN "ItemLastChange" o ON o."itemId" = i.id AND o."workspaceId" = i."workspaceId" AND o.kind = i.kind`;

/**
 * The tracker: items with their status, filtered, sorted and paginated (keyset, both ways). With `validOn` the status is
 * the one in force on that day; with `recordedAt` everything (fields, statuses, flags) is as the team had recorded it
 * then. `count` adds how many items match, for "51–100 of 1,234" (one more query, run beside the page's).
 */
export async function queryTracker(actor: Actor, workspaceSlug: string, input: TrackerQueryInput, options: { count?: boolean } = {}) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const query = requireTrackerQuery(input);
  const page = await trackerPage(access.workspaceId, query, options);
  // An empty "as recorded on" answer says why when the reason is that the history had not begun.
  const historyBegins = page.rows.length === 0 && query.recordedAt ? await firstRecordTime(access.workspaceId) : null;
  return { access, query, ...page, historyBegins: historyBegins && query.recordedAt && historyBegins > query.recordedAt ? historyBegins : null };
}

async function firstRecordTime(workspaceId: string): Promise<Date | null> {
  const [row] = await readRows<{ at: Date | null }>(sql`SELECT min("recordedAt") AS at FROM "ChangeRecord" WHERE "workspaceId" = ${workspaceId}::uuid`);
  return row?.at ?? null;
}

/**
 * Where a page stands: its first and last rows' places (from 1) and, when counted, how many rows match in all, or that
 * more than `total` do (counting stops there: see COUNT_LIMIT).
 */
export type PagePosition = { first: number; last: number; total?: number; moreThanTotal?: boolean };

/**
 * How far the tracker counts matching rows. Counting reads every matching row it counts, and was the dearest part of a
 * tracker page: on 100,000 items, counting to 10,000 took 12-19 ms of the cached current state and to 1,000 as of other
 * dates 30 ms (each row's status is looked up); to these limits 6 and 6-10 ms. Beyond them the page says "of more than".
 * A count is counted again only after the workspace has changed (countRows).
 */
const COUNT_LIMIT = { current: 1_000, asOf: 200 };

/**
 * One page of a workspace's tracker for a parsed query. The caller has established the right to read it: membership
 * (queryTracker, exports) or a share link's token. A cursor reads the page after a row or the page before one, and
 * carries the place of the page's first row (a count of the rows before would cost a scan); the first page is at 0,
 * and a page before which nothing remains is the first page, whatever its cursor said.
 */
export async function trackerPage(workspaceId: string, query: TrackerQuery, options: { count?: boolean } = {}) {
  const page = await placedPage(workspaceId, query, "rows", (rows, target) => readRows<SortedRow>(rows, target), options);
  return { ...page, rows: page.rows.map(trackerRow) };
}

/**
 * The tracker for the API: the same rows, filters, sorts and cursors as queryTracker, each row as the JSON text
 * PostgreSQL wrote (as JSON.stringify would write queryTracker's row), to send as it is.
 */
export async function queryTrackerJson(actor: Actor, workspaceSlug: string, input: TrackerQueryInput) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const page = await placedPage(access.workspaceId, requireTrackerQuery(input), "json", async (rows, target) => (await readRawRows(rows, target)).map((columns) => new JsonRow(columns)));
  return { rows: page.rows.map((row) => row.json), nextCursor: page.nextCursor, prevCursor: page.prevCursor };
}

/**
 * A row as the API sends it: its JSON text, written by PostgreSQL, as UTF-8 bytes, with the json shape's other columns
 * (in trackerSql's order) decoded only for the rows a cursor names: decoding every row's id and sort value was 1.4 % of
 * the JSON list's CPU (profile of 2026-11-30).
 */
class JsonRow implements PlacedRow {
  constructor(private readonly columns: (Buffer | null)[]) {}
  get json(): Buffer {
    return this.columns[1] as Buffer;
  }
  get id(): string {
    return String(this.columns[0]);
  }
  get cursorValue(): string {
    return String(this.columns[2]);
  }
  get groupKey(): string | undefined {
    const key = this.columns[3];
    return key === undefined ? undefined : String(key);
  }
}

async function placedPage<R extends PlacedRow>(
  workspaceId: string,
  query: TrackerQuery,
  shape: RowShape,
  read: (rows: Prisma.Sql, target: Target) => Promise<R[]>,
  options: { count?: boolean } = {},
): Promise<{ rows: R[]; nextCursor?: string; prevCursor?: string; position: PagePosition }> {
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor, query);
  const countLimit = query.validOn || query.recordedAt ? COUNT_LIMIT.asOf : COUNT_LIMIT.current;
  const target = await listReadTarget();
  const [rows, total] = await Promise.all([
    read(trackerSql(workspaceId, query, shape), target),
    options.count ? countRows(workspaceId, trackerCountSql(workspaceId, query, countLimit), target) : undefined,
  ]);
  const more = rows.length > query.limit;
  if (cursor?.before && !more && rows.length < query.limit) return placedPage(workspaceId, { ...query, cursor: undefined }, shape, read, options);
  const page = cursor?.before ? rows.slice(0, query.limit).reverse() : rows.slice(0, query.limit);
  // Rows come before this page when it continues after a row, or when reading backwards found more than a page.
  const before = cursor ? !cursor.before || more : false;
  const at = before ? Math.max(cursor?.at ?? 0, 1) : 0;
  const first = page[0];
  const last = page[page.length - 1];
  const after = cursor?.before || more;
  return {
    rows: page,
    nextCursor: after && last ? encodeCursor({ at: at + page.length, before: false }, last) : undefined,
    prevCursor: before && first ? encodeCursor({ at: Math.max(0, at - query.limit), before: true }, first) : undefined,
    position: {
      first: page.length ? at + 1 : at,
      last: at + page.length,
      ...(total !== undefined && (total > countLimit ? { total: countLimit, moreThanTotal: true } : { total })),
    } satisfies PagePosition,
  };
}

/**
 * A row as the tracker shows it, its fields named one by one in the SQL's order: rest and spread over the driver's rows
 * cost the JSON list more CPU than the rest of its mapping and serialisation together.
 */
function trackerRow(r: SortedRow): TrackerRow {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    implementingJurisdictions: r.implementingJurisdictions,
    affectedJurisdictions: r.affectedJurisdictions,
    tags: r.tags,
    status: r.status,
    effectiveOn: r.effectiveOn,
    precision: r.precision,
    needsSource: r.needsSource,
    hasDiscrepancy: r.hasDiscrepancy,
    changedAt: r.changedAt,
    changedById: r.changedById,
    changedBy: r.changedBy,
    ...(r.groupKey !== undefined && { groupKey: r.groupKey }),
    next:
      r.nextStatus && r.nextEffectiveOn && r.nextPrecision
        ? { status: r.nextStatus, effectiveOn: r.nextEffectiveOn, precision: r.nextPrecision, announcedOn: r.nextAnnouncedOn, announcedPrecision: r.nextAnnouncedPrecision }
        : null,
  };
}

/** What the page's query selects: the rows' columns, or each row's JSON text (the API's). */
type RowShape = "rows" | "json";

/**
 * The tracker's SQL for one page (one row more than the page, to know whether another follows), with the name of who
 * last changed each item (a subquery in the select list, which PostgreSQL evaluates after the sort and limit) and each
 * row's place in the order, as its cursor holds it. A page before a row is read backwards from it (the caller turns it
 * round).
 */
export function trackerSql(workspaceId: string, query: TrackerQuery, shape: RowShape = "rows"): Prisma.Sql {
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor, query);
  const changedBy = sql`(SELECT u.name FROM "User" u WHERE u.id = t."changedById")`;
  const columns = shape === "rows" ? sql`t.*, ${changedBy} AS "changedBy"` : sql`t.id, (${rowJson(query, changedBy)})::text AS json`;
  return sql`
    WITH t AS (${rowsSource(workspaceId, query)})
    SELECT ${columns}, ${cursorValue(query)} AS "cursorValue"${query.group === "none" ? empty : sql`, ${groupExpression(query)} AS "groupKey"`}
    FROM t
    WHERE ${join([sql`TRUE`, ...filters(query), ...(cursor ? [keysetFilter(query, cursor)] : [])], " AND ")}
    ORDER BY ${orderBy(query, cursor?.before ?? false)}
    LIMIT ${query.limit + 1}`;
}

/** A row's JSON as the API sends it: TrackerRow's fields in its order, dates as JSON.stringify writes a Date. */
function rowJson(query: TrackerQuery, changedBy: Prisma.Sql): Prisma.Sql {
  const next = sql`(SELECT row_to_json(n) FROM (
    SELECT t."nextStatus" AS status, ${jsonDay(sql`t."nextEffectiveOn"`)} AS "effectiveOn", t."nextPrecision" AS precision,
           ${jsonDay(sql`t."nextAnnouncedOn"`)} AS "announcedOn", t."nextAnnouncedPrecision" AS "announcedPrecision"
    WHERE t."nextStatus" IS NOT NULL AND t."nextEffectiveOn" IS NOT NULL AND t."nextPrecision" IS NOT NULL) n)`;
  return sql`SELECT row_to_json(j) FROM (
    SELECT t.id, t.kind, t.title, t."implementingJurisdictions", t."affectedJurisdictions", t.tags, t.status,
           ${jsonDay(sql`t."effectiveOn"`)} AS "effectiveOn", t.precision, t."needsSource", t."hasDiscrepancy",
           ${jsonInstant(sql`t."changedAt"`)} AS "changedAt", t."changedById", ${changedBy} AS "changedBy"${query.group === "none" ? empty : sql`, ${groupExpression(query)} AS "groupKey"`},
           ${next} AS next) j`;
}

/**
 * Whether an item is among a query's rows (its filters, as of its dates), by the tracker's own SQL: what a watched view
 * newly matches, or changes in (lib/outbox).
 */
export async function matchesQuery(workspaceId: string, query: TrackerQuery, itemId: string): Promise<boolean> {
  const [row] = await readRows<{ match: boolean }>(sql`
    WITH t AS (${rowsSource(workspaceId, query, false)})
    SELECT EXISTS (SELECT 1 FROM t WHERE ${join([sql`t.id = ${itemId}::uuid`, ...filters(query)], " AND ")}) AS match`);
  return row?.match ?? false;
}

/** How many rows the query's filters leave, on every page, counted up to one more than `limit`. */
function trackerCountSql(workspaceId: string, query: TrackerQuery, limit: number): Prisma.Sql {
  return sql`
    WITH t AS (${rowsSource(workspaceId, query, false)})
    SELECT count(*)::int AS count FROM (SELECT 1 FROM t WHERE ${join([sql`TRUE`, ...filters(query)], " AND ")} LIMIT ${limit + 1}) matching`;
}

/**
 * The day a query's statuses are in force on: its `validOn`, else the day of its record time (what the tracker showed
 * then), else today (UTC).
 */
export function statusDay(q: Pick<TrackerQuery, "validOn" | "recordedAt">): Prisma.Sql {
  if (q.validOn) return sql`${q.validOn.toISOString().slice(0, 10)}::date`;
  if (q.recordedAt) return sql`(${q.recordedAt}::timestamptz AT TIME ZONE 'UTC')::date`;
  return TODAY;
}

const TODAY = sql`(now() AT TIME ZONE 'UTC')::date`;

/**
 * The status of item `itemId` (an SQL expression) as of the query's dates, as `s`: pt_status_on, the one definition of
 * "in force on D, as known at R" (docs/decisions/005), which the item page and exports use too.
 */
export function statusAsOf(itemId: Prisma.Sql, q: Pick<TrackerQuery, "validOn" | "recordedAt">): Prisma.Sql {
  return sql`LEFT JOIN LATERAL pt_status_on(${itemId}, ${statusDay(q)}, ${q.recordedAt ?? null}::timestamptz) s ON TRUE`;
}

const STATUS_COLUMNS = sql`s.status, s."effectiveOn", s.precision, s."nextStatus", s."nextEffectiveOn", s."nextPrecision",
  s."nextAnnouncedOn", s."nextAnnouncedPrecision"`;

/**
 * Today's status from the cache every write keeps (pt_refresh_item_status). A scheduled status that came due since the
 * last refresh (lib/jobs) is shown as current already. `f`: the table the status itself is read from, which a filter
 * by status tests: the item, or ItemLastChange where rows are walked in last-change order (it holds the same columns,
 * kept by triggers), so the walk tests it before it looks the item up.
 */
function cachedStatusColumns(f: Prisma.Sql): Prisma.Sql {
  const due = (t: Prisma.Sql) => sql`${t}."nextEffectiveOn" <= ${TODAY}`;
  const current = (cached: string, next: string, t = sql`i`) =>
    sql`CASE WHEN ${due(t)} THEN ${t}.${Prisma.raw(`"${next}"`)} ELSE ${t}.${Prisma.raw(`"${cached}"`)} END`;
  const upcoming = (column: string) => sql`CASE WHEN ${due(sql`i`)} THEN NULL ELSE i.${Prisma.raw(`"${column}"`)} END`;
  return sql`${current("currentStatus", "nextStatus", f)} AS status, ${current("currentEffectiveOn", "nextEffectiveOn")} AS "effectiveOn",
    ${current("currentPrecision", "nextPrecision")} AS precision, ${upcoming("nextStatus")} AS "nextStatus",
    ${upcoming("nextEffectiveOn")} AS "nextEffectiveOn", ${upcoming("nextPrecision")} AS "nextPrecision",
    ${upcoming("nextAnnouncedOn")} AS "nextAnnouncedOn", ${upcoming("nextAnnouncedPrecision")} AS "nextAnnouncedPrecision"`;
}

// Made once: the tracker's every query uses one of them.
const CACHED_STATUS = { item: cachedStatusColumns(sql`i`), lastChange: cachedStatusColumns(sql`o`) };

/**
 * One row per item in the workspace, as of the query's dates. `ordered`: the rows are read in the query's order (a
 * page), not only filtered (a count, a match).
 */
function rowsSource(workspaceId: string, q: TrackerQuery, ordered = true): Prisma.Sql {
  const byChange = ordered && q.sort === "updated";
  const sortKeys = sortColumns(byChange);
  const lastChange = byChange ? LAST_CHANGE : empty;
  // The same arrays, status and flag (the triggers keep them equal), taken from ItemLastChange as its index is walked.
  const f = byChange ? sql`o` : sql`i`;
  const arrays = sql`${f}."implementingJurisdictions", ${f}."affectedJurisdictions", ${f}.tags`;
  const discrepancy = (asOf: Prisma.Sql) =>
    sql`EXISTS (SELECT 1 FROM "Discrepancy" d WHERE d."itemId" = i.id ${asOf})`;
  if (!q.validOn && !q.recordedAt) {
    // The fast path: today's status is cached on the item by every write.
    return sql`
      SELECT i.id, i.kind, i.title, ${arrays}, ${byChange ? CACHED_STATUS.lastChange : CACHED_STATUS.item},
             ${f}."needsSource", ${discrepancy(sql`AND d."resolvedAt" IS NULL`)} AS "hasDiscrepancy",
             i."updatedAt" AS "changedAt", i."updatedById" AS "changedById", ${sortKeys}
      FROM "TrackedItem" i ${lastChange}
      WHERE i."workspaceId" = ${workspaceId}::uuid AND i."archivedAt" IS NULL`;
  }
  const R = q.recordedAt;
  if (!R) {
    return sql`
      SELECT i.id, i.kind, i.title, ${arrays}, ${STATUS_COLUMNS},
             COALESCE(s."needsSource", FALSE) AS "needsSource", ${discrepancy(sql`AND d."resolvedAt" IS NULL`)} AS "hasDiscrepancy",
             i."updatedAt" AS "changedAt", i."updatedById" AS "changedById", ${sortKeys}
      FROM "TrackedItem" i ${lastChange} ${statusAsOf(sql`i.id`, q)}
      WHERE i."workspaceId" = ${workspaceId}::uuid AND i."archivedAt" IS NULL`;
  }
  return sql`
    SELECT i.id, i.kind, r.title, r."implementingJurisdictions", r."affectedJurisdictions", r.tags, ${STATUS_COLUMNS},
           COALESCE(s."needsSource", FALSE) AS "needsSource",
           ${discrepancy(sql`AND d."createdAt" <= ${R} AND (d."resolvedAt" IS NULL OR d."resolvedAt" > ${R})`)} AS "hasDiscrepancy",
           c."recordedAt" AS "changedAt", c."actorId" AS "changedById", ${sortKeys}
    FROM "TrackedItem" i ${lastChange}
    JOIN LATERAL (
      SELECT r.title, r."implementingJurisdictions", r."affectedJurisdictions", r.tags, r.archived FROM "ItemRevision" r
      WHERE r."itemId" = i.id AND r."recordedAt" <= ${R} ORDER BY r."recordedAt" DESC, r.id DESC LIMIT 1
    ) r ON NOT r.archived
    ${statusAsOf(sql`i.id`, q)}
    JOIN LATERAL (
      SELECT c."recordedAt", c."actorId" FROM "ChangeRecord" c
      WHERE c."itemId" = i.id AND c."chainKey" = 'item:' || i.id::text AND c."recordedAt" <= ${R} ORDER BY c."recordedAt" DESC, c.id DESC LIMIT 1
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
  // Tags keep their case; matching ignores it (lower_tags, indexed: migration tags_keep_case).
  if (q.tag.length) where.push(sql`lower_tags(t.tags) && lower_tags(${q.tag}::text[])`);
  if (q.discrepancy) where.push(sql`t."hasDiscrepancy"`);
  if (q.noSource) where.push(sql`t."needsSource"`);
  if (q.changedSince) where.push(sql`t."changedAt" >= ${q.changedSince}`);
  return where;
}

/**
 * The rows after the cursor's row in the query's order, or before it. Groups always run A–Z; within a group, the
 * sort's own direction.
 */
function keysetFilter(q: TrackerQuery, cursor: Cursor): Prisma.Sql {
  const key = sortExpression(q);
  const value = q.sort === "title" ? sql`${cursor.value}::text` : sql`${cursor.value}::timestamptz`;
  const forward = (direction(q) === "asc") !== cursor.before;
  const beyond = forward ? sql`(${key}, t.id) > (${value}, ${cursor.id}::uuid)` : sql`(${key}, t.id) < (${value}, ${cursor.id}::uuid)`;
  if (cursor.group === undefined) return beyond;
  const group = groupExpression(q);
  const otherGroup = cursor.before ? sql`${group} < ${cursor.group}` : sql`${group} > ${cursor.group}`;
  return sql`(${otherGroup} OR (${group} = ${cursor.group} AND ${beyond}))`;
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

/** The query's order, or its exact reverse (to read the page before a row). */
function orderBy(q: TrackerQuery, reversed: boolean): Prisma.Sql {
  const dir = (direction(q) === "asc") !== reversed ? sql`ASC` : sql`DESC`;
  const sorted = sql`${sortExpression(q)} ${dir}, t.id ${dir}`;
  return q.group === "none" ? sorted : sql`${groupExpression(q)} ${reversed ? sql`DESC` : sql`ASC`}, ${sorted}`;
}

/** The row's sort key as a cursor holds it: the title, or the instant as toISOString writes it. */
function cursorValue(q: TrackerQuery): Prisma.Sql {
  if (q.sort === "title") return sql`t."sortTitle"`;
  if (q.sort === "effective") return jsonDay(sql`COALESCE(t."effectiveOn", 'epoch'::date)`);
  return jsonInstant(sql`t."sortChanged"`);
}

/** A page's cursor: the row it continues from, which way, and the place (from 0) of the page's first row. */
type Cursor = { value: string; id: string; group?: string; before: boolean; at: number };

function encodeCursor(page: { at: number; before: boolean }, row: PlacedRow): string {
  const fields = { a: page.at, b: page.before ? 1 : 0, v: row.cursorValue, i: row.id, ...(row.groupKey !== undefined && { g: row.groupKey }) };
  return Buffer.from(JSON.stringify(fields)).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for exactly what `toISOString` writes, so PostgreSQL reads it back as the same instant. */
function isIsoInstant(value: string): boolean {
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

// PostgreSQL refuses NUL in text, so a crafted cursor carrying one must be refused here.
const isText = (value: unknown): value is string => typeof value === "string" && !value.includes("\u0000");

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

// The value is checked against the sort's type too: a cursor of another sort (or an edited one) must not reach
// PostgreSQL as a malformed timestamp, which would fail the query instead of being refused as bad input. A grouped
// query's cursor also carries the group it stopped in, and only a grouped query accepts one.
function decodeCursor(cursor: string, q: TrackerQuery): Cursor {
  try {
    const fields: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString());
    if (isRecord(fields)) {
      const { a: at, b: before, v: value, i: id, g: group, ...rest } = fields;
      const fitsSort = isText(value) && (q.sort === "title" || isIsoInstant(value));
      const fitsGroup = q.group === "none" ? group === undefined : isText(group);
      const fitsPlace = Number.isSafeInteger(at) && (at as number) >= 0 && (before === 0 || before === 1);
      if (fitsSort && fitsGroup && fitsPlace && Object.keys(rest).length === 0 && typeof id === "string" && UUID.test(id)) {
        return { value, id, before: before === 1, at: at as number, ...(typeof group === "string" && { group }) };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw invalid("The page cursor is not valid", { cursor: ["Start again from the first page"] });
}
