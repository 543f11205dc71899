import { apiRoute, bodyInput } from "@/lib/http/api-route";
import { listWatches, watch, type WatchInput } from "@/lib/watches/watches";

type Params = { slug: string };

/** The caller's watches in the workspace. A person's own choices: signed in, not with a token. */
export const GET = apiRoute<Params>(async ({ params, actor }) => listWatches(actor, params.slug));

/** Body: { target: "item" | "source" | "view", targetId }. Watching twice is watching once. */
export const POST = apiRoute<Params>(async ({ request, params, actor }) => watch(actor, params.slug, await bodyInput<WatchInput>(request)));
