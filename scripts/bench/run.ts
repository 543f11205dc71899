// `npm run bench`: load tests of the main paths against a production build on the bench:seed workspace, side by side
// with floors measured in the same run. Prints a table and writes bench-results/bench-<time>.json.
import "../load-env";
import autocannon from "autocannon";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import postgres from "postgres";
import { applyMigrations } from "../../lib/db/migrate";
import { BENCH_ACCOUNTS, BENCH_PASSWORD, BENCH_SLUG, openBenchDatabase } from "./bench-database";
import { signInCookie } from "./sign-in-cookie";
import { TARGETS, type Measured } from "./targets";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
// The list's SQL floor runs in a server of its own (scripts/bench/list-sql-floor.ts): benchmark code stays out of the app.
const FLOOR_BASE = `http://127.0.0.1:${PORT + 1}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const say = (line: string) => console.log(`[bench] ${line}`);
const hasTaskset = spawnSync("taskset", ["-V"]).status === 0;

const database = await openBenchDatabase();
const sql = postgres(database.url, { max: 2, onnotice: () => {} });
let server: ChildProcess | undefined;
let floor: ChildProcess | undefined;
try {
  await applyMigrations(database.ownerUrl);
  const [workspace] = await sql<{ id: string }[]>`SELECT id FROM "Workspace" WHERE slug = ${BENCH_SLUG}`;
  if (!workspace) throw new Error("No benchmark workspace: run `npm run bench:seed` first.");
  if (!existsSync(".next/BUILD_ID")) {
    say("no production build: running next build");
    if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0) throw new Error("next build failed");
  }
  // The server (and PostgreSQL) on core 0, the load generator on core 1, where the machine has taskset and 2+ cores.
  const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: "bench-secret-0123456789abcdef", DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "20" };
  if (await answers(`${BASE}/api/live`)) throw new Error(`Port ${PORT} is taken by another server: stop it or set BENCH_PORT.`);
  const next = [process.execPath, "--import", "tsx", "scripts/server.ts", "start"];
  const [command, ...args] = hasTaskset ? ["taskset", "-c", "0", ...next] : next;
  server = spawn(command as string, args, { env: { ...env, PORT: String(PORT), LOG_LEVEL: "warn" }, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const floorCommand = [process.execPath, "--import", "tsx", "scripts/bench/list-sql-floor.ts", String(PORT + 1)];
  const [floorBin, ...floorArgs] = hasTaskset ? ["taskset", "-c", "0", ...floorCommand] : floorCommand;
  floor = spawn(floorBin as string, floorArgs, { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  await waitFor(`${BASE}/api/health`);
  await waitFor(`${FLOOR_BASE}/?workspace=${BENCH_SLUG}`);
  // PostgreSQL stays free to use either core, as a database on its own host would not share the app server's core.
  if (hasTaskset) spawnSync("taskset", ["-a", "-p", "-c", "1", String(process.pid)]);
  say(`server up on ${BASE}${hasTaskset ? " (Next.js on core 0, load generator on core 1, PostgreSQL on either)" : ""}`);

  const cookie = await signInCookie(BASE, BENCH_ACCOUNTS.analyst, BENCH_PASSWORD);
  const [longHistory] = await sql<{ itemId: string }[]>`SELECT "itemId" FROM "ChangeRecord" WHERE seq = 1000 LIMIT 1`;
  const [source] = await sql<{ id: string; excerpt: string }[]>`SELECT "sourceId" AS id, excerpt FROM "Citation" WHERE "workspaceId" = ${workspace.id} LIMIT 1`;
  const writable = await sql<{ id: string; kind: string; version: number }[]>`
    SELECT id, kind, version FROM "TrackedItem" WHERE "workspaceId" = ${workspace.id} AND id <> ${longHistory?.itemId ?? null} ORDER BY md5(id::text) LIMIT 60000`;
  const statusFor: Record<string, string> = { export_control: "eased", preferred_trader_listing: "listed", trade_dispute: "resolved", cooperation_initiative: "agreed" };
  let nextWrite = 0;
  const headers = { cookie, "content-type": "application/json" };
  const api = `/api/v1/workspaces/${BENCH_SLUG}`;
  const list = "kind=export_control&jurisdiction=JP&sort=title&limit=50";

  // `anonymous`: sent without the session cookie.
  type Endpoint = { name: string; floor?: string; base?: string; path?: string; requests?: autocannon.Request[]; anonymous?: boolean };
  const endpoints: Endpoint[] = [
    { name: "floor: static route", path: "/robots.txt" },
    { name: "floor: constant JSON", path: "/api/live" },
    { name: "floor: list SQL via pg", base: FLOOR_BASE, path: `/?workspace=${BENCH_SLUG}&${list}` },
    // The least any page costs: every page renders per request (the CSP nonce), and this one reads no data.
    { name: "floor: server-rendered page (sign-in)", path: "/sign-in", anonymous: true },
    { name: "tracker page (filter + sort)", floor: "floor: server-rendered page (sign-in)", path: `/w/${BENCH_SLUG}?${list}` },
    { name: "JSON list (50 rows, keyset)", floor: "floor: list SQL via pg", path: `${api}/items?${list}` },
    {
      name: "status change (API)",
      floor: "floor: constant JSON",
      requests: [
          {
            setupRequest: (request) => {
              const item = writable[nextWrite++ % writable.length] as { id: string; kind: string; version: number };
              const body = { expectedVersion: item.version, status: statusFor[item.kind], effectiveOn: "2026-11", reason: "Benchmark write", citations: [{ sourceId: source?.id, excerpt: source?.excerpt }] };
              item.version += 1;
              return { ...request, method: "POST", path: `${api}/items/${item.id}/status-changes`, body: JSON.stringify(body) };
            },
          },
        ],
    },
    { name: "search: full text", floor: "floor: constant JSON", path: `${api}/search?q=${encodeURIComponent("export controls")}` },
    { name: "search: partial word", floor: "floor: constant JSON", path: `${api}/search?q=conduct` },
    { name: "as-of tracker (D and R)", floor: "floor: server-rendered page (sign-in)", path: `/w/${BENCH_SLUG}?recordedAt=2022-06-30&validOn=2021-01-01&sort=title` },
    { name: "history of a 1,000-change item", floor: "floor: constant JSON", path: `${api}/items/${longHistory?.itemId}/history?limit=100` },
  ];

  const run = (endpoint: Endpoint, duration: number) =>
    autocannon({ url: `${endpoint.base ?? BASE}${endpoint.path ?? ""}`, connections: CONNECTIONS, duration, headers: endpoint.anonymous ? {} : headers, requests: endpoint.requests });

  say(`warm-up: ${WARMUP} s per endpoint`);
  for (const endpoint of endpoints) await run(endpoint, WARMUP);
  const recordsBefore = await countStatusWrites(sql, workspace.id);
  const results = new Map<string, autocannon.Result[]>(endpoints.map((e) => [e.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved, with the order rotated each round, so no endpoint always runs on a warmer or cooler machine.
    const order = endpoints.map((_, i) => endpoints[(i + round) % endpoints.length] as Endpoint);
    for (const endpoint of order) {
      const result = await run(endpoint, DURATION);
      results.get(endpoint.name)?.push(result);
      say(`round ${round + 1}/${ROUNDS} ${endpoint.name}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}`);
    }
  }
  const written = (await countStatusWrites(sql, workspace.id)) - recordsBefore;

  const measured: Measured[] = endpoints.map((endpoint) => {
    const rounds = results.get(endpoint.name) ?? [];
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    return {
      name: endpoint.name,
      floor: endpoint.floor ?? null,
      requestsPerSecond: Math.round(rounds.reduce((sum, r) => sum + r.requests.average, 0) / rounds.length),
      p50: median(rounds.map((r) => r.latency.p50)),
      p99: median(rounds.map((r) => r.latency.p99)),
      errors: rounds.reduce((sum, r) => sum + r.errors + r.non2xx + r.timeouts, 0),
      ok: rounds.reduce((sum, r) => sum + (r["2xx"] ?? 0), 0),
    };
  });
  const byName = new Map(measured.map((m) => [m.name, m]));
  const statusWrites = byName.get("status change (API)");
  // An acknowledged write missing from the history is lost; the history can hold more, from requests still in flight
  // when a round's clock ran out (their answers arrive after autocannon stopped counting).
  const lost = statusWrites ? Math.max(0, statusWrites.ok - written) : 0;

  console.log("");
  console.log("| endpoint | req/s | p50 ms | p99 ms | errors | p50 vs floor | req/s vs floor |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const m of measured) {
    const floor = m.floor ? byName.get(m.floor) : undefined;
    const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : "n/a");
    console.log(`| ${m.name} | ${m.requestsPerSecond} | ${m.p50} | ${m.p99} | ${m.errors} | ${floor ? ratio(m.p50, floor.p50) : "—"} | ${floor ? ratio(m.requestsPerSecond, floor.requestsPerSecond) : "—"} |`);
  }
  console.log(`\nstatus changes acknowledged: ${statusWrites?.ok ?? 0}, recorded in the history: ${written} (including writes still in flight when a round ended), lost: ${lost}`);
  console.log("\nTargets:");
  const verdicts = TARGETS.map((target) => ({ ...target, ...target.check(byName, lost) }));
  for (const v of verdicts) console.log(`  ${v.met ? "MET " : "MISS"} ${v.label}: ${v.actual}`);

  await mkdir("bench-results", { recursive: true });
  const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  await writeFile(
    file,
    JSON.stringify({ at: new Date().toISOString(), connections: CONNECTIONS, duration: DURATION, rounds: ROUNDS, pinned: hasTaskset, measured, statusWrites: { acknowledged: statusWrites?.ok, recorded: written, lost }, targets: verdicts.map(({ check: _check, ...v }) => v) }, null, 2),
  );
  say(`results written to ${file}`);
} finally {
  // The whole process group: next start runs workers of its own.
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  if (floor?.pid) process.kill(-floor.pid, "SIGTERM");
  await sql.end();
  await database.stop();
}

async function countStatusWrites(db: postgres.Sql, workspaceId: string): Promise<number> {
  const [row] = await db<{ n: number }[]>`SELECT count(*)::int AS n FROM "ChangeRecord" WHERE "workspaceId" = ${workspaceId} AND type = 'status.recorded' AND reason = 'Benchmark write'`;
  return row?.n ?? 0;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs / 1000} s`);
}
