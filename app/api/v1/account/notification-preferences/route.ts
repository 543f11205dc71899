import { apiRoute, bodyInput } from "@/lib/http/api-route";
import { getNotificationPreferences, updateNotificationPreferences, type UpdatePreferencesInput } from "@/lib/notifications/preferences";

/** For each kind of notification: whether it goes to the inbox, and how it is emailed. */
export const GET = apiRoute(async ({ actor }) => getNotificationPreferences(actor));

/** Body: { <kind>: { inbox, email } } for the kinds to change; the others keep theirs. */
export const PATCH = apiRoute(async ({ request, actor }) => updateNotificationPreferences(actor, await bodyInput<UpdatePreferencesInput>(request)));
