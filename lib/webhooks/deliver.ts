import { db } from "@/lib/db";
import { guardedWrite } from "@/lib/db/sql-pool";
import { serverEnv } from "@/lib/env";
import { appendWorkspaceChange } from "@/lib/history/append-change";
import { postWebhook, type PostOutcome } from "./post-webhook";
import { openSecret } from "./secret-box";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureHeader } from "./signature";

/** Deliveries claimed in one run, and how long a claim lasts (a worker that died mid-delivery is covered after it). */
const BATCH = 20;
const CLAIM = "2 minutes";
const TIMEOUT_MS = 10_000;
/** Attempts of one delivery before it is given up on: the last about 2 hours after the first (backoff below). */
export const MAX_ATTEMPTS = 8;
/** Failed attempts in a row, across deliveries, after which an endpoint is disabled and its owners told. */
export const DISABLE_AFTER_FAILURES = 10;

/** The wait after a failed attempt: 30 s, 1 min, 2 min, … doubling, up to an hour. */
export const backoffSeconds = (attempt: number) => Math.min(30 * 2 ** (attempt - 1), 3600);

type Claimed = {
  id: string;
  endpointId: string;
  workspaceId: string;
  changeId: string | null;
  eventType: string;
  body: string;
  attempts: number;
  claimToken: string;
  url: string;
  secretCiphertext: string;
  enabled: boolean;
  deleted: boolean;
};

const CLAIMED_COLUMNS = `d.id, d."endpointId", d."workspaceId", d."changeId"::text AS "changeId", d."eventType", d.body, d.attempts, d."claimToken",
  e.url, e."secretCiphertext", e.enabled, e."deletedAt" IS NOT NULL AS deleted`;

/**
 * Sends the webhook deliveries that are due (docs/decisions/026): each is claimed with `FOR UPDATE SKIP LOCKED` and a
 * lease, so instances share the work and none sends one another is sending; a delivery whose worker died is claimed
 * again once the lease lapses, and sent again with the same body and delivery id (the receiver's key to drop a repeat).
 * A failure is retried with exponential backoff; repeated failures disable the endpoint. Returns how many were sent.
 */
export async function deliverDueWebhooks(options: { deliveryId?: string } = {}): Promise<number> {
  const only = options.deliveryId ?? null;
  const claimed = await guardedWrite((sql) => sql<Claimed[]>`
    UPDATE "WebhookDelivery" d SET "claimedUntil" = now() + ${CLAIM}::interval, "claimToken" = uuidv7(), attempts = d.attempts + 1
    FROM "WebhookEndpoint" e
    WHERE d.id IN (SELECT id FROM "WebhookDelivery"
                   WHERE state = 'pending' AND "nextAttemptAt" <= now() AND ("claimedUntil" IS NULL OR "claimedUntil" < now())
                     AND (${only}::uuid IS NULL OR id = ${only}::uuid)
                   ORDER BY "nextAttemptAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
      AND e.id = d."endpointId"
    RETURNING ${sql.unsafe(CLAIMED_COLUMNS)}`);
  await Promise.all(claimed.map((delivery) => deliverOne(delivery, false)));
  return claimed.length;
}

/**
 * Sends an owner's test event now, to an endpoint that is off too (how an owner checks a fix before turning it on). The
 * delivery is created already claimed by this request: created unclaimed, another instance's worker could take it first,
 * and the owner would get no answer (or a cancellation, the endpoint being off).
 */
export async function deliverTestNow(test: { id: string; workspaceId: string; endpointId: string; body: string }): Promise<void> {
  const [claimed] = await guardedWrite((sql) => sql<Claimed[]>`
    WITH d AS (
      INSERT INTO "WebhookDelivery" (id, "workspaceId", "endpointId", "eventType", body, attempts, "claimedUntil", "claimToken")
      VALUES (${test.id}::uuid, ${test.workspaceId}::uuid, ${test.endpointId}::uuid, 'webhook.test', ${test.body}, 1, now() + ${CLAIM}::interval, uuidv7())
      RETURNING *)
    SELECT ${sql.unsafe(CLAIMED_COLUMNS)} FROM d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"`);
  if (claimed) await deliverOne(claimed, true);
}

async function deliverOne(delivery: Claimed, includeDisabled: boolean): Promise<void> {
  if (delivery.deleted || (!delivery.enabled && !includeDisabled)) {
    await guardedWrite((sql) => sql`UPDATE "WebhookDelivery" SET state = 'cancelled', "finishedAt" = now(), "claimedUntil" = NULL WHERE id = ${delivery.id} AND "claimToken" = ${delivery.claimToken}`);
    return;
  }
  const startedAt = new Date();
  const secret = openSecret(delivery.secretCiphertext);
  const outcome: PostOutcome = secret
    ? await postWebhook(
        delivery.url,
        delivery.body,
        {
          "content-type": "application/json",
          "user-agent": "PolicyTracker-Webhooks/1",
          [SIGNATURE_HEADER]: signatureHeader(secret, delivery.body),
          [DELIVERY_HEADER]: delivery.id,
          [EVENT_HEADER]: delivery.eventType,
        },
        { timeoutMs: TIMEOUT_MS, allowPrivate: serverEnv().WEBHOOKS_ALLOW_PRIVATE },
      )
    : { status: null, durationMs: 0, error: "The secret cannot be read (NEXTAUTH_SECRET changed?): replace the webhook" };
  const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  const error = outcome.status === null ? outcome.error : ok ? "" : `Answered ${outcome.status}`;
  await guardedWrite((sql) => sql`
    INSERT INTO "WebhookAttempt" ("deliveryId", "endpointId", attempt, "startedAt", "durationMs", "statusCode", error, "responseExcerpt")
    VALUES (${delivery.id}, ${delivery.endpointId}, ${delivery.attempts}, ${startedAt}, ${outcome.durationMs}, ${outcome.status}, ${error},
            ${outcome.status === null ? "" : outcome.excerpt})`);
  // A test is tried once; a change's delivery until it succeeds or runs out of attempts.
  const retry = !ok && delivery.changeId !== null && delivery.attempts < MAX_ATTEMPTS;
  const state = ok ? "succeeded" : retry ? "pending" : "failed";
  await guardedWrite((sql) => sql`
    UPDATE "WebhookDelivery" SET state = ${state}::"DeliveryState", "lastStatus" = ${outcome.status}, "lastError" = ${error}, "claimedUntil" = NULL,
      "nextAttemptAt" = now() + ${retry ? backoffSeconds(delivery.attempts) : 0} * interval '1 second',
      "finishedAt" = ${state === "pending" ? null : new Date()}
    WHERE id = ${delivery.id} AND "claimToken" = ${delivery.claimToken}`);
  if (ok) {
    await guardedWrite((sql) => sql`UPDATE "WebhookEndpoint" SET "consecutiveFailures" = 0 WHERE id = ${delivery.endpointId} AND "consecutiveFailures" <> 0`);
    return;
  }
  const [endpoint] = await guardedWrite((sql) => sql<{ consecutiveFailures: number; enabled: boolean }[]>`
    UPDATE "WebhookEndpoint" SET "consecutiveFailures" = "consecutiveFailures" + 1 WHERE id = ${delivery.endpointId} RETURNING "consecutiveFailures", enabled`);
  if (endpoint && endpoint.enabled && endpoint.consecutiveFailures >= DISABLE_AFTER_FAILURES) await disableEndpoint(delivery, endpoint.consecutiveFailures, error);
}

/**
 * Turns an endpoint off after repeated failures, once (whichever worker gets there first), with a change record on the
 * workspace's history: the outbox tells the workspace's owners of it (reason webhook_disabled) and webhooks hear of it.
 */
async function disableEndpoint(delivery: Claimed, failures: number, lastError: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const turnedOff = await tx.webhookEndpoint.updateMany({
      where: { id: delivery.endpointId, enabled: true },
      data: { enabled: false, disabledAt: new Date(), disabledReason: `Disabled after ${failures} failed deliveries in a row: ${lastError}` },
    });
    if (turnedOff.count === 0) return;
    await tx.webhookDelivery.updateMany({ where: { endpointId: delivery.endpointId, state: "pending" }, data: { state: "cancelled", finishedAt: new Date() } });
    await appendWorkspaceChange(tx, delivery.workspaceId, null, "workspace.webhook_disabled", {
      webhookId: delivery.endpointId,
      address: new URL(delivery.url).origin,
      enabled: { before: true, after: false },
      failures,
      lastError,
    });
  });
}
