import { apiRoute, toJson } from "@/lib/http/api-route";
import { searchWorkspace } from "@/lib/search/search-workspace";

/** GET ?q=…&limit=…: items, sources, citations and change reasons matching the query, grouped by type. */
export const GET = apiRoute<{ slug: string }>(async ({ request, params, actor }) => {
  const url = new URL(request.url);
  return toJson(await searchWorkspace(actor, params.slug, { q: url.searchParams.get("q") ?? "", limit: url.searchParams.get("limit") ?? undefined }));
});
