import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, ItemKind, RelationType } from "@/lib/generated/prisma/enums";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/workspaces/authorize";
import { statusAsOf } from "./query-tracker";
import { STATUS_EVENT_ORDER, STATUS_EVENT_ORDER_DESC } from "./status-event-order";

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

type Citation = { id: string; excerpt: string; startOffset: number; endOffset: number; source: { id: string; title: string; publisher: string | null; language: string } };

type StatusEvent = {
  id: string;
  status: string;
  effectiveOn: Date;
  precision: DatePrecision;
  announcedOn: Date | null;
  announcedPrecision: DatePrecision | null;
  note: string;
  noSourceYet: boolean;
  recordedAt: Date;
  recordedById: string;
  citations: Citation[];
  recordedBy: string;
};

type Discrepancy = { id: string; note: string; createdAt: Date };

type ItemRow = {
  id: string;
  kind: ItemKind;
  title: string;
  summary: string;
  implementingJurisdictions: string[];
  affectedJurisdictions: string[];
  tags: string[];
  version: number;
  archivedAt: Date | null;
  needsSource: boolean;
  updatedAt: Date;
  status: string | null;
  effectiveOn: Date | null;
  precision: DatePrecision | null;
  nextStatus: string | null;
  nextEffectiveOn: Date | null;
  nextPrecision: DatePrecision | null;
  nextAnnouncedOn: Date | null;
  nextAnnouncedPrecision: DatePrecision | null;
  statusEvents: Json<StatusEvent>[];
  statusEventCount: number;
  relationsFrom: { id: string; type: RelationType; note: string; toItem: { id: string; title: string } }[];
  relationsTo: { id: string; type: RelationType; note: string; fromItem: { id: string; title: string } }[];
  discrepancies: Json<Discrepancy>[];
};

const ZItemId = z.uuid();
const { sql } = Prisma;
const jsonList = (select: Prisma.Sql) => sql`COALESCE((${select}), '[]'::json)`;

/**
 * The item with its current status events (not retracted; by effective date, then in the order recorded; the latest
 * `latestStatuses` of them when given) and who recorded each, their citations (oldest first) with their sources, how
 * many current status events it has, its relations both ways (not removed), its open discrepancies and today's status:
 * one statement, the lists built as JSON by PostgreSQL, where the Prisma client took several round trips and most of a
 * request's CPU (issue 15).
 */
function itemQuery(workspaceId: string, itemId: string, latestStatuses: number | undefined): Prisma.Sql {
  const current = sql`"StatusEvent" e WHERE e."itemId" = i.id AND NOT EXISTS (SELECT 1 FROM "StatusRetraction" x WHERE x."statusEventId" = e.id)`;
  const citations = jsonList(sql`
    SELECT json_agg(json_build_object('id', c.id, 'excerpt', c.excerpt, 'startOffset', c."startOffset", 'endOffset', c."endOffset",
             'source', json_build_object('id', s.id, 'title', s.title, 'publisher', s.publisher, 'language', s.language))
           ORDER BY c."createdAt", c.id)
    FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId" WHERE c."statusEventId" = e.id`);
  const events = jsonList(sql`
    SELECT json_agg(json_build_object('id', e.id, 'status', e.status, 'effectiveOn', e."effectiveOn", 'precision', e.precision,
             'announcedOn', e."announcedOn", 'announcedPrecision', e."announcedPrecision", 'note', e.note,
             'noSourceYet', e."noSourceYet", 'recordedAt', e."recordedAt", 'recordedById', e."recordedById",
             'citations', ${citations}, 'recordedBy', COALESCE(u.name, 'Unknown'))
           ORDER BY ${STATUS_EVENT_ORDER})
    FROM (SELECT e.* FROM ${current} ORDER BY ${STATUS_EVENT_ORDER_DESC} LIMIT ${latestStatuses ?? null}) e
      LEFT JOIN "User" u ON u.id = e."recordedById"`);
  const relations = (own: "fromItemId" | "toItemId", other: "toItemId" | "fromItemId", key: "toItem" | "fromItem") =>
    jsonList(sql`
      SELECT json_agg(json_build_object('id', r.id, 'type', r.type, 'note', r.note, ${Prisma.raw(`'${key}'`)}, json_build_object('id', o.id, 'title', o.title))
             ORDER BY r.id)
      FROM "ItemRelation" r JOIN "TrackedItem" o ON o.id = r.${Prisma.raw(`"${other}"`)}
      WHERE r.${Prisma.raw(`"${own}"`)} = i.id AND r."removedAt" IS NULL`);
  const discrepancies = jsonList(sql`
    SELECT json_agg(json_build_object('id', d.id, 'note', d.note, 'createdAt', d."createdAt") ORDER BY d."createdAt", d.id)
    FROM "Discrepancy" d WHERE d."workspaceId" = i."workspaceId" AND d."itemId" = i.id AND d."resolvedAt" IS NULL`);
  return sql`
    SELECT i.id, i.kind::text AS kind, i.title, i.summary, i."implementingJurisdictions", i."affectedJurisdictions", i.tags,
           i.version, i."archivedAt", i."needsSource", i."updatedAt",
           s.status, s."effectiveOn", s.precision::text AS precision, s."nextStatus", s."nextEffectiveOn",
           s."nextPrecision"::text AS "nextPrecision", s."nextAnnouncedOn", s."nextAnnouncedPrecision"::text AS "nextAnnouncedPrecision",
           ${events} AS "statusEvents", (SELECT count(*) FROM ${current})::int AS "statusEventCount",
           ${relations("fromItemId", "toItemId", "toItem")} AS "relationsFrom",
           ${relations("toItemId", "fromItemId", "fromItem")} AS "relationsTo",
           ${discrepancies} AS discrepancies
    FROM "TrackedItem" i ${statusAsOf(sql`i.id`, {})}
    WHERE i.id = ${itemId}::uuid AND i."workspaceId" = ${workspaceId}::uuid`;
}

// JSON carries dates as text: days as "2024-03-01" (read as that day's UTC midnight, as the Prisma client reads a date
// column), instants with their offset.
const date = (text: string) => new Date(text);
const dateOrNull = (text: string | null) => (text === null ? null : new Date(text));

/**
 * One item with its status timeline (and each citation's excerpt), relations and open discrepancies. A page asks for
 * the latest statuses only: an item followed for years can hold a thousand, and drawn all at once they made a 6 MB page.
 */
export async function getItem(actor: Actor, workspaceSlug: string, itemId: string, options: { latestStatuses?: number } = {}) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  // A string that cannot be an id names no item, and must not reach the query's uuid cast.
  if (!ZItemId.safeParse(itemId).success) throw notFound("Item");
  // Today's answer comes from the same definition as the tracker's (not the cache, which may wait for a due refresh).
  const [row] = await readRows<ItemRow>(itemQuery(access.workspaceId, itemId, options.latestStatuses));
  if (!row) throw notFound("Item");
  const { status, effectiveOn, precision, nextStatus, nextEffectiveOn, nextPrecision, nextAnnouncedOn, nextAnnouncedPrecision, statusEvents, relationsFrom, relationsTo, discrepancies, ...item } = row;
  const next =
    nextStatus && nextEffectiveOn && nextPrecision
      ? { status: nextStatus, effectiveOn: nextEffectiveOn, precision: nextPrecision, announcedOn: nextAnnouncedOn, announcedPrecision: nextAnnouncedPrecision }
      : null;
  return {
    access,
    item: {
      ...item,
      statusEvents: statusEvents.map(
        (e): StatusEvent => ({ ...e, effectiveOn: date(e.effectiveOn), announcedOn: dateOrNull(e.announcedOn), recordedAt: date(e.recordedAt) }),
      ),
      relationsFrom,
      relationsTo,
      currentStatus: status,
      currentEffectiveOn: effectiveOn,
      currentPrecision: precision,
      next,
    },
    discrepancies: discrepancies.map((d): Discrepancy => ({ ...d, createdAt: date(d.createdAt) })),
  };
}
