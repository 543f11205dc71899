import { apiRoute, searchInput } from "@/lib/http/api-route";
import { listSecurityEvents, type SecurityEventFilter } from "@/lib/security/list-security-events";

/** Security events of the caller's own account, newest first. Query: kind, before, limit. */
export const GET = apiRoute(async ({ request, actor }) => listSecurityEvents(actor, { own: true }, searchInput<SecurityEventFilter>(request)));
