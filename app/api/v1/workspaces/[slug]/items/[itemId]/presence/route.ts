import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { reportPresence, type PresenceInput } from "@/lib/live/presence";

/** A heartbeat from a page showing the item: `{ editing?, leaving? }`; answers who is on the item now. */
export const POST = apiRoute<{ slug: string; itemId: string }>(async ({ request, params, actor }) =>
  reportPresence(actor, params.slug, await bodyInput<PresenceInput>(request, { itemId: pathId(params.itemId, "Item") })),
);
