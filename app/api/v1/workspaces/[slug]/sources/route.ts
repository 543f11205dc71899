import { apiRoute, bodyInput } from "@/lib/http/api-route";
import { addSource, type AddSourceInput } from "@/lib/sources/add-source";

export const POST = apiRoute<{ slug: string }>(async ({ request, params, actor }) =>
  addSource(actor, params.slug, await bodyInput<AddSourceInput>(request)),
);
