import { apiRoute, pathId } from "@/lib/http/api-route";
import { getSource } from "@/lib/sources/get-source";

export const GET = apiRoute<{ slug: string; sourceId: string }>(async ({ params, actor }) => {
  const { source } = await getSource(actor, params.slug, pathId(params.sourceId, "Source"));
  return { source };
});
