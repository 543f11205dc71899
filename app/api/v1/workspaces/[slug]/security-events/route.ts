import { apiRoute, searchInput } from "@/lib/http/api-route";
import { listSecurityEvents, type SecurityEventFilter } from "@/lib/security/list-security-events";

type Params = { slug: string };

/** Security events of the workspace (role changes, removals, refused attempts), newest first. Owners. */
export const GET = apiRoute<Params>(async ({ request, params, actor }) =>
  listSecurityEvents(actor, { workspace: params.slug }, searchInput<SecurityEventFilter>(request)),
);
