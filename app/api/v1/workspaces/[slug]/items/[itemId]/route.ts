import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { getItem } from "@/lib/tracking/get-item";
import { updateItem, type UpdateItemInput } from "@/lib/tracking/update-item";

type Params = { slug: string; itemId: string };

export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { item, discrepancies } = await getItem(actor, params.slug, pathId(params.itemId, "Item"));
  return { item, discrepancies };
});

export const PATCH = apiRoute<Params>(async ({ request, params, actor }) =>
  updateItem(actor, params.slug, await bodyInput<UpdateItemInput>(request, { itemId: pathId(params.itemId, "Item") })),
);
