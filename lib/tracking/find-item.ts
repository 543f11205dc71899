import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import type { WorkspaceAccess } from "@/lib/workspaces/authorize";

/** The item, if it belongs to the workspace; archived items accept no edits but a restore. */
export async function findItemForWrite(access: WorkspaceAccess, itemId: string, options: { allowArchived?: boolean } = {}) {
  const item = await db.trackedItem.findFirst({
    where: { id: itemId, workspaceId: access.workspaceId },
    select: {
      id: true,
      kind: true,
      version: true,
      title: true,
      summary: true,
      implementingJurisdictions: true,
      affectedJurisdictions: true,
      tags: true,
      archivedAt: true,
    },
  });
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
