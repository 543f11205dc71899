import { getIntegrityStatus } from "@/lib/history/integrity-status";
import { apiRoute } from "@/lib/http/api-route";

/** What the Integrity page shows (owners): the last verification, the last checkpoint, the app role's protection. */
export const GET = apiRoute<{ slug: string }>(async ({ params, actor }) => getIntegrityStatus(actor, params.slug));
