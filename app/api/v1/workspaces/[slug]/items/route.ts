import { apiRoute, bodyInput, jsonArray, jsonObject, searchInput } from "@/lib/http/api-route";
import { createItem } from "@/lib/tracking/create-item";
import type { CreateItemInput } from "@/lib/tracking/item-input";
import { queryTrackerJson } from "@/lib/tracking/query-tracker";
import type { TrackerQueryInput } from "@/lib/views/tracker-query";

type Params = { slug: string };

/** The tracker: the same filters, sort, as-of dates and keyset pages (both ways) as the tracker page's query string. */
export const GET = apiRoute<Params>(async ({ request, params, actor }) => {
  const { rows, nextCursor, prevCursor } = await queryTrackerJson(actor, params.slug, searchInput<TrackerQueryInput>(request));
  return jsonObject({ items: jsonArray(rows), nextCursor, prevCursor });
});

export const POST = apiRoute<Params>(async ({ request, params, actor }) =>
  createItem(actor, params.slug, await bodyInput<CreateItemInput>(request)),
);
