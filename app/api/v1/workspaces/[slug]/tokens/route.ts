import { apiRoute, bodyInput } from "@/lib/http/api-route";
import { createApiToken, type CreateApiTokenInput } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

type Params = { slug: string };

/** The caller's API tokens (every member's, for owners). Managed while signed in: a token cannot call these. */
export const GET = apiRoute<Params>(async ({ params, actor }) => listApiTokens(actor, params.slug));

/** Body: { name, scope: "read" | "write", expiresInDays? }. The answer holds the token, the only time it is shown. */
export const POST = apiRoute<Params>(async ({ request, params, actor }) => createApiToken(actor, params.slug, await bodyInput<CreateApiTokenInput>(request)));
