import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-sql";
import { invalid, zodFieldErrors } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { assertStorableInput } from "@/lib/http/storable-input";
import { authorize } from "@/lib/workspaces/authorize";
import { ZDay } from "./partial-date-schema";
import { STATUS_EVENT_ORDER } from "./status-event-order";
import { SERIES_STEPS, seriesPoints, type SeriesStep } from "./time-series";
import { addDays, startOfYear, utcDay } from "./timeline-layout";

export const ZStatusSeriesInput = z
  .object({
    from: ZDay.optional(),
    to: ZDay.optional(),
    step: z.enum(Object.keys(SERIES_STEPS) as [SeriesStep], "Choose months, quarters or years").optional(),
  })
  .refine((input) => !input.from || !input.to || input.from < input.to, { path: ["to"], message: "End the period after its start" });

/** As the address carries it: any text, parsed by ZStatusSeriesInput. */
export type StatusSeriesInput = { from?: string; to?: string; step?: string };

/** How many items of a kind were in a status on a day. */
export type StatusCount = { on: Date; kind: ItemKind; status: string; count: number };

export type StatusSeries = {
  workspace: { slug: string; name: string };
  from: Date;
  to: Date;
  /** Months between points, and whether the step asked for was coarsened to keep the number of points bounded. */
  months: number;
  coarsened: boolean;
  points: Date[];
  /** Only the non-zero counts; items without a status yet on a day are not counted on it. */
  counts: StatusCount[];
};

const { sql } = Prisma;

/** Parses a series' period and step, or throws an "invalid" error naming the bad field. */
export function requireStatusSeriesInput(input: StatusSeriesInput) {
  assertStorableInput(input);
  const parsed = ZStatusSeriesInput.safeParse({ from: input.from || undefined, to: input.to || undefined, step: input.step || undefined });
  if (!parsed.success) throw invalid("The period is not valid", zodFieldErrors(parsed.error));
  return parsed.data;
}

/**
 * How many of the workspace's items (not archived) were in each status, kind by kind, on each point of a series of
 * days: from `from` (by default the start of the year of the first status recorded) to `to` (today), a point per
 * month, quarter or year, at most MAX_SERIES_POINTS. "In a status on D" is pt_status_on's rule as known now
 * (docs/decisions/005, 028): the status of the item's latest current (not retracted) event effective on or before D, on
 * one date the last recorded. Evaluated by pt_status_on for every item on every point, the query took 10 s on 100,000
 * items and 25 points; here each event's status holds from its date until the item's next event's, so one pass over
 * the events counts the points each covers (2.3 s, for 3 points or 18). An integration test checks the counts against
 * pt_status_on itself.
 */
export async function readStatusSeries(actor: Actor, workspaceSlug: string, input: StatusSeriesInput): Promise<StatusSeries> {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const parsed = requireStatusSeriesInput(input);
  const today = utcDay(new Date());
  const to = parsed.to ?? today;
  const from = parsed.from ?? (await firstStatusYear(access.workspaceId)) ?? startOfYear(addDays(to, -365));
  if (from >= to) throw invalid("The period is not valid", { from: ["Start the period before its end (today, unless you choose another)"] });
  const { months, points, coarsened } = seriesPoints(from, to, parsed.step);
  const days = points.map((point) => point.toISOString().slice(0, 10));
  // An event covers the points from its date until the next event's (exclusive), as indexes into the sorted points:
  // width_bucket(day, points) is how many points fall on or before the day. Events alike in kind, status and points
  // covered are counted together before the points are listed.
  const counts = await readRows<StatusCount>(sql`
    WITH points AS (SELECT ${days}::date[] AS at),
    events AS (
      SELECT e."itemId", e.status, e."effectiveOn" AS "from",
             lead(e."effectiveOn") OVER (PARTITION BY e."itemId" ORDER BY ${STATUS_EVENT_ORDER}) AS until
      FROM "StatusEvent" e
      WHERE e."workspaceId" = ${access.workspaceId}::uuid AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id)
    ),
    spans AS (
      SELECT i.kind, ev.status, width_bucket(ev."from" - 1, p.at) + 1 AS first,
             CASE WHEN ev.until IS NULL THEN cardinality(p.at) ELSE width_bucket(ev.until - 1, p.at) END AS last, count(*)::int AS items
      FROM events ev JOIN "TrackedItem" i ON i.id = ev."itemId" CROSS JOIN points p
      WHERE i."workspaceId" = ${access.workspaceId}::uuid AND i."archivedAt" IS NULL
      GROUP BY 1, 2, 3, 4
    )
    SELECT p.at[n] AS "on", s.kind::text AS kind, s.status, sum(s.items)::int AS count
    FROM spans s CROSS JOIN points p CROSS JOIN generate_series(s.first, s.last) n
    GROUP BY 1, s.kind, s.status
    ORDER BY 1, s.kind, s.status`);
  return { workspace: { slug: access.slug, name: access.name }, from, to, months, coarsened, points, counts };
}

/** The start of the year of the earliest status in force in the workspace, if any. */
async function firstStatusYear(workspaceId: string): Promise<Date | null> {
  const [row] = await readRows<{ first: Date | null }>(sql`
    SELECT min(e."effectiveOn") AS first FROM "StatusEvent" e
    WHERE e."workspaceId" = ${workspaceId}::uuid AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id)`);
  return row?.first ? startOfYear(row.first) : null;
}
