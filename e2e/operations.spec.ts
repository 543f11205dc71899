import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { METRICS_TOKEN, SECOND_INSTANCE_URL } from "../playwright.config";
import { startOwnServer } from "./own-server";

// What an operator's tools see of a running instance: liveness and readiness, request ids, and the metrics.

test("liveness answers without the database, readiness names each dependency", async ({ request }) => {
  const live = await request.get("/api/live");
  expect(live.status()).toBe(200);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: "up", replica: "not configured" });
});

test("every answer carries a request id; one sent by an untrusted client is not taken as it is", async ({ request }) => {
  const response = await request.get("/api/live", { headers: { "x-request-id": "forged-id" } });
  const id = response.headers()["x-request-id"];
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(id).not.toBe("forged-id");
});

test("metrics open with the metrics token only, on each instance, with request durations by route", async ({ request }) => {
  expect((await request.get("/api/metrics")).status()).toBe(401);
  expect((await request.get("/api/metrics", { headers: { authorization: "Bearer not-the-token-at-all" } })).status()).toBe(401);
  await request.get("/api/health");
  for (const base of ["", SECOND_INSTANCE_URL]) {
    const response = await request.get(`${base}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/plain");
    const text = await response.text();
    expect(text).toContain("http_request_duration_seconds_bucket");
    expect(text).toMatch(/db_up\{target="primary"\} 1/);
    expect(text).toContain("live_listeners");
    // The background jobs' backlogs, counted in the shared database when scraped.
    for (const queue of ["webhook_pending", "webhook_due", "outbox", "email_pending"]) expect(text).toMatch(new RegExp(`job_backlog\\{queue="${queue}"\\} \\d+`));
  }
  // Ids and names never become labels: routes appear as the build names them.
  const text = await (await request.get("/api/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  expect(text).toContain('route="/api/health"');
  expect(text).not.toMatch(/route="\/w\/[a-z0-9-]+"/);
});

type OtlpSpan = { name: string; attributes?: { key: string; value: { stringValue?: string; intValue?: string | number } }[] };
type OtlpExport = { resourceSpans?: { resource?: { attributes?: OtlpSpan["attributes"] }; scopeSpans?: { spans?: OtlpSpan[] }[] }[] };

test("with OTEL_EXPORTER_OTLP_ENDPOINT set, the server sends its requests' spans over OTLP/HTTP", async () => {
  // A collector of our own: what an OpenTelemetry collector's OTLP/HTTP receiver takes (POST /v1/traces, JSON).
  const received: { path: string; contentType: string; body: OtlpExport }[] = [];
  const collector = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ path: request.url ?? "", contentType: request.headers["content-type"] ?? "", body: JSON.parse(body) as OtlpExport });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  const server = await startOwnServer({ OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: "policy-tracker-e2e", OTEL_BSP_SCHEDULE_DELAY: "200" });
  try {
    expect((await fetch(`${server.baseURL}/api/live`)).status).toBe(200);
    const spans = () =>
      received.flatMap((r) =>
        (r.body.resourceSpans ?? []).flatMap((rs) =>
          (rs.scopeSpans ?? []).flatMap((ss) => (ss.spans ?? []).map((span) => ({ ...span, resource: rs.resource?.attributes ?? [] }))),
        ),
      );
    // Next.js names a request's span by its method and route once the route is known.
    await expect.poll(() => spans().map((span) => span.name), { timeout: 15_000 }).toContainEqual(expect.stringMatching(/^GET \/api\/live/));
    expect(received.every((r) => r.path === "/v1/traces" && r.contentType.includes("application/json"))).toBe(true);
    const span = spans().find((s) => s.name.startsWith("GET /api/live"));
    expect(span?.resource).toContainEqual({ key: "service.name", value: { stringValue: "policy-tracker-e2e" } });
  } finally {
    await server.stop();
    collector.close();
  }
});
