import type postgres from "postgres";
import { guardedWrite } from "@/lib/db/sql-pool";
import type { EmailState } from "@/lib/generated/prisma/enums";
import type { WebhookFormat } from "@/lib/generated/prisma/enums";
import { changeTypeLabel } from "@/lib/history/change-types";
import { logger } from "@/lib/observability/logger";
import { canSendMail } from "@/lib/mail/send-mail";
import { REASON_KIND, REASONS, type Reason } from "@/lib/notifications/kinds";
import { preferencesOf } from "@/lib/notifications/preferences";
import { announceInboxChange } from "@/lib/notifications/unread-count";
import { matchesQuery } from "@/lib/tracking/query-tracker";
import { ZTrackerQuery } from "@/lib/views/tracker-query";
import { eventDocument, webhookBody, type ChangeEvent } from "@/lib/webhooks/payload";

/** Changes taken from the outbox in one transaction. */
const BATCH = 100;
const EXCERPT_LENGTH = 280;

/** `quiet`: nothing could come of the change (see processOutbox), so it is taken off the outbox without a step of its own. */
type OutboxChange = ChangeEvent & { actorName: string; diff: Record<string, unknown>; quiet: boolean };

/** Why each person hears of a change: the highest-ranked reason wins (a mention outranks a watch). */
type Recipients = Map<string, { reason: Reason; viewName?: string }>;

function addRecipient(recipients: Recipients, userId: string, reason: Reason, viewName?: string): void {
  const current = recipients.get(userId);
  if (!current || REASONS.indexOf(reason) < REASONS.indexOf(current.reason)) recipients.set(userId, { reason, viewName });
}

const before = (field: unknown): unknown => (field && typeof field === "object" ? (field as { before?: unknown }).before : undefined);
const after = (field: unknown): unknown => (field && typeof field === "object" ? (field as { after?: unknown }).after : undefined);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/**
 * Turns committed changes into notifications (docs/decisions/025): takes a batch of the outbox with
 * `FOR UPDATE SKIP LOCKED` (several app instances share the work, none takes a change another is processing), works
 * out who hears of each change and why, writes their notifications, and removes the batch, all in one transaction: a
 * crash leaves the batch in the outbox for the next run. Returns how many changes it processed.
 *
 * A change can only reach someone through a mention or reply (comments), a webhook's disabling, a watch of its item or
 * source, a watched view of its workspace or a webhook of its workspace for its type. The batch's query says which
 * changes have none of these ("quiet"): those are done without their savepoint and lookups, which were four round trips
 * per change, more than the status change's own request made (most items are watched by nobody).
 */
export async function processOutbox(): Promise<number> {
  return guardedWrite((pool) => pool.begin(async (sql) => {
    const changes = await sql<OutboxChange[]>`
      WITH claimed AS (SELECT "changeId" FROM "OutboxEvent" ORDER BY "changeId" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      SELECT c.id::text AS id, c."workspaceId", w.slug, w.name AS "workspaceName", c."chainKey", c."changeKind"::text AS "changeKind", c."itemId", c."sourceId", c."actorId", COALESCE(u.name, 'System') AS "actorName",
             c.type, c.reason, c.diff, c."recordedAt", i.title AS "itemTitle", s.title AS "sourceTitle",
             c.type NOT IN ('comment.added', 'comment.edited', 'workspace.webhook_disabled')
               AND NOT EXISTS (SELECT 1 FROM "Watch" x WHERE x."workspaceId" = c."workspaceId" AND (x."itemId" = c."itemId" OR x."sourceId" = c."sourceId"))
               AND NOT EXISTS (SELECT 1 FROM "Watch" x WHERE x."workspaceId" = c."workspaceId" AND x.target = 'view')
               AND NOT EXISTS (SELECT 1 FROM "WebhookEndpoint" e WHERE e."workspaceId" = c."workspaceId" AND e.enabled AND e."deletedAt" IS NULL AND c.type = ANY(e."eventTypes")) AS quiet
      FROM claimed o JOIN "ChangeRecord" c ON c.id = o."changeId" JOIN "Workspace" w ON w.id = c."workspaceId"
      LEFT JOIN "User" u ON u.id = c."actorId" LEFT JOIN "TrackedItem" i ON i.id = c."itemId" LEFT JOIN "Source" s ON s.id = c."sourceId"
      ORDER BY c.id`;
    if (changes.length === 0) return 0;
    const notified: string[] = [];
    const done: string[] = [];
    for (const change of changes) {
      if (change.quiet) {
        done.push(change.id);
        continue;
      }
      // One change that cannot be processed (a bug, bad data) must not hold up the others: it is left for the next run.
      try {
        notified.push(
          ...(await sql.savepoint(async (step) => {
            const told = await notify(step, change);
            await queueWebhooks(step, change);
            return told;
          })),
        );
        done.push(change.id);
      } catch (error) {
        logger().error({ err: error, changeId: change.id }, "notifying of a change failed; it stays in the outbox");
      }
    }
    await announceInboxChange(sql, notified);
    await sql`DELETE FROM "OutboxEvent" WHERE "changeId" = ANY(${done}::int8[])`;
    return done.length;
  }));
}

/** Processes the outbox until it is empty (the background job's run). */
export async function drainOutbox(): Promise<number> {
  let total = 0;
  for (let processed = await processOutbox(); processed > 0; processed = await processOutbox()) total += processed;
  return total;
}

/** Writes one change's notifications; returns who got one in their inbox. */
async function notify(sql: postgres.TransactionSql, change: OutboxChange): Promise<string[]> {
  const recipients: Recipients = new Map();
  if (change.type === "workspace.webhook_disabled") {
    const owners = await sql<{ userId: string }[]>`SELECT "userId" FROM "Membership" WHERE "workspaceId" = ${change.workspaceId}::uuid AND role = 'owner'`;
    for (const owner of owners) addRecipient(recipients, owner.userId, "webhook_disabled");
  }
  const diff = change.diff;
  if (change.type === "comment.added" || change.type === "comment.edited") {
    const earlier = new Set(ids(before(diff.mentions)));
    for (const userId of ids(after(diff.mentions))) if (!earlier.has(userId)) addRecipient(recipients, userId, "mention");
  }
  if (change.type === "comment.added" && typeof diff.parentId === "string") {
    const [parent] = await sql<{ authorId: string }[]>`SELECT "authorId" FROM "Comment" WHERE id = ${diff.parentId}::uuid`;
    if (parent) addRecipient(recipients, parent.authorId, "reply");
  }
  const watchers = await sql<{ userId: string; reason: "item" | "source" }[]>`
    SELECT "userId", target::text AS reason FROM "Watch"
    WHERE "workspaceId" = ${change.workspaceId}::uuid AND ("itemId" = ${change.itemId}::uuid OR "sourceId" = ${change.sourceId}::uuid)`;
  for (const w of watchers) addRecipient(recipients, w.userId, w.reason);
  if (change.itemId) await addViewWatchers(sql, change, change.itemId, recipients);

  if (change.actorId) recipients.delete(change.actorId);
  if (recipients.size === 0) return [];
  // Only members hear of their workspace's changes (someone removed since they watched or were mentioned does not).
  const members = new Set(
    (await sql<{ userId: string }[]>`
      SELECT "userId" FROM "Membership" WHERE "workspaceId" = ${change.workspaceId}::uuid AND "userId" = ANY(${[...recipients.keys()]}::uuid[])`).map((m) => m.userId),
  );
  const preferences = await preferencesOf([...members]);
  const mail = canSendMail();
  const rows: { userId: string; kind: string; reason: string; title: string; inbox: boolean; emailState: EmailState }[] = [];
  for (const [userId, { reason, viewName }] of recipients) {
    const preference = preferences.get(userId)?.[REASON_KIND[reason]];
    if (!members.has(userId) || !preference || (!preference.inbox && preference.email === "off")) continue;
    // Without a mail transport nothing waits to be emailed (it would all go out the day one is set up).
    const emailState: EmailState = !mail ? "none" : preference.email === "immediate" ? "pending" : preference.email === "digest" ? "digest" : "none";
    rows.push({ userId, kind: REASON_KIND[reason], reason, title: titleOf(change, reason, viewName), inbox: preference.inbox, emailState });
  }
  if (rows.length === 0) return [];
  const isComment = change.type.startsWith("comment.");
  const link = change.itemId
    ? `/w/${change.slug}/items/${change.itemId}${isComment ? "#discussion" : ""}`
    : change.sourceId
      ? `/w/${change.slug}/sources/${change.sourceId}`
      : `/w/${change.slug}/settings/webhooks`;
  const text = isComment ? String(after(diff.body) ?? "") : change.type === "workspace.webhook_disabled" ? String(diff.lastError ?? "") : change.reason;
  const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
  const inserted = await sql<{ userId: string; inbox: boolean }[]>`
    INSERT INTO "Notification" (id, "userId", "workspaceId", "changeId", kind, reason, "actorId", title, excerpt, link, inbox, "emailState", "createdAt")
    SELECT uuidv7(), r."userId", ${change.workspaceId}::uuid, ${change.id}::int8, r.kind::"NotificationKind", r.reason, ${change.actorId}::uuid,
           r.title, ${excerpt}, ${link}, r.inbox::bool, r."emailState"::"EmailState", now()
    FROM unnest(${rows.map((r) => r.userId)}::uuid[], ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.reason)}::text[],
                ${rows.map((r) => r.title)}::text[], ${rows.map((r) => String(r.inbox))}::text[], ${rows.map((r) => r.emailState)}::text[])
         AS r("userId", kind, reason, title, inbox, "emailState")
    ON CONFLICT ("userId", "changeId") DO NOTHING
    RETURNING "userId", inbox`;
  return inserted.filter((n) => n.inbox).map((n) => n.userId);
}

/**
 * The watchers of the workspace's saved views the item matches after the change: "newly matches" when it did not just
 * before it (by the tracker's own record-time query), "changed in" otherwise. A view frozen at a record time never
 * changes; a personal view only counts for its owner.
 */
async function addViewWatchers(sql: postgres.TransactionSql, change: OutboxChange, itemId: string, recipients: Recipients): Promise<void> {
  const watches = await sql<{ userId: string; viewId: string; name: string; query: unknown }[]>`
    SELECT w."userId", v.id AS "viewId", v.name, v.query FROM "Watch" w JOIN "SavedView" v ON v.id = w."viewId"
    WHERE w."workspaceId" = ${change.workspaceId}::uuid AND v."deletedAt" IS NULL AND (v.visibility = 'team' OR v."ownerId" = w."userId")`;
  const byView = new Map<string, { name: string; query: unknown; userIds: string[] }>();
  for (const w of watches) {
    const view = byView.get(w.viewId) ?? { name: w.name, query: w.query, userIds: [] };
    view.userIds.push(w.userId);
    byView.set(w.viewId, view);
  }
  for (const view of byView.values()) {
    const parsed = ZTrackerQuery.safeParse(view.query);
    if (!parsed.success || parsed.data.recordedAt) continue;
    const query = { ...parsed.data, cursor: undefined };
    if (!(await matchesQuery(change.workspaceId, { ...query, recordedAt: change.recordedAt }, itemId))) continue;
    const matchedBefore = await matchesQuery(change.workspaceId, { ...query, recordedAt: new Date(change.recordedAt.getTime() - 1) }, itemId);
    for (const userId of view.userIds) addRecipient(recipients, userId, matchedBefore ? "view_changed" : "view_new", view.name);
  }
}

function titleOf(change: OutboxChange, reason: Reason, viewName = ""): string {
  const subject = `“${change.itemTitle ?? change.sourceTitle ?? "an item"}”`;
  switch (reason) {
    case "mention":
      return `${change.actorName} mentioned you on ${subject}`;
    case "reply":
      return `${change.actorName} replied to your comment on ${subject}`;
    case "view_new":
      return `${subject} now matches your watched view “${viewName}”`;
    case "webhook_disabled":
      return `A webhook of ${change.workspaceName} (${String(change.diff.address ?? "")}) was disabled after repeated failed deliveries`;
    case "view_changed":
      return `${changeTypeLabel(change.type)} by ${change.actorName} on ${subject}, in your watched view “${viewName}”`;
    default:
      return `${changeTypeLabel(change.type)} by ${change.actorName} on ${subject}`;
  }
}

/**
 * Queues the change for every enabled webhook of its workspace that chose its type: the body is fixed now, so every
 * attempt sends the same bytes (lib/webhooks/deliver.ts sends them). Written in the outbox's transaction: a change is
 * queued for an endpoint exactly once.
 */
async function queueWebhooks(sql: postgres.TransactionSql, change: OutboxChange): Promise<void> {
  const endpoints = await sql<{ id: string; format: WebhookFormat }[]>`
    SELECT id, format::text AS format FROM "WebhookEndpoint"
    WHERE "workspaceId" = ${change.workspaceId}::uuid AND enabled AND "deletedAt" IS NULL AND ${change.type} = ANY("eventTypes")`;
  if (endpoints.length === 0) return;
  const document = eventDocument(change);
  await sql`
    INSERT INTO "WebhookDelivery" (id, "workspaceId", "endpointId", "changeId", "eventType", body)
    SELECT uuidv7(), ${change.workspaceId}::uuid, e.id, ${change.id}::int8, ${change.type}, e.body
    FROM unnest(${endpoints.map((e) => e.id)}::uuid[], ${endpoints.map((e) => webhookBody(document, e.format))}::text[]) AS e(id, body)
    ON CONFLICT ("endpointId", "changeId") DO NOTHING`;
}
