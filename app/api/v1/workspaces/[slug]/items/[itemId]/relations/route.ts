import type { z } from "zod";
import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { addRelation, type ZAddRelation } from "@/lib/tracking/relations";

export const POST = apiRoute<{ slug: string; itemId: string }>(async ({ request, params, actor }) =>
  addRelation(actor, params.slug, await bodyInput<z.input<typeof ZAddRelation>>(request, { itemId: pathId(params.itemId, "Item") })),
);
