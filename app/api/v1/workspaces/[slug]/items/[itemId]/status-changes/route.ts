import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { recordStatusChange, type RecordStatusChangeInput } from "@/lib/tracking/record-status-change";

export const POST = apiRoute<{ slug: string; itemId: string }>(async ({ request, params, actor }) =>
  recordStatusChange(actor, params.slug, await bodyInput<RecordStatusChangeInput>(request, { itemId: pathId(params.itemId, "Item") })),
);
