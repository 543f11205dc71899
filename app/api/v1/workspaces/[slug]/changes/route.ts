import { apiRoute, jsonArray, jsonObject, searchInput } from "@/lib/http/api-route";
import { listChangesJson, type ChangeFilter } from "@/lib/history/list-changes";

/** The workspace's activity: change records newest first, filtered by actorId, itemId, type, from and to; paged by before. */
export const GET = apiRoute<{ slug: string }>(async ({ request, params, actor }) => {
  const { changes, nextBefore } = await listChangesJson(actor, params.slug, searchInput<ChangeFilter>(request));
  return jsonObject({ changes: jsonArray(changes), nextBefore });
});
