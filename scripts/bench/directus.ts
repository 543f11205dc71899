// `npm run bench:directus -- [size]`: Policy Tracker beside Directus (issue 15 is checked beside a back office; the
// brief names this one), on the same data in one run: a list, an item, a status change and a search, each product
// beside its own constant answer. One process each, pinned to core 0 with the load generator on core 1; measured in
// turns, with the order rotated each round and the machine drained before each measurement. Directus runs twice, with
// its cache off and on (an in-memory cache of read answers, in a second process: purged on writes through that
// process only). Writes bench-results/directus-<size>-<time>.json.
import "../load-env";
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import postgres from "postgres";
import { applyMigrations } from "../../lib/db/migrate";
import { answers, ensureProductionBuild, startAppServer, waitFor } from "./app-server";
import { BENCH_ACCOUNTS, BENCH_PASSWORD, BENCH_SLUG, benchSize, openBenchDatabase } from "./bench-database";
import { DIRECTUS_VERSION, directusCommand, installDirectus, setUpDirectus } from "./directus-setup";
import { drain, type Drained } from "./drain";
import { load, summarise, warmUp, type Load, type Loaded } from "./load";
import { ProcessGroups } from "./process-groups";
import { signInCookie } from "./sign-in-cookie";
import { BENCH_STATUS_FOR, BENCH_WRITE_REASON, benchTargets, countStatusWrites, statusChanges, writableItems } from "./status-writes";

const size = benchSize();
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const DIRECTUS_PORT = Number(process.env.BENCH_DIRECTUS_PORT ?? 8055);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// Each endpoint is loaded until its rate stops rising, for at most this long (load.ts, warmUp).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const SERIAL_DURATION = Number(process.env.BENCH_SERIAL_DURATION ?? 5);
const say = (line: string) => console.log(`[bench:directus ${size.label}] ${line}`);
const cores = (await import("node:os")).availableParallelism();
const pin = spawnSync("taskset", ["-V"]).status === 0 && cores >= 2;
const POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? String(Math.max(2, cores));

/** What is measured of each product for one comparison, by who serves it ("Policy Tracker", "Directus", …). */
type Comparison = { name: string; loads: Record<string, Load> };

installDirectus(say);
const database = await openBenchDatabase(size);
const sql = postgres(database.url, { max: 2, onnotice: () => {} });
// The superuser's: the drain must see Directus's queries too, in its own database (the app's role sees no other
// role's queries), and autovacuum.
const watcher = postgres(database.superuserUrl, { max: 1, onnotice: () => {} });
const servers = new ProcessGroups();
let other: postgres.Sql | undefined;
try {
  await applyMigrations(database.ownerUrl);
  const [workspace] = await sql<{ id: string }[]>`SELECT id FROM "Workspace" WHERE slug = ${BENCH_SLUG}`;
  if (!workspace) throw new Error(`No benchmark workspace of size ${size.label}: run \`npm run bench:seed -- ${size.label}\` first.`);
  ensureProductionBuild();
  const directus = await setUpDirectus(database.superuserUrl, workspace.id, say);
  // Directus's database, where its writes are counted.
  other = postgres(directus.databaseUrl, { max: 1, onnotice: () => {} });

  const targets = await benchTargets(sql, workspace.id);
  const ours = await statusChanges(sql, workspace.id, targets);
  // Directus's writes go to the same items in its copy, in another order, so neither product's writes follow the
  // other's.
  const theirs = (await writableItems(sql, workspace.id, targets)).reverse();
  let nextTheirs = 0;

  const api = `/api/v1/workspaces/${BENCH_SLUG}`;
  const base = { us: `http://127.0.0.1:${PORT}`, plain: `http://127.0.0.1:${DIRECTUS_PORT}`, cached: `http://127.0.0.1:${DIRECTUS_PORT + 1}` };
  const headers = { authorization: `Bearer ${directus.token}`, "content-type": "application/json" };
  const us = (load: Omit<Load, "name" | "base">): Load => ({ name: "Policy Tracker", base: base.us, ...load });
  const both = (path: string, what = ""): Record<string, Load> => ({
    [`Directus${what}`]: { name: "Directus", base: base.plain, path, headers },
    [`Directus, cache on${what}`]: { name: "Directus, cache on", base: base.cached, path, headers },
  });
  const listFields = "id,kind,title,implementing_jurisdictions,affected_jurisdictions,tags,status,effective_on,needs_source,updated_at";
  const itemFields = "*,status_events.*,status_events.citations.*,status_events.citations.source.id,status_events.citations.source.title,status_events.citations.source.publisher,status_events.citations.source.language";
  const jp = "filter[kind][_eq]=export_control&filter[_or][0][implementing_jurisdictions][_contains]=JP&filter[_or][1][affected_jurisdictions][_contains]=JP";
  // Policy Tracker searches items, sources, citations and change reasons in one request; Directus searches one
  // collection a request (every text field, ILIKE), so its items and its sources are measured apart.
  const searches = (words: string): Comparison => {
    const q = encodeURIComponent(words);
    return {
      name: `search "${words}"`,
      loads: {
        "Policy Tracker": us({ path: `${api}/search?q=${q}` }),
        ...both(`/items/tracked_items?search=${q}&limit=20&fields=id,title`, ": items"),
        ...both(`/items/sources?search=${q}&limit=20&fields=id,title`, ": sources"),
      },
    };
  };
  const comparisons: Comparison[] = [
    { name: "constant answer", loads: { "Policy Tracker": us({ path: "/api/live" }), Directus: { name: "Directus", base: base.plain, path: "/server/ping", headers } } },
    {
      name: "list: 50 export controls touching JP, by title",
      loads: { "Policy Tracker": us({ path: `${api}/items?kind=export_control&jurisdiction=JP&sort=title&limit=50` }), ...both(`/items/tracked_items?${jp}&sort=title,id&limit=50&fields=${listFields}`) },
    },
    {
      name: "item with its status events, citations and their sources",
      loads: { "Policy Tracker": us({ path: `${api}/items/${targets.shownId}` }), ...both(`/items/tracked_items/${targets.shownId}?fields=${itemFields}`) },
    },
    {
      name: "status change with a citation",
      loads: {
        "Policy Tracker": us({ request: () => ours.request(api), before: ours.refresh }),
        Directus: {
          name: "Directus",
          base: base.plain,
          headers,
          request: () => {
            const item = theirs[nextTheirs++ % theirs.length] as { id: string; kind: string };
            const status = BENCH_STATUS_FOR[item.kind];
            const event = { status, effective_on: "2026-11-01", precision: "month", note: BENCH_WRITE_REASON, citations: [{ source: targets.source.id, excerpt: targets.source.excerpt }] };
            return { method: "PATCH", path: `/items/tracked_items/${item.id}`, body: JSON.stringify({ status, effective_on: "2026-11-01", status_events: { create: [event], update: [], delete: [] } }) };
          },
        },
      },
    },
    searches("export controls"),
    searches("marmalade quota of the moon"),
  ];

  await startAppServer(servers, { port: PORT, pin, databaseUrl: database.url, authUrl: base.us, poolSize: POOL_SIZE });
  await startDirectus(DIRECTUS_PORT, { ...directus.env, CACHE_ENABLED: "false" });
  await startDirectus(DIRECTUS_PORT + 1, { ...directus.env, CACHE_ENABLED: "true", CACHE_STORE: "memory", CACHE_AUTO_PURGE: "true", CACHE_TTL: "30m" });
  if (pin) spawnSync("taskset", ["-a", "-p", "-c", "1", String(process.pid)]);
  say(`Policy Tracker on port ${PORT}, Directus ${DIRECTUS_VERSION} on ${DIRECTUS_PORT} (cache off) and ${DIRECTUS_PORT + 1} (cache on)${pin ? ", each on core 0, the load generator on core 1, PostgreSQL on either" : ""}`);
  const cookie = await signInCookie(base.us, BENCH_ACCOUNTS.analyst, BENCH_PASSWORD);
  const options = { bases: [base.us], cookie };
  const runs = comparisons.flatMap((c) => Object.entries(c.loads).map(([product, endpoint]) => ({ comparison: c.name, product, endpoint })));

  const drains: Drained[] = [];
  const settle = async () => drains.push(await drain(watcher, watcher, servers));

  say(`warm-up: each endpoint until its rate stops rising, at most ${WARMUP} s`);
  for (const run of runs) {
    const windows = await warmUp(run.endpoint, { ...options, connections: CONNECTIONS }, WARMUP);
    say(`warm-up ${run.comparison}, ${run.product}: ${windows.join(", ")} req/s`);
  }
  const oursBefore = await countStatusWrites(sql, workspace.id);
  const theirsBefore = await countDirectusWrites(other);
  const loaded = new Map(runs.map((run) => [run, [] as Loaded[]]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i] of runs.entries()) {
      const run = runs[(i + round) % runs.length] as (typeof runs)[number];
      await settle();
      const result = await load(run.endpoint, { ...options, connections: CONNECTIONS, seconds: DURATION });
      loaded.get(run)?.push(result);
      say(`round ${round + 1}/${ROUNDS} ${run.comparison}, ${run.product}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`);
    }
  }
  const serial = new Map<(typeof runs)[number], Loaded>();
  for (const run of runs) {
    await settle();
    serial.set(run, await load(run.endpoint, { ...options, connections: 1, seconds: SERIAL_DURATION }));
  }
  await settle();
  const written = { ours: (await countStatusWrites(sql, workspace.id)) - oursBefore, theirs: (await countDirectusWrites(other)) - theirsBefore };

  const rows = runs.map((run) => ({ comparison: run.comparison, product: run.product, ...summarise(loaded.get(run) ?? [], serial.get(run)) }));
  const rate = (comparison: string, product: string) => rows.find((r) => r.comparison === comparison && r.product === product)?.requestsPerSecond ?? 0;
  const constant = (product: string) => rate("constant answer", product.startsWith("Directus") ? "Directus" : "Policy Tracker");
  console.log(`\n${CONNECTIONS} connections (${ROUNDS} rounds of ${DURATION} s, medians) and 1 connection (${SERIAL_DURATION} s), one process each:`);
  console.log("| endpoint | product | req/s | Policy Tracker's req/s ÷ these | share of its constant answer | p50 ms | p99 ms | 1 conn p50 ms | 1 conn p99 ms | errors |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    // A load whose requests all outlast the measurement answers none: no ratio to it.
    const times = r.product === "Policy Tracker" || r.requestsPerSecond === 0 ? "—" : (rate(r.comparison, "Policy Tracker") / r.requestsPerSecond).toFixed(2);
    const share = r.comparison === "constant answer" ? "—" : (r.requestsPerSecond / Math.max(1, constant(r.product))).toFixed(2);
    console.log(`| ${r.comparison} | ${r.product} | ${r.requestsPerSecond} | ${times} | ${share} | ${r.p50} | ${r.p99} | ${r.serialP50} | ${r.serialP99} | ${r.errors} |`);
  }
  const acknowledged = (product: string) => rows.find((r) => r.comparison === "status change with a citation" && r.product === product)?.ok ?? 0;
  const writes = {
    "Policy Tracker": { acknowledged: acknowledged("Policy Tracker"), recorded: written.ours, lost: Math.max(0, acknowledged("Policy Tracker") - written.ours) },
    Directus: { acknowledged: acknowledged("Directus"), recorded: written.theirs, lost: Math.max(0, acknowledged("Directus") - written.theirs) },
  };
  const notIdle = drains.filter((d) => !d.idle).length;
  console.log(`drained before each measurement: longest wait ${Math.max(...drains.map((d) => d.waitedMs))} ms${notIdle ? `, ${notIdle} not idle within the limit` : ""}`);
  for (const [product, w] of Object.entries(writes)) console.log(`${product}: status changes acknowledged ${w.acknowledged}, recorded ${w.recorded}, lost ${w.lost}`);
  await mkdir("bench-results", { recursive: true });
  const file = `bench-results/directus-${size.label}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  await writeFile(file, JSON.stringify({ at: new Date().toISOString(), size, directus: DIRECTUS_VERSION, cores, pinned: pin, connections: CONNECTIONS, duration: DURATION, rounds: ROUNDS, rows, writes, drains }, null, 2));
  say(`results written to ${file}`);
} finally {
  await servers.stopAll();
  await other?.end();
  await sql.end();
  await watcher.end();
  await database.stop();
}

async function startDirectus(port: number, env: Record<string, string>): Promise<void> {
  if (await answers(`http://127.0.0.1:${port}/server/ping`)) throw new Error(`Port ${port} is taken by another server: stop it or set BENCH_DIRECTUS_PORT.`);
  const command = pin ? ["taskset", "-c", "0", ...directusCommand("start")] : directusCommand("start");
  servers.spawn(command[0] as string, command.slice(1), { env: { ...process.env, ...env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` }, stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(`http://127.0.0.1:${port}/server/ping`);
}

async function countDirectusWrites(db: postgres.Sql): Promise<number> {
  const [row] = await db<{ n: number }[]>`SELECT count(*)::int AS n FROM status_events WHERE note = ${BENCH_WRITE_REASON}`;
  return row?.n ?? 0;
}
