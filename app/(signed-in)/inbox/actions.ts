"use server";

import { signedInAction } from "@/lib/http/signed-in-action";
import { markAllRead, markNotification, type MarkNotificationInput } from "@/lib/notifications/inbox";
import { updateNotificationPreferences, type UpdatePreferencesInput } from "@/lib/notifications/preferences";

export async function markNotificationAction(input: MarkNotificationInput) {
  return signedInAction("/", input, markNotification);
}

export async function markAllReadAction() {
  return signedInAction("/", {}, (actor) => markAllRead(actor));
}

export async function updatePreferencesAction(input: UpdatePreferencesInput) {
  return signedInAction("/", input, updateNotificationPreferences);
}
