import type { Tx } from "@/lib/db";

/**
 * Recomputes the item's cached current status from its latest effective, unretracted status event (ties broken by
 * record time) and whether any current event still lacks a source. Runs in the transaction that changed the events.
 */
export async function refreshCurrentStatus(tx: Tx, itemId: string): Promise<void> {
  const events = await tx.statusEvent.findMany({
    where: { itemId, retractedAt: null },
    orderBy: [{ effectiveOn: "desc" }, { recordedAt: "desc" }],
    select: { status: true, effectiveOn: true, precision: true, noSourceYet: true, _count: { select: { citations: true } } },
  });
  const latest = events[0];
  await tx.trackedItem.update({
    where: { id: itemId },
    data: {
      currentStatus: latest?.status ?? null,
      currentEffectiveOn: latest?.effectiveOn ?? null,
      currentPrecision: latest?.precision ?? null,
      needsSource: events.some((event) => event.noSourceYet && event._count.citations === 0),
    },
  });
}
