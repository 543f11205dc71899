import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { updateViewQuery, type UpdateViewQueryInput } from "@/lib/views/update-view-query";

/** Replaces the view's query with the tracker parameters given: `{ query }`. */
export const PUT = apiRoute<{ slug: string; viewId: string }>(async ({ request, params, actor }) =>
  updateViewQuery(actor, params.slug, await bodyInput<UpdateViewQueryInput>(request, { viewId: pathId(params.viewId, "View") })),
);
