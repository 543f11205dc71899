import { apiRoute, searchInput } from "@/lib/http/api-route";
import { listInbox, type InboxFilter } from "@/lib/notifications/inbox";

/** The caller's inbox across their workspaces, newest first. Query: unread, before, limit. */
export const GET = apiRoute(async ({ request, actor }) => listInbox(actor, searchInput<InboxFilter>(request)));
