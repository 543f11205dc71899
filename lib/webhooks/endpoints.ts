import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { readRows } from "@/lib/db/read-sql";
import { serverEnv } from "@/lib/env";
import { invalid, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { WebhookFormat } from "@/lib/generated/prisma/enums";
import { appendWorkspaceChange } from "@/lib/history/append-change";
import { CHANGE_TYPE_NAMES, type ChangeType } from "@/lib/history/change-types";
import { textProblem } from "@/lib/http/storable-input";
import { authorize } from "@/lib/workspaces/authorize";
import { checkWebhookAddress } from "./address-guard";
import { deliverTestNow } from "./deliver";
import { testEvent, webhookBody } from "./payload";
import { sealSecret } from "./secret-box";
import { newWebhookSecret } from "./signature";

/** Whether webhooks may reach this machine and private networks (WEBHOOKS_ALLOW_PRIVATE=true: a test receiver, an intranet). */
export const allowPrivateWebhooks = () => serverEnv().WEBHOOKS_ALLOW_PRIVATE;

const ZDescription = z
  .string()
  .trim()
  .max(200, "At most 200 characters")
  .superRefine((text, context) => {
    const problem = textProblem(text);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
const ZEventTypes = z.array(z.enum(CHANGE_TYPE_NAMES as [ChangeType], "Unknown event type")).min(1, "Choose at least one kind of event").transform((types) => [...new Set(types)].sort());

export const ZCreateWebhook = z.object({
  url: z.string("Enter the address to send to").trim().min(1, "Enter the address to send to").max(2000, "At most 2,000 characters"),
  description: ZDescription.default(""),
  format: z.enum(WebhookFormat, "Choose JSON or Slack").default("json"),
  eventTypes: ZEventTypes,
});
export type CreateWebhookInput = z.input<typeof ZCreateWebhook>;

export const ZUpdateWebhook = z.object({
  webhookId: z.uuid("Not a webhook id"),
  description: ZDescription.optional(),
  format: z.enum(WebhookFormat, "Choose JSON or Slack").optional(),
  eventTypes: ZEventTypes.optional(),
  /** Turning an endpoint back on clears its failure count. */
  enabled: z.boolean().optional(),
});
export type UpdateWebhookInput = z.input<typeof ZUpdateWebhook>;

export const ZWebhookRef = z.object({ webhookId: z.uuid("Not a webhook id") });
export type WebhookRef = z.input<typeof ZWebhookRef>;

/** A webhook's address as history and the list record it: its origin only (the path of a Slack address is its secret). */
const originOf = (url: string) => new URL(url).origin;

async function liveEndpoint(workspaceId: string, webhookId: string) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: webhookId, workspaceId, deletedAt: null } });
  if (!endpoint) throw notFound("Webhook");
  return endpoint;
}

/**
 * Adds a webhook: where the workspace's changes of the chosen types are POSTed, signed with a new secret that is shown
 * this once (stored encrypted: it must be read to sign). The address must be http(s), and not this machine or a private
 * network (after DNS resolution) unless WEBHOOKS_ALLOW_PRIVATE is set. Owners only, never with an API token.
 */
export async function createWebhook(actor: Actor, workspaceSlug: string, input: CreateWebhookInput): Promise<{ id: string; secret: string }> {
  const access = await authorize(actor, workspaceSlug, "webhooks.manage");
  const data = ZCreateWebhook.parse(input);
  const checked = await checkWebhookAddress(data.url, allowPrivateWebhooks());
  if (!checked.ok) throw invalid(checked.message, { url: [checked.message] });
  const secret = newWebhookSecret();
  const id = crypto.randomUUID();
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.create({
      data: { id, workspaceId: access.workspaceId, url: checked.url.toString(), description: data.description, format: data.format, eventTypes: data.eventTypes, secretCiphertext: sealSecret(secret), createdById: actor.userId },
      select: { id: true },
    });
    await appendWorkspaceChange(tx, access.workspaceId, actor.userId, "workspace.webhook_created", {
      webhookId: id,
      address: { before: null, after: originOf(checked.url.toString()) },
      format: { before: null, after: data.format },
      eventTypes: { before: null, after: data.eventTypes },
      description: { before: null, after: data.description },
    });
  });
  return { id, secret };
}

/** Changes a webhook's description, format or event types, or turns it off or on again. */
export async function updateWebhook(actor: Actor, workspaceSlug: string, input: UpdateWebhookInput): Promise<{ id: string; enabled: boolean }> {
  const access = await authorize(actor, workspaceSlug, "webhooks.manage");
  const data = ZUpdateWebhook.parse(input);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "WebhookEndpoint" WHERE id = ${data.webhookId}::uuid FOR UPDATE`;
    const endpoint = await liveEndpoint(access.workspaceId, data.webhookId);
    const diff: Record<string, { before: string | string[] | boolean; after: string | string[] | boolean }> = {};
    if (data.description !== undefined && data.description !== endpoint.description) diff.description = { before: endpoint.description, after: data.description };
    if (data.format !== undefined && data.format !== endpoint.format) diff.format = { before: endpoint.format, after: data.format };
    if (data.eventTypes !== undefined && data.eventTypes.join() !== endpoint.eventTypes.join()) diff.eventTypes = { before: endpoint.eventTypes, after: data.eventTypes };
    if (data.enabled !== undefined && data.enabled !== endpoint.enabled) diff.enabled = { before: endpoint.enabled, after: data.enabled };
    if (Object.keys(diff).length === 0) return { id: endpoint.id, enabled: endpoint.enabled };
    const enabled = data.enabled ?? endpoint.enabled;
    await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: {
        description: data.description,
        format: data.format,
        eventTypes: data.eventTypes,
        enabled,
        updatedAt: new Date(),
        ...(data.enabled === true && { consecutiveFailures: 0, disabledAt: null, disabledReason: "" }),
        ...(data.enabled === false && { disabledAt: new Date(), disabledReason: `Turned off by ${actor.name}` }),
      },
      select: { id: true },
    });
    await appendWorkspaceChange(tx, access.workspaceId, actor.userId, "workspace.webhook_updated", { webhookId: endpoint.id, ...diff });
    return { id: endpoint.id, enabled };
  });
}

/** Deletes a webhook: nothing more is sent to it (waiting deliveries are cancelled); its delivery log stays. */
export async function deleteWebhook(actor: Actor, workspaceSlug: string, input: WebhookRef): Promise<{ id: string }> {
  const access = await authorize(actor, workspaceSlug, "webhooks.manage");
  const data = ZWebhookRef.parse(input);
  await db.$transaction(async (tx) => {
    const endpoint = await liveEndpoint(access.workspaceId, data.webhookId);
    const removed = await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, deletedAt: null }, data: { deletedAt: new Date(), enabled: false } });
    if (removed.count === 0) throw notFound("Webhook");
    await tx.webhookDelivery.updateMany({ where: { endpointId: endpoint.id, state: "pending" }, data: { state: "cancelled", finishedAt: new Date() } });
    await appendWorkspaceChange(tx, access.workspaceId, actor.userId, "workspace.webhook_deleted", { webhookId: endpoint.id, address: { before: originOf(endpoint.url), after: null } });
  });
  return { id: data.webhookId };
}

/**
 * Sends a test event to a webhook now, signed like any other, and answers with what came back (also in the log). A
 * disabled webhook can be tested: that is how an owner checks a fix before turning it on again.
 */
export async function sendTestWebhook(actor: Actor, workspaceSlug: string, input: WebhookRef) {
  const access = await authorize(actor, workspaceSlug, "webhooks.manage");
  const data = ZWebhookRef.parse(input);
  const endpoint = await liveEndpoint(access.workspaceId, data.webhookId);
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: access.workspaceId }, select: { slug: true, name: true } });
  const id = crypto.randomUUID();
  await deliverTestNow({ id, workspaceId: access.workspaceId, endpointId: endpoint.id, body: webhookBody(testEvent(workspace, { id: actor.userId, name: actor.name }, id), endpoint.format) });
  const delivery = await db.webhookDelivery.findUniqueOrThrow({ where: { id }, select: { id: true, state: true, lastStatus: true, lastError: true } });
  return { deliveryId: delivery.id, state: delivery.state, status: delivery.lastStatus, error: delivery.lastError };
}

export type WebhookView = {
  id: string;
  description: string;
  address: string;
  format: WebhookFormat;
  eventTypes: string[];
  enabled: boolean;
  disabledAt: Date | null;
  disabledReason: string;
  consecutiveFailures: number;
  createdAt: Date;
  deliveries: {
    id: string;
    eventType: string;
    state: string;
    attempts: number;
    lastStatus: number | null;
    lastError: string;
    createdAt: Date;
    nextAttemptAt: Date;
    finishedAt: Date | null;
  }[];
};

/** The workspace's webhooks (owners only), each with its latest deliveries: the delivery log. */
export async function listWebhooks(actor: Actor, workspaceSlug: string): Promise<{ webhooks: WebhookView[] }> {
  const access = await authorize(actor, workspaceSlug, "webhooks.manage");
  const endpoints = await db.webhookEndpoint.findMany({ where: { workspaceId: access.workspaceId, deletedAt: null }, orderBy: { createdAt: "asc" } });
  const deliveries = endpoints.length
    ? await readRows<WebhookView["deliveries"][number] & { endpointId: string }>(Prisma.sql`
        SELECT d.id, d."endpointId", d."eventType", d.state::text AS state, d.attempts, d."lastStatus", d."lastError", d."createdAt", d."nextAttemptAt", d."finishedAt"
        FROM unnest(${endpoints.map((e) => e.id)}::uuid[]) AS e(id)
        CROSS JOIN LATERAL (SELECT * FROM "WebhookDelivery" WHERE "endpointId" = e.id ORDER BY "createdAt" DESC LIMIT 20) d`)
    : [];
  return {
    webhooks: endpoints.map((e) => ({
      id: e.id,
      description: e.description,
      address: e.url,
      format: e.format,
      eventTypes: e.eventTypes,
      enabled: e.enabled,
      disabledAt: e.disabledAt,
      disabledReason: e.disabledReason,
      consecutiveFailures: e.consecutiveFailures,
      createdAt: e.createdAt,
      deliveries: deliveries.filter((d) => d.endpointId === e.id).map(({ endpointId: _endpoint, ...d }) => d),
    })),
  };
}
