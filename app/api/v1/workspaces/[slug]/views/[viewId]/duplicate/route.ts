import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { duplicateView, type DuplicateViewInput } from "@/lib/views/duplicate-view";

/** Copies the view into a new view of the caller's: `{ name?, visibility? }`. */
export const POST = apiRoute<{ slug: string; viewId: string }>(async ({ request, params, actor }) =>
  duplicateView(actor, params.slug, await bodyInput<DuplicateViewInput>(request, { viewId: pathId(params.viewId, "View") })),
);
