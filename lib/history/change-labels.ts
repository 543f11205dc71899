import type { DiffNames } from "@/lib/history/describe-diff";
import { readRows } from "@/lib/db/read-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ItemKind } from "@/lib/generated/prisma/enums";
import type { WorkspaceAccess } from "@/lib/workspaces/authorize";

type Referencing = { itemId: string | null; sourceId: string | null; diff: Prisma.JsonValue };
export type ChangeLabels = Required<Pick<DiffNames, "items" | "sources">> & { kinds: Record<string, ItemKind> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id a change refers to: its item and source, and any id inside its diff (relation targets, cited sources). */
function referencedIds(changes: Referencing[]): string[] {
  const ids = new Set<string>();
  const pending: unknown[] = [];
  for (const change of changes) {
    if (change.itemId) ids.add(change.itemId);
    if (change.sourceId) ids.add(change.sourceId);
    pending.push(change.diff);
  }
  for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
    if (typeof value === "string" && UUID.test(value)) ids.add(value);
    else if (value && typeof value === "object") pending.push(...Object.values(value));
  }
  return [...ids];
}

/**
 * Titles (and kinds) of the items and sources a page of change records names, so its diffs read as titles: only those,
 * where pages used to load every item and source of the workspace. `access` comes from `authorize` (through the listing
 * that produced the changes), and only that workspace's records are looked up. `alsoIds` names records the page shows
 * besides the changes (the item a list is filtered by).
 */
export async function labelsForChanges(access: WorkspaceAccess, changes: Referencing[], alsoIds: string[] = []): Promise<ChangeLabels> {
  const ids = [...new Set([...referencedIds(changes), ...alsoIds])];
  if (ids.length === 0) return { items: {}, sources: {}, kinds: {} };
  const [items, sources] = await Promise.all([
    readRows<{ id: string; title: string; kind: ItemKind }>(Prisma.sql`
      SELECT id, title, kind::text AS kind FROM "TrackedItem" WHERE "workspaceId" = ${access.workspaceId}::uuid AND id = ANY(${ids}::uuid[])`),
    readRows<{ id: string; title: string }>(Prisma.sql`
      SELECT id, title FROM "Source" WHERE "workspaceId" = ${access.workspaceId}::uuid AND id = ANY(${ids}::uuid[])`),
  ]);
  return {
    items: Object.fromEntries(items.map((i) => [i.id, i.title])),
    sources: Object.fromEntries(sources.map((s) => [s.id, s.title])),
    kinds: Object.fromEntries(items.map((i) => [i.id, i.kind])),
  };
}
