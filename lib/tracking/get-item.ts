import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { notFound } from "@/lib/errors";
import { authorize } from "@/lib/workspaces/authorize";
import { peopleByIds } from "@/lib/workspaces/people";
import { statusAsOf } from "./query-tracker";

type StatusColumns = {
  status: string | null;
  effectiveOn: Date | null;
  precision: DatePrecision | null;
  nextStatus: string | null;
  nextEffectiveOn: Date | null;
  nextPrecision: DatePrecision | null;
  nextAnnouncedOn: Date | null;
  nextAnnouncedPrecision: DatePrecision | null;
};

/** One item with its status timeline (and each citation's excerpt), relations and open discrepancies. */
export async function getItem(actor: Actor, workspaceSlug: string, itemId: string) {
  const access = await authorize(actor, workspaceSlug, "workspace.read");
  const item = await db.trackedItem.findFirst({
    where: { id: itemId, workspaceId: access.workspaceId },
    select: {
      id: true,
      kind: true,
      title: true,
      summary: true,
      implementingJurisdictions: true,
      affectedJurisdictions: true,
      tags: true,
      version: true,
      archivedAt: true,
      needsSource: true,
      updatedAt: true,
      statusEvents: {
        where: { retraction: { is: null } },
        orderBy: [{ effectiveOn: "asc" }, { recordedAt: "asc" }],
        select: {
          id: true,
          status: true,
          effectiveOn: true,
          precision: true,
          announcedOn: true,
          announcedPrecision: true,
          note: true,
          noSourceYet: true,
          recordedAt: true,
          recordedById: true,
          citations: {
            orderBy: { createdAt: "asc" },
            select: { id: true, excerpt: true, source: { select: { id: true, title: true, publisher: true, language: true } } },
          },
        },
      },
      relationsFrom: {
        where: { removedAt: null },
        select: { id: true, type: true, note: true, toItem: { select: { id: true, title: true } } },
      },
      relationsTo: {
        where: { removedAt: null },
        select: { id: true, type: true, note: true, fromItem: { select: { id: true, title: true } } },
      },
    },
  });
  if (!item) throw notFound("Item");
  const [discrepancies, [status]] = await Promise.all([
    db.discrepancy.findMany({
      where: { workspaceId: access.workspaceId, itemId: item.id, resolvedAt: null },
      select: { id: true, note: true, createdAt: true },
    }),
    // Today's answer, from the same definition as the tracker's (not the cache, which may wait for a due refresh).
    readRows<StatusColumns>(Prisma.sql`SELECT s.* FROM (SELECT ${item.id}::uuid AS id) i ${statusAsOf(Prisma.sql`i.id`, {})}`),
  ]);
  const people = await peopleByIds(item.statusEvents.map((e) => e.recordedById));
  const next =
    status?.nextStatus && status.nextEffectiveOn && status.nextPrecision
      ? {
          status: status.nextStatus,
          effectiveOn: status.nextEffectiveOn,
          precision: status.nextPrecision,
          announcedOn: status.nextAnnouncedOn,
          announcedPrecision: status.nextAnnouncedPrecision,
        }
      : null;
  return {
    access,
    item: {
      ...item,
      currentStatus: status?.status ?? null,
      currentEffectiveOn: status?.effectiveOn ?? null,
      currentPrecision: status?.precision ?? null,
      next,
      statusEvents: item.statusEvents.map((e) => ({ ...e, recordedBy: people.get(e.recordedById) ?? "Unknown" })),
    },
    discrepancies,
  };
}
