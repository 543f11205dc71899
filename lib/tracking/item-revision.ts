import type { Tx } from "@/lib/db";

/** Records the item's fields as this write left them; called in the write's transaction. */
export async function recordItemRevision(tx: Tx, itemId: string, recordedAt: Date): Promise<void> {
  const item = await tx.trackedItem.findUniqueOrThrow({
    where: { id: itemId },
    select: {
      workspaceId: true,
      title: true,
      summary: true,
      implementingJurisdictions: true,
      affectedJurisdictions: true,
      tags: true,
      archivedAt: true,
    },
  });
  const { archivedAt, ...fields } = item;
  await tx.itemRevision.create({ data: { ...fields, itemId, recordedAt, archived: archivedAt !== null } });
}
