import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { describeError } from "@/lib/http/error-response";
import type { ChangeType } from "@/lib/history/change-types";
import { drainOutbox } from "@/lib/outbox/process-outbox";
import { createItem } from "@/lib/tracking/create-item";
import { recordStatusChange } from "@/lib/tracking/record-status-change";
import { createTeam } from "@/tests/factories";
import { checkWebhookAddress } from "./address-guard";
import { deliverDueWebhooks, DISABLE_AFTER_FAILURES } from "./deliver";
import { createWebhook, deleteWebhook, listWebhooks, sendTestWebhook, updateWebhook } from "./endpoints";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, verifySignature } from "./signature";

type Received = { headers: http.IncomingHttpHeaders; body: string; path: string };

/** A real HTTP receiver on this machine: it records every request and answers with the status its path names (/status/503). */
let server: http.Server;
let base: string;
const received: Received[] = [];
beforeAll(async () => {
  // The receiver is on 127.0.0.1: allowed here as an operator would for an intranet (set before the environment is read).
  process.env.WEBHOOKS_ALLOW_PRIVATE = "true";
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), path: request.url ?? "" });
      const status = Number(/\/status\/(\d{3})/.exec(request.url ?? "")?.[1] ?? 200);
      response.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "thanks" : "not now");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (isDomainError(error) ? error.kind : describeError(error).body.error.code),
  );
const takeFrom = (path: string) => {
  const mine = received.filter((r) => r.path.startsWith(path));
  for (const r of mine) received.splice(received.indexOf(r), 1);
  return mine;
};
const unique = () => crypto.randomUUID().slice(0, 8);

async function setUp(path: string, eventTypes: ChangeType[] = ["item.created", "status.recorded"], format: "json" | "slack" = "json") {
  const team = await createTeam();
  await drainOutbox();
  // Deliveries other test files left waiting (to addresses nothing answers) would take this test's place in a batch.
  await db.webhookDelivery.updateMany({ where: { state: "pending" }, data: { state: "cancelled" } });
  const hook = await createWebhook(team.owner, team.slug, { url: `${base}${path}`, eventTypes, format, description: "Receiver" });
  return { ...team, hook };
}

describe("webhooks", () => {
  it("are managed by owners only, never with a token, at an http(s) address that is not private unless allowed", async () => {
    const team = await createTeam();
    expect(await outcome(createWebhook(team.analyst, team.slug, { url: `${base}/x`, eventTypes: ["item.created"] }))).toBe("forbidden");
    expect(await outcome(createWebhook(team.owner, team.slug, { url: "ftp://example.org/", eventTypes: ["item.created"] }))).toBe("invalid");
    expect(await outcome(createWebhook(team.owner, team.slug, { url: `${base}/x`, eventTypes: [] }))).toBe("invalid");
    expect(await checkWebhookAddress(`${base}/x`, false)).toMatchObject({ ok: false });
    const other = await createTeam();
    const { id } = await createWebhook(team.owner, team.slug, { url: `${base}/x`, eventTypes: ["item.created"] });
    expect(await outcome(deleteWebhook(other.owner, other.slug, { webhookId: id }))).toBe("not_found");
    expect(await outcome(listWebhooks(team.viewer, team.slug))).toBe("forbidden");
    const history = await db.changeRecord.findFirstOrThrow({ where: { type: "workspace.webhook_created", diff: { path: ["webhookId"], equals: id } } });
    // History keeps the address's origin only (a Slack address's path is its secret).
    expect(history.diff).toMatchObject({ address: { before: null, after: base } });
  });

  it("deliver each chosen change, signed over the timestamp and the exact body, exactly once", async () => {
    const path = `/ok-${unique()}`;
    const t = await setUp(path);
    const item = await createItem(t.analyst, t.slug, { kind: "export_control", title: "Hooked item", implementingJurisdictions: ["JP"] });
    await recordStatusChange(t.analyst, t.slug, { itemId: item.id, expectedVersion: 1, status: "in_force", effectiveOn: "2019-07", reason: "Announced", noSourceYet: true });
    await drainOutbox();
    await Promise.all([deliverDueWebhooks(), deliverDueWebhooks()]);
    // Deliveries may arrive in any order (several workers send at once); the change id in each orders them.
    const got = takeFrom(path).sort((a, b) => Number((JSON.parse(a.body) as { id: string }).id) - Number((JSON.parse(b.body) as { id: string }).id));
    expect(got.map((r) => r.headers[EVENT_HEADER.toLowerCase()])).toEqual(["item.created", "status.recorded"]);
    for (const r of got) {
      expect(verifySignature(t.hook.secret, r.body, String(r.headers[SIGNATURE_HEADER.toLowerCase()]))).toBe(true);
      expect(verifySignature(t.hook.secret, `${r.body} `, String(r.headers[SIGNATURE_HEADER.toLowerCase()]))).toBe(false);
      expect(r.headers["content-type"]).toBe("application/json");
    }
    const created = JSON.parse(got[0]?.body ?? "{}") as Record<string, unknown>;
    expect(created).toMatchObject({ type: "item.created", label: "Item created", workspace: { slug: t.slug }, actor: { id: t.analyst.userId }, item: { id: item.id, title: "Hooked item" } });
    const record = await db.changeRecord.findFirstOrThrow({ where: { itemId: item.id, type: "item.created" } });
    expect(created.id).toBe(record.id.toString());
    await deliverDueWebhooks();
    expect(takeFrom(path)).toEqual([]);
    const { webhooks } = await listWebhooks(t.owner, t.slug);
    expect(webhooks[0]?.deliveries.map((d) => [d.state, d.lastStatus])).toEqual([
      ["succeeded", 200],
      ["succeeded", 200],
    ]);
  });

  it("retry a failed delivery with backoff, and send again what a worker that died had claimed, under the same delivery id", async () => {
    const path = `/flaky-${unique()}`;
    const t = await setUp(`${path}/status/500`, ["item.created"]);
    await createItem(t.analyst, t.slug, { kind: "export_control", title: "Retried", implementingJurisdictions: ["JP"] });
    await drainOutbox();
    await deliverDueWebhooks();
    const first = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: t.hook.id } });
    expect(first).toMatchObject({ state: "pending", attempts: 1, lastStatus: 500 });
    expect(first.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    // Not due yet: nothing is sent.
    await deliverDueWebhooks();
    expect(takeFrom(path)).toHaveLength(1);

    // The receiver is fixed; a worker claims the delivery and dies before it records anything.
    await db.webhookEndpoint.update({ where: { id: t.hook.id }, data: { url: `${base}${path}/status/200` } });
    await db.webhookDelivery.update({ where: { id: first.id }, data: { nextAttemptAt: new Date(), attempts: 2, claimToken: crypto.randomUUID(), claimedUntil: new Date(Date.now() + 60_000) } });
    await deliverDueWebhooks();
    expect(takeFrom(path)).toEqual([]);
    // Its claim lapses: another worker sends it.
    await db.webhookDelivery.update({ where: { id: first.id }, data: { claimedUntil: new Date(Date.now() - 1000) } });
    await deliverDueWebhooks();
    const [again] = takeFrom(path);
    expect(again?.headers[DELIVERY_HEADER.toLowerCase()]).toBe(first.id);
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ state: "succeeded", attempts: 3, lastStatus: 200 });
    const attempts = await db.webhookAttempt.findMany({ where: { deliveryId: first.id }, orderBy: { attempt: "asc" } });
    expect(attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [3, 200],
    ]);
  });

  it("turn themselves off after repeated failures, telling the workspace's owners", async () => {
    const path = `/down-${unique()}`;
    const t = await setUp(`${path}/status/503`, ["item.created"]);
    await db.webhookEndpoint.update({ where: { id: t.hook.id }, data: { consecutiveFailures: DISABLE_AFTER_FAILURES - 1 } });
    await createItem(t.analyst, t.slug, { kind: "export_control", title: "One too many", implementingJurisdictions: ["JP"] });
    await createItem(t.analyst, t.slug, { kind: "export_control", title: "Never sent", implementingJurisdictions: ["JP"] });
    await drainOutbox();
    const [firstDelivery] = await db.webhookDelivery.findMany({ where: { endpointId: t.hook.id }, orderBy: { createdAt: "asc" } });
    await deliverDueWebhooks({ deliveryId: firstDelivery?.id });
    const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: t.hook.id } });
    expect(endpoint.enabled).toBe(false);
    expect(endpoint.disabledReason).toContain("Answered 503");
    expect((await db.webhookDelivery.findMany({ where: { endpointId: t.hook.id } })).map((d) => d.state).sort()).toEqual(["cancelled", "cancelled"]);
    await drainOutbox();
    const [notice] = await db.notification.findMany({ where: { userId: t.owner.userId, reason: "webhook_disabled" } });
    expect(notice).toMatchObject({ kind: "webhook", link: `/w/${t.slug}/settings/webhooks` });
    expect(await db.notification.count({ where: { userId: t.analyst.userId, reason: "webhook_disabled" } })).toBe(0);
    takeFrom(path);

    // Turned on again: the count starts afresh.
    await updateWebhook(t.owner, t.slug, { webhookId: t.hook.id, enabled: true });
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: t.hook.id } })).toMatchObject({ enabled: true, consecutiveFailures: 0 });
  });

  it("send a test event on request, and speak Slack's format when asked", async () => {
    const path = `/slack-${unique()}`;
    const t = await setUp(path, ["item.created"], "slack");
    expect(await sendTestWebhook(t.owner, t.slug, { webhookId: t.hook.id })).toMatchObject({ state: "succeeded", status: 200 });
    await createItem(t.analyst, t.slug, { kind: "export_control", title: "A <b>bold</b> & new item", implementingJurisdictions: ["JP"] });
    await drainOutbox();
    await deliverDueWebhooks();
    const [test, change] = takeFrom(path);
    expect(test?.headers[EVENT_HEADER.toLowerCase()]).toBe("webhook.test");
    expect(JSON.parse(change?.body ?? "{}")).toEqual({ text: expect.stringContaining("A &lt;b&gt;bold&lt;/b&gt; &amp; new item") });
    expect(await outcome(sendTestWebhook(t.analyst, t.slug, { webhookId: t.hook.id }))).toBe("forbidden");
  });

  it("answer a test with what came back though other instances' workers run meanwhile, the webhook being off too", async () => {
    const path = `/raced-${unique()}`;
    const t = await setUp(path, ["item.created"]);
    await updateWebhook(t.owner, t.slug, { webhookId: t.hook.id, enabled: false });
    // Workers polling as fast as they can while the tests are sent: each test is the request's own, none is cancelled.
    let sending = true;
    const worker = async () => {
      while (sending) await deliverDueWebhooks();
    };
    const workers = [worker(), worker()];
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await sendTestWebhook(t.owner, t.slug, { webhookId: t.hook.id }));
    sending = false;
    await Promise.all(workers);
    expect(answers.map((a) => `${a.state} ${a.status}`)).toEqual(Array.from({ length: 10 }, () => "succeeded 200"));
    expect(takeFrom(path)).toHaveLength(10);
  });
});
