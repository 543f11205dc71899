import { apiRoute, bodyInput, searchInput } from "@/lib/http/api-route";
import { addSource, type AddSourceInput } from "@/lib/sources/add-source";
import { querySources, type SourceQueryInput } from "@/lib/sources/query-sources";

type Params = { slug: string };

/** The source library, 50 a page: q, language, publisher, discrepancy, sort, page (the library page's parameters). */
export const GET = apiRoute<Params>(async ({ request, params, actor }) => {
  const { filter, rows, hasNextPage, languages } = await querySources(actor, params.slug, searchInput<SourceQueryInput>(request));
  return { sources: rows, languages, ...(hasNextPage && { nextPage: filter.page + 1 }) };
});

export const POST = apiRoute<Params>(async ({ request, params, actor }) => addSource(actor, params.slug, await bodyInput<AddSourceInput>(request)));
