import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { createShareLink, type CreateShareLinkInput } from "@/lib/views/create-share-link";
import { listShareLinks } from "@/lib/views/list-share-links";

type Params = { slug: string; viewId: string };

export const GET = apiRoute<Params>(async ({ params, actor }) => ({ links: await listShareLinks(actor, params.slug, { viewId: pathId(params.viewId, "View") }) }));

/** Makes a link: `{ pinAsOf?, expiresInDays? }`. The answer holds the token, which is not shown again. */
export const POST = apiRoute<Params>(async ({ request, params, actor }) =>
  createShareLink(actor, params.slug, await bodyInput<CreateShareLinkInput>(request, { viewId: pathId(params.viewId, "View") })),
);
