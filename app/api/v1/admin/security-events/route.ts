import { apiRoute, searchInput } from "@/lib/http/api-route";
import { listSecurityEvents, type SecurityEventFilter } from "@/lib/security/list-security-events";

/** Every security event of the instance, newest first (administrators). Query: kind, before, limit. */
export const GET = apiRoute(async ({ request, actor }) => listSecurityEvents(actor, { instance: true }, searchInput<SecurityEventFilter>(request)));
