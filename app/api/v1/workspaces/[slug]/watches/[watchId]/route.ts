import { apiRoute, pathId } from "@/lib/http/api-route";
import { unwatch } from "@/lib/watches/watches";

/** Stops one of the caller's watches. */
export const DELETE = apiRoute<{ slug: string; watchId: string }>(async ({ params, actor }) => unwatch(actor, params.slug, { watchId: pathId(params.watchId, "Watch") }));
