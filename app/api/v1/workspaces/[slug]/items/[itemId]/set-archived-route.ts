import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { setArchived, type SetArchivedInput } from "@/lib/tracking/set-archived";

/** The handler behind both /archive and /restore, which differ only in the state they ask for. */
export function setArchivedRoute(archived: boolean) {
  return apiRoute<{ slug: string; itemId: string }>(async ({ request, params, actor }) =>
    setArchived(actor, params.slug, await bodyInput<SetArchivedInput>(request, { itemId: pathId(params.itemId, "Item"), archived })),
  );
}
