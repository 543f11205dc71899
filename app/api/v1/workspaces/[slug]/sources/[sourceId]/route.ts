import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { getSource } from "@/lib/sources/get-source";
import { updateSource, type UpdateSourceInput } from "@/lib/sources/update-source";

type Params = { slug: string; sourceId: string };

export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { source, discrepancies } = await getSource(actor, params.slug, pathId(params.sourceId, "Source"));
  return { source, discrepancies };
});

/** Edits the source's details (never its text) against the version the caller saw: { expectedVersion, …fields, reason? }. */
export const PATCH = apiRoute<Params>(async ({ request, params, actor }) =>
  updateSource(actor, params.slug, await bodyInput<UpdateSourceInput>(request, { sourceId: pathId(params.sourceId, "Source") })),
);
