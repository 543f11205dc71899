import { apiRoute, searchInput } from "@/lib/http/api-route";
import { listChanges, type ChangeFilter } from "@/lib/history/list-changes";

/** The workspace's activity: change records newest first, filtered by actorId, itemId, type, from and to; paged by before. */
export const GET = apiRoute<{ slug: string }>(async ({ request, params, actor }) => {
  const { changes, nextBefore } = await listChanges(actor, params.slug, searchInput<ChangeFilter>(request));
  return { changes, nextBefore };
});
