import type { Tx } from "@/lib/db";

/**
 * Recomputes the item's cached current status from its latest effective, unretracted status event (ties broken by
 * record time) and whether any current event still lacks a source. One statement, in the transaction that changed the
 * events.
 */
export async function refreshCurrentStatus(tx: Tx, itemId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "TrackedItem" i SET
      ("currentStatus", "currentEffectiveOn", "currentPrecision") = (
        SELECT e.status, e."effectiveOn", e.precision FROM "StatusEvent" e
        WHERE e."itemId" = i.id AND e."retractedAt" IS NULL
        ORDER BY e."effectiveOn" DESC, e."recordedAt" DESC LIMIT 1),
      "needsSource" = EXISTS (
        SELECT 1 FROM "StatusEvent" e
        WHERE e."itemId" = i.id AND e."retractedAt" IS NULL AND e."noSourceYet"
          AND NOT EXISTS (SELECT 1 FROM "Citation" c WHERE c."statusEventId" = e.id))
    WHERE i.id = ${itemId}::uuid`;
}
