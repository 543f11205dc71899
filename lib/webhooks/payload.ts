import type { WebhookFormat } from "@/lib/generated/prisma/enums";
import { changeTypeLabel } from "@/lib/history/change-types";
import { appLink } from "@/lib/mail/send-mail";

/** A committed change as the fan-out reads it (lib/outbox/fan-out.ts). */
export type ChangeEvent = {
  id: string;
  workspaceId: string;
  slug: string;
  workspaceName: string;
  chainKey: string;
  itemId: string | null;
  sourceId: string | null;
  actorId: string | null;
  actorName: string | null;
  type: string;
  changeKind: string;
  reason: string;
  diff: unknown;
  recordedAt: Date;
  itemTitle: string | null;
  sourceTitle: string | null;
};

/** The page where a change is seen: the comment in its discussion, the item's history, the source, the workspace's activity. */
export function changePath(change: Pick<ChangeEvent, "id" | "slug" | "type" | "itemId" | "sourceId" | "diff">): string {
  const commentId = change.type.startsWith("comment.") ? (change.diff as { commentId?: string }).commentId : undefined;
  const anchor = commentId ? `#comment-${commentId}` : `#change-${change.id}`;
  if (change.itemId) return `/w/${change.slug}/items/${change.itemId}${anchor}`;
  if (change.sourceId) return `/w/${change.slug}/sources/${change.sourceId}${commentId ? anchor : ""}`;
  if (change.type.startsWith("workspace.webhook_")) return `/w/${change.slug}/settings/webhooks`;
  return `/w/${change.slug}/activity#change-${change.id}`;
}

/**
 * The JSON a webhook receives for a change (docs/api.md, "Webhooks"): its id (the change record's: the same for every
 * endpoint and attempt, a receiver's key to drop repeats), its type, who, when, what it was about and its field diff.
 */
export function eventDocument(change: ChangeEvent) {
  return {
    id: change.id,
    type: change.type,
    label: changeTypeLabel(change.type),
    recordedAt: change.recordedAt.toISOString(),
    workspace: { slug: change.slug, name: change.workspaceName },
    actor: change.actorId ? { id: change.actorId, name: change.actorName ?? "Unknown" } : null,
    item: change.itemId ? { id: change.itemId, title: change.itemTitle ?? "", url: appLink(`/w/${change.slug}/items/${change.itemId}`) } : null,
    source: change.sourceId ? { id: change.sourceId, title: change.sourceTitle ?? "", url: appLink(`/w/${change.slug}/sources/${change.sourceId}`) } : null,
    changeKind: change.changeKind,
    reason: change.reason,
    diff: change.diff,
    url: appLink(changePath(change)),
  };
}

type EventDocument = ReturnType<typeof eventDocument>;

// Slack's message text treats these three as markup: https://api.slack.com/reference/surfaces/formatting#escaping
const slackEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The same event for a Slack-compatible incoming webhook: one line of text with a link. */
function slackDocument(event: EventDocument) {
  const subject = event.item ?? event.source;
  const where = subject ? ` on <${subject.url}|${slackEscape(subject.title || "an untitled record")}>` : ` in ${slackEscape(event.workspace.name)}`;
  const who = event.actor ? ` by ${slackEscape(event.actor.name)}` : "";
  const why = event.reason ? `: ${slackEscape(event.reason.slice(0, 300))}` : "";
  return { text: `*${slackEscape(event.label)}*${where}${who}${why} (<${event.url}|open>)` };
}

/** The body an endpoint of the format receives, as sent: every attempt sends exactly this text. */
export function webhookBody(event: EventDocument, format: WebhookFormat): string {
  return JSON.stringify(format === "slack" ? slackDocument(event) : event);
}

/** The event "Send a test" delivers: the shape of a real one, naming no change. */
export function testEvent(workspace: { slug: string; name: string }, actor: { id: string; name: string }, id: string): EventDocument {
  return {
    id,
    type: "webhook.test",
    label: "Test delivery",
    recordedAt: new Date().toISOString(),
    workspace,
    actor,
    item: null,
    source: null,
    changeKind: "policy_development",
    reason: "A test sent from the workspace's webhook settings.",
    diff: {},
    url: appLink(`/w/${workspace.slug}/settings/webhooks`),
  };
}
