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

/** How a kind of notification is emailed; the preferences page names each in the reader's language. */
export const EMAIL_DELIVERIES = ["immediate", "digest", "off"] as const satisfies readonly EmailDelivery[];

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

