import type { Actor } from "@/lib/auth/actor";
import { listReadTarget } from "@/lib/db/read-routing";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, ItemKind } from "@/lib/generated/prisma/enums";
import { partialDateKey } from "@/lib/tracking/partial-date";
import { statusAsOf, trackerPage, type TrackerRow } from "@/lib/tracking/query-tracker";
import { authorize } from "@/lib/workspaces/authorize";
import { peopleByIds } from "@/lib/workspaces/people";
import { getView } from "./get-view";
import { requireTrackerQuery, trackerParams, type TrackerQuery, type TrackerQueryInput } from "./tracker-query";

/** A cited passage and where it comes from, so an exported row can be checked without the app. */
export type ExportCitation = { source: string; excerpt: string; url: string | null; publisher: string | null; publishedOn: string | null };

/** The dates an export reflects: statuses in force on `validOn`, as the team had recorded them at `recordedAt`. */
export type AsOf = { validOn: string; recordedAt: string };

/** One exported item with the evidence behind the status shown. */
export type ExportRow = {
  id: string;
  kind: ItemKind;
  title: string;
  implementingJurisdictions: string[];
  affectedJurisdictions: string[];
  tags: string[];
  status: string | null;
  /** The status's effective date to its precision: "2019", "2019-07" or "2019-07-04". */
  effectiveOn: string | null;
  /** When the status was announced, to its precision, if it was recorded. */
  announcedOn: string | null;
  needsSource: boolean;
  hasDiscrepancy: boolean;
  /** The citations of the status shown, as they stood at the query's record time. */
  citations: ExportCitation[];
  lastChange: { at: Date; type: string; reason: string; by: string | null } | null;
  /** The export's as-of dates, on every row so that a row copied elsewhere still says what it shows. */
  asOf: AsOf;
};

export type TrackerExport = {
  /** A name for the file, without extension. */
  name: string;
  workspace: string;
  view: { id: string; name: string } | null;
  /** The query as URL parameters, so the export says what it is of. */
  query: Record<string, string>;
  exportedAt: Date;
  asOf: AsOf;
  rows: AsyncIterable<ExportRow>;
};

const { sql, empty } = Prisma;
const PAGE = 200;

/**
 * The dates a query's rows reflect: the day its statuses are in force on (its `validOn`, else its record time's day,
 * else today, as statusDay has it) and the record time (else the moment of the export).
 */
export function asOfDates(query: Pick<TrackerQuery, "validOn" | "recordedAt">, now: Date): AsOf {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return { validOn: day(query.validOn ?? query.recordedAt ?? now), recordedAt: (query.recordedAt ?? now).toISOString() };
}

/** A file name that says what the file shows: "demo-tracker-valid-2020-01-01-recorded-2023-05-16T0900Z". */
function fileName(base: string, asOf: AsOf): string {
  return `${base}-valid-${asOf.validOn}-recorded-${asOf.recordedAt.slice(0, 16).replace(":", "")}Z`;
}

/** Every row of the tracker for a query (the current tracker URL), with provenance, for members of the workspace. */
export async function exportTracker(actor: Actor, workspaceSlug: string, input: TrackerQueryInput): Promise<TrackerExport> {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const query = requireTrackerQuery(input);
  const now = new Date();
  const asOf = asOfDates(query, now);
  return {
    name: fileName(`${access.slug}-tracker`, asOf),
    workspace: access.slug,
    view: null,
    query: trackerParams(query),
    exportedAt: now,
    asOf,
    rows: walk(access.workspaceId, query, asOf),
  };
}

/** Every row of a saved view the actor can see, with provenance. */
export async function exportView(actor: Actor, workspaceSlug: string, viewId: string): Promise<TrackerExport> {
  const { access, view, query } = await getView(actor, workspaceSlug, viewId);
  const now = new Date();
  const asOf = asOfDates(query, now);
  return {
    name: fileName(view.name, asOf),
    workspace: access.slug,
    view: { id: view.id, name: view.name },
    query: view.query,
    exportedAt: now,
    asOf,
    rows: walk(access.workspaceId, query, asOf),
  };
}

/** Walks the keyset pages from the first, whatever page the query was on, so the export holds every matching row. */
async function* walk(workspaceId: string, query: TrackerQuery, asOf: AsOf): AsyncGenerator<ExportRow> {
  let cursor: string | undefined;
  do {
    const page = await trackerPage(workspaceId, { ...query, cursor, limit: PAGE });
    yield* await withProvenance(workspaceId, query, asOf, page.rows);
    cursor = page.nextCursor;
  } while (cursor);
}

/** Adds to a page of rows the citations of each status shown and each item's last change, as of the query's dates. */
async function withProvenance(workspaceId: string, query: TrackerQuery, asOf: AsOf, rows: TrackerRow[]): Promise<ExportRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const R = query.recordedAt;
  const target = await listReadTarget();
  // The statuses shown and the last changes are read at once; then the citations of those statuses.
  const [events, changes] = await Promise.all([
    readRows<{ itemId: string; id: string; announcedOn: Date | null; announcedPrecision: DatePrecision | null }>(sql`
    SELECT i.id AS "itemId", s."eventId" AS id, s."announcedOn", s."announcedPrecision" FROM "TrackedItem" i ${statusAsOf(sql`i.id`, query)}
    WHERE i."workspaceId" = ${workspaceId}::uuid AND i.id = ANY(${ids}::uuid[]) AND s."eventId" IS NOT NULL`, target),
    readRows<{ itemId: string; recordedAt: Date; type: string; reason: string; actorId: string | null }>(sql`
    SELECT DISTINCT ON (c."itemId") c."itemId", c."recordedAt", c.type, c.reason, c."actorId" FROM "ChangeRecord" c
    WHERE c."workspaceId" = ${workspaceId}::uuid AND c."itemId" = ANY(${ids}::uuid[]) AND c."chainKey" = 'item:' || c."itemId"::text
      ${R ? sql`AND c."recordedAt" <= ${R}` : empty}
    ORDER BY c."itemId", c."recordedAt" DESC, c.id DESC`, target),
  ]);
  const citations = await readRows<{
    statusEventId: string;
    source: string;
    excerpt: string;
    url: string | null;
    publisher: string | null;
    publishedOn: Date | null;
    publishedPrecision: DatePrecision | null;
  }>(sql`
    SELECT c."statusEventId", s.title AS source, c.excerpt, s.url, s.publisher, s."publishedOn", s."publishedPrecision"
    FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId"
    WHERE c."workspaceId" = ${workspaceId}::uuid AND c."statusEventId" = ANY(${events.map((e) => e.id)}::uuid[])
      ${R ? sql`AND c."createdAt" <= ${R}` : empty}
    ORDER BY c."createdAt", c.id`, target);
  const people = await peopleByIds(changes.map((c) => c.actorId));
  const eventOf = new Map(events.map((e) => [e.itemId, e]));
  const changeOf = new Map(changes.map((c) => [c.itemId, c]));
  // Citations by status, in their order: one pass instead of filtering all of them for every row.
  const citationsOf = new Map<string, ExportCitation[]>();
  for (const { statusEventId, source, excerpt, url, publisher, publishedOn, publishedPrecision } of citations) {
    const list = citationsOf.get(statusEventId) ?? [];
    list.push({ source, excerpt, url, publisher, publishedOn: publishedOn && publishedPrecision ? partialDateKey(publishedOn, publishedPrecision) : null });
    citationsOf.set(statusEventId, list);
  }
  return rows.map((row) => {
    const change = changeOf.get(row.id);
    const event = eventOf.get(row.id);
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      implementingJurisdictions: row.implementingJurisdictions,
      affectedJurisdictions: row.affectedJurisdictions,
      tags: row.tags,
      status: row.status,
      effectiveOn: row.effectiveOn && row.precision ? partialDateKey(row.effectiveOn, row.precision) : null,
      announcedOn: event?.announcedOn && event.announcedPrecision ? partialDateKey(event.announcedOn, event.announcedPrecision) : null,
      needsSource: row.needsSource,
      hasDiscrepancy: row.hasDiscrepancy,
      citations: citationsOf.get(event?.id ?? "") ?? [],
      lastChange: change ? { at: change.recordedAt, type: change.type, reason: change.reason, by: change.actorId ? (people.get(change.actorId) ?? null) : null } : null,
      asOf,
    };
  });
}
