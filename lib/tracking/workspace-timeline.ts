import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-sql";
import { invalid, zodFieldErrors } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, RelationType } from "@/lib/generated/prisma/enums";
import { assertStorableInput } from "@/lib/http/storable-input";
import { requireTrackerQuery, type TrackerQuery, type TrackerQueryInput } from "@/lib/views/tracker-query";
import { authorize } from "@/lib/workspaces/authorize";
import { ZDay } from "./partial-date-schema";
import { trackerPage, type PagePosition, type TrackerRow } from "./query-tracker";
import { STATUS_EVENT_ORDER } from "./status-event-order";
import { utcDay, type TimelineEvent } from "./timeline-layout";

/**
 * How many items one timeline draws: the tracker's first rows for its query, in its order. More rows would not be
 * readable as a picture (nor quick to draw); the page says how many more match and how to narrow them.
 */
export const TIMELINE_ROW_LIMIT = 200;

/** The period a timeline is zoomed to: days, both optional (the histories' own span otherwise). */
export const ZTimelinePeriod = z
  .object({ from: ZDay.optional(), to: ZDay.optional() })
  .refine((period) => !period.from || !period.to || period.from < period.to, { path: ["to"], message: "End the period after its start" });

export type TimelinePeriod = z.output<typeof ZTimelinePeriod>;
export type TimelineInput = TrackerQueryInput & { from?: string | string[]; to?: string | string[] };

export type TimelineItem = TrackerRow & { events: TimelineEvent[] };

export type TimelineRelation = { id: string; type: RelationType; fromItemId: string; toItemId: string; note: string };

export type WorkspaceTimeline = {
  workspace: { slug: string; name: string };
  query: TrackerQuery;
  period: TimelinePeriod;
  /** The day the timeline's "now" is: the day of its record time, or today. Bands run until then. */
  present: Date;
  items: TimelineItem[];
  /** Relations between items drawn here, as recorded at the query's record time. */
  relations: TimelineRelation[];
  /** Relations from or to an item drawn here whose other end is not drawn (filtered out, archived or beyond the limit). */
  relationsOutside: number;
  /** How many items match, as the tracker counts them, and whether more match than are drawn. */
  position: PagePosition;
  truncated: boolean;
};

const { sql } = Prisma;

/** Parses a timeline's period, or throws an "invalid" error naming the bad field. */
export function requireTimelinePeriod(input: { from?: unknown; to?: unknown }): TimelinePeriod {
  const parsed = ZTimelinePeriod.safeParse({ from: input.from || undefined, to: input.to || undefined });
  if (!parsed.success) throw invalid("The period is not valid", zodFieldErrors(parsed.error));
  return parsed.data;
}

/**
 * The workspace's timeline for a tracker query (its filters and as-of dates, from the tracker's address): the tracker's
 * rows for that query, the first TIMELINE_ROW_LIMIT of them in its order, each with its status history as known at the
 * query's record time, and the relations between them. The period only says what part of the histories to draw.
 */
export async function readWorkspaceTimeline(actor: Actor, workspaceSlug: string, input: TimelineInput): Promise<WorkspaceTimeline> {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  assertStorableInput(input);
  // The tracker's page and page size do not apply: a timeline always starts from the first row.
  const { from, to, cursor: _cursor, limit: _limit, ...trackerInput } = input;
  const query = requireTrackerQuery(trackerInput);
  const period = requireTimelinePeriod({ from, to });
  const page = await trackerPage(access.workspaceId, { ...query, cursor: undefined, limit: TIMELINE_ROW_LIMIT }, { count: true });
  const ids = page.rows.map((row) => row.id);
  const [events, relations] = await Promise.all([statusHistories(access.workspaceId, ids, query.recordedAt), relationsOf(access.workspaceId, ids, query.recordedAt)]);
  const shown = new Set(ids);
  const between = relations.filter((r) => shown.has(r.fromItemId) && shown.has(r.toItemId));
  const eventsOf = new Map<string, TimelineEvent[]>();
  for (const { itemId, ...event } of events) {
    const list = eventsOf.get(itemId) ?? [];
    list.push(event);
    eventsOf.set(itemId, list);
  }
  return {
    workspace: { slug: access.slug, name: access.name },
    query,
    period,
    present: utcDay(query.recordedAt ?? new Date()),
    items: page.rows.map((row) => ({ ...row, events: eventsOf.get(row.id) ?? [] })),
    relations: between,
    relationsOutside: relations.length - between.length,
    position: page.position,
    truncated: page.nextCursor !== undefined,
  };
}

type EventRow = TimelineEvent & { itemId: string; announcedOn: Date | null; announcedPrecision: DatePrecision | null };

/**
 * The status events of items as known at record time R (recorded by R and not retracted by R), or now: the events
 * pt_status_on chooses from (docs/decisions/005), in date order and, on one date, in the order they were recorded.
 */
function statusHistories(workspaceId: string, itemIds: string[], recordedAt: Date | undefined): Promise<EventRow[]> {
  if (itemIds.length === 0) return Promise.resolve([]);
  const R = recordedAt ?? null;
  return readRows<EventRow>(sql`
    SELECT e."itemId", e.status, e."effectiveOn", e.precision::text AS precision, e."announcedOn", e."announcedPrecision"::text AS "announcedPrecision"
    FROM "StatusEvent" e
    WHERE e."workspaceId" = ${workspaceId}::uuid AND e."itemId" = ANY(${itemIds}::uuid[])
      AND (${R}::timestamptz IS NULL OR e."recordedAt" <= ${R}::timestamptz)
      AND NOT EXISTS (
        SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id AND (${R}::timestamptz IS NULL OR x."recordedAt" <= ${R}::timestamptz))
    ORDER BY e."itemId", ${STATUS_EVENT_ORDER}`);
}

/** Relations from or to the items, as they stood at record time R (added by R and not removed by then), or now. */
function relationsOf(workspaceId: string, itemIds: string[], recordedAt: Date | undefined): Promise<TimelineRelation[]> {
  if (itemIds.length === 0) return Promise.resolve([]);
  const standing = recordedAt
    ? sql`r."createdAt" <= ${recordedAt} AND (r."removedAt" IS NULL OR r."removedAt" > ${recordedAt})`
    : sql`r."removedAt" IS NULL`;
  return readRows<TimelineRelation>(sql`
    SELECT r.id, r.type::text AS type, r."fromItemId", r."toItemId", r.note FROM "ItemRelation" r
    WHERE r."workspaceId" = ${workspaceId}::uuid AND (r."fromItemId" = ANY(${itemIds}::uuid[]) OR r."toItemId" = ANY(${itemIds}::uuid[])) AND ${standing}
    ORDER BY r."createdAt", r.id`);
}
