import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/db/read-sql";
import { invalid, zodFieldErrors } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import { CHANGE_GROUPS, isChangeType, CHANGE_TYPES, type ChangeGroup } from "@/lib/history/change-types";
import { assertStorableInput } from "@/lib/http/storable-input";
import { authorize } from "@/lib/workspaces/authorize";
import { ZDay } from "./partial-date-schema";
import { addDays, utcDay } from "./timeline-layout";

/** How far back "what changed" looks by default. */
export const CHANGES_SINCE_DAYS = 7;
/** Items or sources listed per kind of change, most recently changed first (the activity page has the rest). */
const ENTRIES_PER_GROUP = 8;
/** Open disagreements and items without a source listed (the tracker's filters list them all). */
const LIST_LIMIT = 50;

export const ZOverviewInput = z.object({ since: ZDay.optional() });
export type OverviewInput = z.input<typeof ZOverviewInput>;

/** An item or source changed since the date, within one kind of change. */
export type ChangedEntry = { itemId: string | null; sourceId: string | null; title: string | null; changes: number; lastAt: Date };

export type ChangeGroupSummary = { group: ChangeGroup; changes: number; entries: ChangedEntry[] };

export type OpenDiscrepancy = {
  id: string;
  note: string;
  createdAt: Date;
  itemId: string | null;
  itemTitle: string | null;
  sourceAId: string | null;
  sourceATitle: string | null;
  sourceBId: string | null;
  sourceBTitle: string | null;
};

export type UnsourcedItem = { id: string; kind: ItemKind; title: string };

const { sql } = Prisma;

/**
 * A workspace at a glance, apart from its statuses over time (readStatusSeries): what changed since a day (a week ago
 * by default), by kind of change, from the change log; open disagreements between sources; items with a status that
 * has no source yet.
 */
export async function readWorkspaceOverview(actor: Actor, workspaceSlug: string, input: OverviewInput) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  assertStorableInput(input);
  const parsed = ZOverviewInput.safeParse({ since: input.since || undefined });
  if (!parsed.success) throw invalid("The date is not valid", zodFieldErrors(parsed.error));
  const today = utcDay(new Date());
  const since = parsed.data.since ?? addDays(today, -CHANGES_SINCE_DAYS);
  if (since > today) throw invalid("The date is not valid", { since: ["Choose a day up to today"] });
  const ws = access.workspaceId;
  const [typeCounts, entries, discrepancies, unsourced] = await Promise.all([
    readRows<{ type: string; count: number }>(sql`
      SELECT r.type, count(*)::int AS count FROM "ChangeRecord" r
      WHERE r."workspaceId" = ${ws}::uuid AND r."recordedAt" >= ${since} GROUP BY r.type`),
    readRows<{ type: string; itemId: string | null; sourceId: string | null; title: string | null; count: number; lastAt: Date }>(sql`
      SELECT c.type, c."itemId", c."sourceId", COALESCE(i.title, s.title) AS title, c.count, c."lastAt"
      FROM (
        SELECT r.type, r."itemId", r."sourceId", count(*)::int AS count, max(r."recordedAt") AS "lastAt" FROM "ChangeRecord" r
        WHERE r."workspaceId" = ${ws}::uuid AND r."recordedAt" >= ${since} AND (r."itemId" IS NOT NULL OR r."sourceId" IS NOT NULL)
        GROUP BY r.type, r."itemId", r."sourceId"
        ORDER BY "lastAt" DESC LIMIT 2000
      ) c
      LEFT JOIN "TrackedItem" i ON i.id = c."itemId" AND i."workspaceId" = ${ws}::uuid
      LEFT JOIN "Source" s ON s.id = c."sourceId" AND s."workspaceId" = ${ws}::uuid
      ORDER BY c."lastAt" DESC`),
    readRows<OpenDiscrepancy & { total: number }>(sql`
      SELECT d.id, d.note, d."createdAt", d."itemId", i.title AS "itemTitle", d."sourceAId", sa.title AS "sourceATitle",
             d."sourceBId", sb.title AS "sourceBTitle", count(*) OVER ()::int AS total
      FROM "Discrepancy" d
      LEFT JOIN "TrackedItem" i ON i.id = d."itemId"
      LEFT JOIN "Source" sa ON sa.id = d."sourceAId"
      LEFT JOIN "Source" sb ON sb.id = d."sourceBId"
      WHERE d."workspaceId" = ${ws}::uuid AND d."resolvedAt" IS NULL
      ORDER BY d."createdAt" DESC, d.id LIMIT ${LIST_LIMIT}`),
    readRows<UnsourcedItem & { total: number }>(sql`
      SELECT i.id, i.kind::text AS kind, i.title, count(*) OVER ()::int AS total FROM "TrackedItem" i
      WHERE i."workspaceId" = ${ws}::uuid AND i."archivedAt" IS NULL AND i."needsSource"
      ORDER BY i."updatedAt" DESC, i.id LIMIT ${LIST_LIMIT}`),
  ]);
  return {
    workspace: { slug: access.slug, name: access.name },
    since,
    changes: summariseChanges(typeCounts, entries),
    discrepancies: { rows: discrepancies.map(({ total: _total, ...row }) => row), total: discrepancies[0]?.total ?? 0 },
    unsourced: { rows: unsourced.map(({ total: _total, ...row }) => row), total: unsourced[0]?.total ?? 0 },
  };
}

const groupOf = (type: string): ChangeGroup | null => (isChangeType(type) ? CHANGE_TYPES[type].group : null);

/**
 * The changes by kind (the activity filter's groups, in its order), each with the items or sources it touched, most
 * recently changed first. A record of a type this version does not know is counted under no group.
 */
function summariseChanges(
  typeCounts: { type: string; count: number }[],
  entries: { type: string; itemId: string | null; sourceId: string | null; title: string | null; count: number; lastAt: Date }[],
): ChangeGroupSummary[] {
  const groups = new Map<ChangeGroup, ChangeGroupSummary>();
  const summary = (group: ChangeGroup) => {
    const found = groups.get(group) ?? { group, changes: 0, entries: [] };
    groups.set(group, found);
    return found;
  };
  for (const { type, count } of typeCounts) {
    const group = groupOf(type);
    if (group) summary(group).changes += count;
  }
  // Entries arrive newest first; one entry per item or source within a group, however many types it had there.
  for (const entry of entries) {
    const group = groupOf(entry.type);
    if (!group) continue;
    const list = summary(group).entries;
    const same = list.find((e) => e.itemId === entry.itemId && e.sourceId === entry.sourceId);
    if (same) same.changes += entry.count;
    else list.push({ itemId: entry.itemId, sourceId: entry.sourceId, title: entry.title, changes: entry.count, lastAt: entry.lastAt });
  }
  const order = Object.keys(CHANGE_GROUPS) as ChangeGroup[];
  return order.flatMap((group) => {
    const found = groups.get(group);
    return found ? [{ ...found, entries: found.entries.slice(0, ENTRIES_PER_GROUP) }] : [];
  });
}
