import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import type { EmbeddedDatabase } from "../lib/db/embedded-postgres";
import { DEMO_PASSWORD, signInApi } from "./fixtures";
import { startOwnServer, type OwnServer } from "./own-server";

// Issue 12's acceptance run: two instances of the production build share one PostgreSQL under load while PostgreSQL
// is stopped and started again and one instance is killed. Every answer is a success or a 503 with Retry-After, within
// 2 s; every write that was acknowledged is there afterwards; the history verifies; the outbox's job drains again.

const dataDir = `.data/outage-under-load-${process.pid}`;
const API = "/api/v1/workspaces/demo";
/** The bound on every answer, with the database up or down. */
const ANSWER_WITHIN_MS = 2_000;
/** The bound on service coming back once the database accepts connections again. */
const RESUMED_WITHIN_MS = 2_000;

type Answer = { instance: number; method: string; path: string; status: number; retryAfter: string | null; startedAt: number; ms: number; body?: string };
type NoAnswer = { instance: number; method: string; path: string; startedAt: number; endedAt: number; error: string };

let database: EmbeddedDatabase;
const servers: OwnServer[] = [];

/** Runs a command of the repository (as `npm run …` would) and returns its exit code and output. */
function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => resolve({ code, output }));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // A cluster of this test's own, which it stops and starts: the run's shared database must stay up for the others.
  const { startEmbeddedPostgres } = await import("../lib/db/embedded-postgres");
  database = await startEmbeddedPostgres({ dataDir, databaseName: "outage_under_load", fresh: true });
  const seeded = await runScript("scripts/db-seed.ts", [], { DATABASE_URL: database.url, DATABASE_OWNER_URL: database.ownerUrl, DEMO_PASSWORD });
  expect(seeded.code, seeded.output).toBe(0);
  // Rate limits stay on (their query is part of every request) but high enough for the load.
  const env = { RATE_LIMIT_PER_MINUTE: "1000000", RATE_LIMIT_TOKEN_PER_MINUTE: "1000000" };
  servers.push(...(await Promise.all([0, 1].map((slot) => startOwnServer(env, { database, slot: slot + 1 })))));
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
  await rm(`${dataDir}.secrets.json`, { force: true });
  await rm(`${dataDir}.log`, { force: true });
});

test("two instances under load: PostgreSQL stopped and started, one instance killed; 503-or-success within 2 s, nothing acknowledged lost", async ({ playwright }) => {
  test.setTimeout(120_000);
  const [first, second] = servers as [OwnServer, OwnServer];

  // A read-write API token, made as a person signed in on the first instance.
  const browser = await playwright.request.newContext({ baseURL: first.baseURL });
  await signInApi(browser, "analyst");
  const made = await browser.post(`${API}/tokens`, { data: { name: "Load test", scope: "write" } });
  expect(made.status(), await made.text()).toBe(201);
  const { token } = (await made.json()) as { token: string };
  await browser.dispose();

  const answers: Answer[] = [];
  const noAnswers: NoAnswer[] = [];
  const alive = [true, true];
  let instanceTurn = 0;

  /** One request to the next live instance, timed from the client's side. */
  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown } | null> {
    const live = alive.flatMap((up, i) => (up ? [i] : []));
    const instance = live[instanceTurn++ % live.length] as number;
    const base = servers[instance]!.baseURL;
    const startedAt = performance.now();
    try {
      const response = await fetch(`${base}${API}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(15_000),
      });
      const text = await response.text();
      const ms = performance.now() - startedAt;
      const answer: Answer = { instance, method, path, status: response.status, retryAfter: response.headers.get("retry-after"), startedAt, ms };
      // What went wrong, shown if the answer is one the test refuses.
      if (response.status >= 300 && response.status !== 503) answer.body = text.slice(0, 500);
      answers.push(answer);
      return { status: response.status, json: text.startsWith("{") ? JSON.parse(text) : null };
    } catch (error) {
      noAnswers.push({ instance, method, path, startedAt, endedAt: performance.now(), error: String((error as Error).cause ?? error) });
      return null;
    }
  }

  // One item per writer, so that writers never conflict with each other (a 409 would be the test's doing).
  const writers = 4;
  const items: { id: string; version: number | null; acknowledged: { eventId: string; version: number }[] }[] = [];
  for (let i = 0; i < writers; i++) {
    const created = await call("POST", "/items", { kind: "export_control", title: `Load test item ${i}`, implementingJurisdictions: ["JP"] });
    expect(created?.status).toBe(201);
    items.push({ id: (created!.json as { id: string }).id, version: 1, acknowledged: [] });
  }
  const createdItems: { id: string; title: string }[] = [];
  // Warm both instances' routes (the first request to a route loads its code), then measure from here.
  for (let i = 0; i < 4; i++) {
    for (const item of items) {
      const recorded = await call("POST", `/items/${item.id}/status-changes`, { expectedVersion: item.version, status: "announced", effectiveOn: "2019-12", reason: "Warm-up", noSourceYet: true });
      expect(recorded?.status).toBe(201);
      item.version = (recorded!.json as { version: number }).version;
    }
    await call("GET", `/items/${items[0]!.id}`);
    await call("GET", "/items?limit=20");
    await call("POST", "/items", { kind: "export_control", title: `Warm-up item ${i}`, implementingJurisdictions: ["JP"] });
  }
  answers.length = 0;

  let stopping = false;
  let writes = 0;
  async function writer(item: (typeof items)[number], index: number) {
    while (!stopping) {
      if (item.version === null) {
        // The last write's outcome is unknown (503 or no answer): read the version it left, as a client would.
        const read = await call("GET", `/items/${item.id}`);
        if (read?.status === 200) item.version = (read.json as { item: { version: number } }).item.version;
      } else if (writes++ % 3 === 2) {
        const title = `Load test item ${index}.${writes}`;
        const created = await call("POST", "/items", { kind: "export_control", title, implementingJurisdictions: ["JP"] });
        if (created?.status === 201) createdItems.push({ id: (created.json as { id: string }).id, title });
      } else {
        const status = item.acknowledged.length % 2 === 0 ? "announced" : "in_force";
        const recorded = await call("POST", `/items/${item.id}/status-changes`, {
          expectedVersion: item.version,
          status,
          effectiveOn: "2020-01",
          reason: `Load test write ${writes}`,
          noSourceYet: true,
        });
        if (recorded?.status === 201) {
          const { eventId, version } = recorded.json as { eventId: string; version: number };
          item.acknowledged.push({ eventId, version });
          item.version = version;
        } else {
          item.version = null;
        }
      }
      await sleep(answers.at(-1)?.status === 503 ? 100 : 20);
    }
  }
  async function reader(index: number) {
    while (!stopping) {
      await call("GET", index % 2 === 0 ? "/items?limit=20" : `/items/${items[index % writers]!.id}`);
      await sleep(answers.at(-1)?.status === 503 ? 100 : 20);
    }
  }

  const startedAt = performance.now();
  const load = Promise.all([...items.map((item, i) => writer(item, i)), reader(0), reader(1)]);
  await sleep(2_000);
  const stoppedAt = performance.now();
  await database.cluster.stop();
  await sleep(3_000);
  await database.cluster.start();
  const returnedAt = performance.now();
  await sleep(1_000);
  // One instance dies mid-load; its clients go on with the other (as a load balancer would send them).
  const killedAt = performance.now();
  second.process.kill("SIGKILL");
  alive[1] = false;
  await sleep(3_000);
  stopping = true;
  await load;
  const endedAt = performance.now();

  // Every answer is a success, or a 503 that says when to try again; every answer came within the bound.
  const wrong = answers.filter((a) => !(a.status < 300 || (a.status === 503 && a.retryAfter !== null)));
  expect(wrong, "answers other than success or 503 with Retry-After").toEqual([]);
  const slow = answers.filter((a) => a.ms > ANSWER_WITHIN_MS);
  expect(slow, `answers slower than ${ANSWER_WITHIN_MS} ms`).toEqual([]);
  // The only requests with no answer at all were under way on the killed instance when it died.
  const lost = noAnswers.filter((n) => n.instance !== 1 || n.endedAt < killedAt);
  expect(lost, "requests that got no answer, other than the killed instance's").toEqual([]);

  // The outage was real, and the load ran through it: successes before, 503s during, successes after, on both.
  const during = answers.filter((a) => a.startedAt > stoppedAt + 500 && a.startedAt < returnedAt - 500);
  expect(during.length).toBeGreaterThan(10);
  expect(during.every((a) => a.status === 503)).toBe(true);
  for (const instance of [0, 1]) {
    expect(answers.some((a) => a.instance === instance && a.status < 300 && a.startedAt < stoppedAt)).toBe(true);
    const resumed = answers.find((a) => a.instance === instance && a.status < 300 && a.startedAt > returnedAt);
    expect(resumed, `instance ${instance} served again after PostgreSQL returned`).toBeDefined();
    expect(resumed!.startedAt + resumed!.ms - returnedAt).toBeLessThan(RESUMED_WITHIN_MS);
  }
  expect(answers.some((a) => a.instance === 0 && a.status < 300 && a.startedAt > killedAt)).toBe(true);

  // Nothing acknowledged is lost: every acknowledged status event and every created item reads back.
  const readBack = async (path: string) => {
    const response = await fetch(`${first.baseURL}${API}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status, path).toBe(200);
    return response.json() as Promise<unknown>;
  };
  let acknowledged = 0;
  for (const item of items) {
    const { item: read } = (await readBack(`/items/${item.id}`)) as { item: { version: number; statusEvents: { id: string }[] } };
    const events = new Set(read.statusEvents.map((e) => e.id));
    expect(item.acknowledged.filter((a) => !events.has(a.eventId))).toEqual([]);
    expect(read.version).toBeGreaterThanOrEqual(item.acknowledged.at(-1)?.version ?? 1);
    acknowledged += item.acknowledged.length;
  }
  for (const created of createdItems) {
    expect(((await readBack(`/items/${created.id}`)) as { item: { title: string } }).item.title).toBe(created.title);
  }
  expect(acknowledged + createdItems.length).toBeGreaterThan(20);

  // The history verifies, as `npm run history:verify` checks it.
  const verified = await runScript("scripts/history-verify.ts", ["--no-checkpoint"], { DATABASE_URL: database.url });
  expect(verified.output).toContain("OK:");
  expect(verified.code).toBe(0);

  // The surviving instance's background jobs came through the outage: the outbox of every change drains.
  const client = new Client({ connectionString: database.ownerUrl });
  await client.connect();
  try {
    await expect.poll(async () => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "OutboxEvent"`)).rows[0]?.n), { timeout: 15_000 }).toBe(0);
  } finally {
    await client.end();
  }

  const at = (t: number) => `${((t - startedAt) / 1000).toFixed(2)} s`;
  const slowest = [...answers].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(
    `outage under load: ${answers.length} answers in ${at(endedAt)} (${answers.filter((a) => a.status === 503).length} × 503), ` +
      `${acknowledged} status changes and ${createdItems.length} items acknowledged, ${noAnswers.length} cut off by the kill; ` +
      `PostgreSQL stopped at ${at(stoppedAt)}, back at ${at(returnedAt)}, instance killed at ${at(killedAt)}; slowest answers: ` +
      slowest.map((a) => `${Math.round(a.ms)} ms (${a.method} ${a.path.replace(/[0-9a-f-]{36}/, ":id")} → ${a.status} at ${at(a.startedAt)})`).join(", "),
  );
});
