import type { Actor } from "@/lib/auth/actor";
import { listReadTarget } from "@/lib/db/read-routing";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { partialDateKey } from "@/lib/tracking/partial-date";
import { statusAsOf, trackerPage, type TrackerRow } from "@/lib/tracking/query-tracker";
import { authorize } from "@/lib/workspaces/authorize";
import { peopleByIds } from "@/lib/workspaces/people";
import { getView } from "./get-view";
import { requireTrackerQuery, trackerParams, type TrackerQuery, type TrackerQueryInput } from "./tracker-query";

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
  needsSource: boolean;
  hasDiscrepancy: boolean;
  /** The citations of the status shown, as they stood at the query's record time. */
  citations: { source: string; excerpt: string }[];
  lastChange: { at: Date; type: string; reason: string; by: string | null } | null;
};

export type TrackerExport = {
  /** A name for the file, without extension. */
  name: string;
  workspace: string;
  view: { id: string; name: string } | null;
  /** The query as URL parameters, so the export says what it is of. */
  query: Record<string, string>;
  exportedAt: Date;
  rows: AsyncIterable<ExportRow>;
};

const { sql, empty } = Prisma;
const PAGE = 200;

/** Every row of the tracker for a query (the current tracker URL), with provenance, for members of the workspace. */
export async function exportTracker(actor: Actor, workspaceSlug: string, input: TrackerQueryInput): Promise<TrackerExport> {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const query = requireTrackerQuery(input);
  const now = new Date();
  return { name: `${access.slug}-tracker-${now.toISOString().slice(0, 10)}`, workspace: access.slug, view: null, query: trackerParams(query), exportedAt: now, rows: walk(access.workspaceId, query) };
}

/** Every row of a saved view the actor can see, with provenance. */
export async function exportView(actor: Actor, workspaceSlug: string, viewId: string): Promise<TrackerExport> {
  const { access, view, query } = await getView(actor, workspaceSlug, viewId);
  return { name: view.name, workspace: access.slug, view: { id: view.id, name: view.name }, query: view.query, exportedAt: new Date(), rows: walk(access.workspaceId, query) };
}

/** Walks the keyset pages from the first, whatever page the query was on, so the export holds every matching row. */
async function* walk(workspaceId: string, query: TrackerQuery): AsyncGenerator<ExportRow> {
  let cursor: string | undefined;
  do {
    const page = await trackerPage(workspaceId, { ...query, cursor, limit: PAGE });
    yield* await withProvenance(workspaceId, query, page.rows);
    cursor = page.nextCursor;
  } while (cursor);
}

/** Adds to a page of rows the citations of each status shown and each item's last change, as of the query's dates. */
async function withProvenance(workspaceId: string, query: TrackerQuery, rows: TrackerRow[]): Promise<ExportRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const R = query.recordedAt;
  const target = await listReadTarget();
  // The statuses shown and the last changes are read at once; then the citations of those statuses.
  const [events, changes] = await Promise.all([
    readRows<{ itemId: string; id: string }>(sql`
    SELECT i.id AS "itemId", s."eventId" AS id FROM "TrackedItem" i ${statusAsOf(sql`i.id`, query)}
    WHERE i."workspaceId" = ${workspaceId}::uuid AND i.id = ANY(${ids}::uuid[]) AND s."eventId" IS NOT NULL`, target),
    readRows<{ itemId: string; recordedAt: Date; type: string; reason: string; actorId: string | null }>(sql`
    SELECT DISTINCT ON (c."itemId") c."itemId", c."recordedAt", c.type, c.reason, c."actorId" FROM "ChangeRecord" c
    WHERE c."workspaceId" = ${workspaceId}::uuid AND c."itemId" = ANY(${ids}::uuid[]) ${R ? sql`AND c."recordedAt" <= ${R}` : empty}
    ORDER BY c."itemId", c."recordedAt" DESC, c.id DESC`, target),
  ]);
  const citations = await readRows<{ statusEventId: string; source: string; excerpt: string }>(sql`
    SELECT c."statusEventId", s.title AS source, c.excerpt FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId"
    WHERE c."workspaceId" = ${workspaceId}::uuid AND c."statusEventId" = ANY(${events.map((e) => e.id)}::uuid[])
      ${R ? sql`AND c."createdAt" <= ${R}` : empty}
    ORDER BY c."createdAt", c.id`, target);
  const people = await peopleByIds(changes.map((c) => c.actorId));
  const eventOf = new Map(events.map((e) => [e.itemId, e.id]));
  const changeOf = new Map(changes.map((c) => [c.itemId, c]));
  // Citations by status, in their order: one pass instead of filtering all of them for every row.
  const citationsOf = new Map<string, { source: string; excerpt: string }[]>();
  for (const { statusEventId, source, excerpt } of citations) {
    const list = citationsOf.get(statusEventId) ?? [];
    list.push({ source, excerpt });
    citationsOf.set(statusEventId, list);
  }
  return rows.map((row) => {
    const change = changeOf.get(row.id);
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      implementingJurisdictions: row.implementingJurisdictions,
      affectedJurisdictions: row.affectedJurisdictions,
      tags: row.tags,
      status: row.status,
      effectiveOn: row.effectiveOn && row.precision ? partialDateKey(row.effectiveOn, row.precision) : null,
      needsSource: row.needsSource,
      hasDiscrepancy: row.hasDiscrepancy,
      citations: citationsOf.get(eventOf.get(row.id) ?? "") ?? [],
      lastChange: change ? { at: change.recordedAt, type: change.type, reason: change.reason, by: change.actorId ? (people.get(change.actorId) ?? null) : null } : null,
    };
  });
}
