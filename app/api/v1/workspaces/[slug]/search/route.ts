import { apiRoute, searchInput } from "@/lib/http/api-route";
import { searchWorkspace, type SearchInput } from "@/lib/search/search-workspace";

/** GET ?q=…&limit=…&only=…: items, sources, citations and change reasons matching the query, grouped by type. */
export const GET = apiRoute<{ slug: string }>(async ({ request, params, actor }) => {
  // A missing q is an empty search, which gets the "type at least 2 characters" message.
  const q = new URL(request.url).searchParams.get("q") ?? "";
  return searchWorkspace(actor, params.slug, searchInput<SearchInput>(request, { q }));
});
