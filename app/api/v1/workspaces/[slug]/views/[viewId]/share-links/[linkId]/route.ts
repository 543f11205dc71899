import { apiRoute, pathId } from "@/lib/http/api-route";
import { revokeShareLink } from "@/lib/views/revoke-share-link";

/** Revokes the link: it stops opening at once. */
export const DELETE = apiRoute<{ slug: string; viewId: string; linkId: string }>(async ({ params, actor }) =>
  revokeShareLink(actor, params.slug, { viewId: pathId(params.viewId, "View"), linkId: pathId(params.linkId, "Share link") }),
);
