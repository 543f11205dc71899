import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { addCitation, type AddCitationInput } from "@/lib/tracking/add-citation";

export const POST = apiRoute<{ slug: string; itemId: string }>(async ({ request, params, actor }) =>
  addCitation(actor, params.slug, await bodyInput<AddCitationInput>(request, { itemId: pathId(params.itemId, "Item") })),
);
