import type { z } from "zod";
import { apiRoute, pathId, searchInput } from "@/lib/http/api-route";
import { removeRelation, type ZRemoveRelation } from "@/lib/tracking/relations";

type Params = { slug: string; itemId: string; relationId: string };

// A DELETE takes its input from the query string (?expectedVersion=3&reason=…): bodies on DELETE are not reliably
// passed on by clients and proxies.
export const DELETE = apiRoute<Params>(async ({ request, params, actor }) => {
  const query = new URL(request.url).searchParams;
  const input = searchInput<z.input<typeof ZRemoveRelation>>(request, {
    itemId: pathId(params.itemId, "Item"),
    relationId: pathId(params.relationId, "Relation"),
    expectedVersion: query.has("expectedVersion") ? Number(query.get("expectedVersion")) : undefined,
  });
  return removeRelation(actor, params.slug, input);
});
