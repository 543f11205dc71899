import { apiRoute, jsonArray, jsonObject, pathId, searchInput } from "@/lib/http/api-route";
import { listItemChangesJson, type ChangeFilter } from "@/lib/history/list-changes";

/**
 * One item's change records, newest first; the same filters and pages as /changes; 404 for an item the workspace does
 * not hold.
 */
export const GET = apiRoute<{ slug: string; itemId: string }>(async ({ request, params, actor }) => {
  const { changes, nextBefore } = await listItemChangesJson(actor, params.slug, pathId(params.itemId, "Item"), searchInput<ChangeFilter>(request));
  return jsonObject({ changes: jsonArray(changes), nextBefore });
});
