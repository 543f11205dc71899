import { apiRoute, pathId } from "@/lib/http/api-route";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

/** Ends the token at once (its owner, or a workspace owner). */
export const DELETE = apiRoute<{ slug: string; tokenId: string }>(async ({ params, actor }) =>
  revokeApiToken(actor, params.slug, { tokenId: pathId(params.tokenId, "API token") }),
);
