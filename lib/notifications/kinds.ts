import type { EmailDelivery, NotificationKind } from "@/lib/generated/prisma/enums";

export type Preference = { inbox: boolean; email: EmailDelivery };

/**
 * The kinds of notification a person can set apart, in words, with what they get when they have not chosen: mentions
 * and replies at once in the inbox and by email, changes to what they watch in the inbox and a daily digest.
 * Plain data: the preferences page uses it in the browser too.
 */
export const NOTIFICATION_KINDS: Record<NotificationKind, { label: string; description: string; default: Preference }> = {
  mention: {
    label: "Mentions and replies",
    description: "Someone @mentions you in a comment, or answers a thread you wrote in.",
    default: { inbox: true, email: "immediate" },
  },
  watch: {
    label: "What you watch",
    description: "A change to an item or source you watch, or an item that newly matches (or changes in) a view you watch.",
    default: { inbox: true, email: "digest" },
  },
  webhook: {
    label: "Webhook problems",
    description: "For owners: a webhook of the workspace was disabled after repeated failed deliveries.",
    default: { inbox: true, email: "immediate" },
  },
};

export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export const EMAIL_DELIVERY_LABELS: Record<EmailDelivery, string> = {
  immediate: "Email at once",
  digest: "Daily digest",
  off: "No email",
};

/** Why a person was notified, the inbox's filter among them; the highest of several reasons for one change wins. */
export const REASONS = ["mention", "reply", "webhook_disabled", "item", "source", "view_new", "view_changed"] as const;
export type Reason = (typeof REASONS)[number];

export const REASON_KIND: Record<Reason, NotificationKind> = {
  mention: "mention",
  reply: "mention",
  webhook_disabled: "webhook",
  item: "watch",
  source: "watch",
  view_new: "watch",
  view_changed: "watch",
};

/** Why a notification came, as the inbox says it. */
export const REASON_LABELS: Record<Reason, string> = {
  mention: "Mentioned you",
  reply: "Replied to you",
  webhook_disabled: "Webhook disabled",
  item: "Watched item",
  source: "Watched source",
  view_new: "New in a watched view",
  view_changed: "Changed in a watched view",
};
