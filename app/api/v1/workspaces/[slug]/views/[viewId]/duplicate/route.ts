import { apiRoute, bodyInput, pathId, toJson } from "@/lib/http/api-route";
import { duplicateView, type DuplicateViewInput } from "@/lib/views/duplicate-view";

/** Copies the view into a new view of the caller's: `{ name?, visibility? }`. */
export const POST = apiRoute<{ slug: string; viewId: string }>(async ({ request, params, actor }) =>
  toJson(await duplicateView(actor, params.slug, await bodyInput<DuplicateViewInput>(request, { viewId: pathId(params.viewId, "View") }))),
);
