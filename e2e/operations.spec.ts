import { expect, test } from "@playwright/test";
import { METRICS_TOKEN, SECOND_INSTANCE_URL } from "../playwright.config";

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
