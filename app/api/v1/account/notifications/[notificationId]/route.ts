import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { markNotification, type MarkNotificationInput } from "@/lib/notifications/inbox";

/** Body: { read: boolean }. Marks one of the caller's notifications read or unread. */
export const PATCH = apiRoute<{ notificationId: string }>(async ({ request, params, actor }) =>
  markNotification(actor, await bodyInput<MarkNotificationInput>(request, { notificationId: pathId(params.notificationId, "Notification") })),
);
