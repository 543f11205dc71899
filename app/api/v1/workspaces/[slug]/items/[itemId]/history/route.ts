import { apiRoute, jsonArray, jsonObject, pathId, searchInput } from "@/lib/http/api-route";
import { listChangesJson, type ChangeFilter } from "@/lib/history/list-changes";

/** One item's change records, newest first; the same filters and pages as /changes. */
export const GET = apiRoute<{ slug: string; itemId: string }>(async ({ request, params, actor }) => {
  const { changes, nextBefore } = await listChangesJson(actor, params.slug, searchInput<ChangeFilter>(request, { itemId: pathId(params.itemId, "Item") }));
  return jsonObject({ changes: jsonArray(changes), nextBefore });
});
