import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZDay } from "@/lib/tracking/partial-date";
import { authorize } from "@/lib/workspaces/authorize";

/** Kinds of change, for filters: a record's type starts with one of these. */
export const CHANGE_TYPES = {
  item: "Item created, edited, archived or restored",
  status: "Status recorded or retracted",
  citation: "Citation added",
  relation: "Relation added or removed",
  discrepancy: "Discrepancy flagged",
  source: "Source added or edited",
  member: "Membership",
  workspace: "Workspace",
} as const;

/** A change record's id: a positive PostgreSQL bigint, so an out-of-range id is bad input, not a database error. */
export const ZChangeId = z.coerce.bigint("Not a change id").positive("Not a change id").max(9_223_372_036_854_775_807n, "Not a change id");

export const ZChangeFilter = z.object({
  actorId: z.uuid().optional(),
  itemId: z.uuid().optional(),
  type: z.enum(Object.keys(CHANGE_TYPES) as [keyof typeof CHANGE_TYPES]).optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
  /** The id of the last record of the previous page: records older than it come next. */
  before: ZChangeId.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export type ChangeFilter = z.input<typeof ZChangeFilter>;

/** Change records of the workspace, newest first, filtered and paginated by id (keyset). */
export async function listChanges(actor: Actor, workspaceSlug: string, filter: ChangeFilter) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const f = ZChangeFilter.parse(filter);
  const where: Prisma.ChangeRecordWhereInput = {
    workspaceId: access.workspaceId,
    ...(f.actorId && { actorId: f.actorId }),
    ...(f.itemId && { itemId: f.itemId }),
    ...(f.type && { type: { startsWith: `${f.type}.` } }),
    ...((f.from || f.to) && {
      recordedAt: { ...(f.from && { gte: f.from }), ...(f.to && { lt: new Date(f.to.getTime() + 86_400_000) }) },
    }),
    ...(f.before !== undefined && { id: { lt: f.before } }),
  };
  const rows = await db.changeRecord.findMany({
    where,
    orderBy: { id: "desc" },
    take: f.limit + 1,
    select: { id: true, itemId: true, sourceId: true, actorId: true, recordedAt: true, type: true, changeKind: true, reason: true, diff: true, revertsId: true },
  });
  const page = rows.slice(0, f.limit);
  const [people, items, reverts] = await Promise.all([
    db.user.findMany({ where: { id: { in: uniqueIds(page.map((r) => r.actorId)) } }, select: { id: true, name: true } }),
    db.trackedItem.findMany({ where: { id: { in: uniqueIds(page.map((r) => r.itemId)) } }, select: { id: true, title: true } }),
    db.changeRecord.findMany({ where: { revertsId: { in: page.map((r) => r.id) } }, select: { id: true, revertsId: true } }),
  ]);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const titleOf = new Map(items.map((i) => [i.id, i.title]));
  const revertedBy = new Map(reverts.map((r) => [r.revertsId?.toString(), r.id]));
  return {
    access,
    changes: page.map((r) => ({
      ...r,
      actorName: r.actorId ? (nameOf.get(r.actorId) ?? "Unknown") : "System",
      itemTitle: r.itemId ? (titleOf.get(r.itemId) ?? null) : null,
      revertedById: revertedBy.get(r.id.toString()) ?? null,
    })),
    nextBefore: rows.length > f.limit ? page[page.length - 1]?.id : undefined,
  };
}

function uniqueIds(ids: (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
