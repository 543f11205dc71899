import { readRows } from "@/lib/db/read-sql";
import { invalid, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { WorkspaceAccess } from "@/lib/workspaces/authorize";

type ItemForWrite = EditableSource & { id: string; kind: ItemKind; version: number; archivedAt: Date | null };

/**
 * The item, if it belongs to the workspace; archived items accept no edits but a restore. Read before the write's
 * transaction (on the lighter read path): the write itself is guarded by the item's version (claimItemVersion).
 */
export async function findItemForWrite(access: WorkspaceAccess, itemId: string, options: { allowArchived?: boolean } = {}): Promise<ItemForWrite> {
  const [item] = await readRows<ItemForWrite>(Prisma.sql`
    SELECT id, kind::text AS kind, version, title, summary, "implementingJurisdictions", "affectedJurisdictions", tags, "archivedAt"
    FROM "TrackedItem" WHERE id = ${itemId}::uuid AND "workspaceId" = ${access.workspaceId}::uuid`);
  if (!item) throw notFound("Item");
  if (item.archivedAt && !options.allowArchived) throw invalid("This item is archived. Restore it before changing it.");
  return item;
}

type EditableSource = {
  title: string;
  summary: string;
  implementingJurisdictions: string[];
  affectedJurisdictions: string[];
  tags: string[];
};

/** The fields an edit can change, as plain values for diffs. */
export function editableFields(item: EditableSource): EditableSource {
  return {
    title: item.title,
    summary: item.summary,
    implementingJurisdictions: item.implementingJurisdictions,
    affectedJurisdictions: item.affectedJurisdictions,
    tags: item.tags,
  };
}
