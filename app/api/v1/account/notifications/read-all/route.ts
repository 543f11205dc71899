import { apiRoute } from "@/lib/http/api-route";
import { markAllRead } from "@/lib/notifications/inbox";

/** Marks every unread notification of the caller read. */
export const POST = apiRoute(async ({ actor }) => markAllRead(actor));
