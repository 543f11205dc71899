// `npm run bench -- [size]`: load tests of the main paths against production servers on the bench:seed workspace of
// that size, each endpoint beside a floor measured in the same run, with one and with two app processes. Prints a
// table per process count and writes bench-results/bench-<size>-<time>.json.
import "../load-env";
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import postgres from "postgres";
import { applyMigrations } from "../../lib/db/migrate";
import { answers, ensureProductionBuild, startAppServer, waitFor } from "./app-server";
import { BENCH_ACCOUNTS, BENCH_PASSWORD, BENCH_SLUG, benchSize, openBenchDatabase } from "./bench-database";
import { canSeeAutovacuum, drain, type Drained } from "./drain";
import { load, summarise, warmUp, type Load } from "./load";
import { loadIntoMemory } from "./load-into-memory";
import { ProcessGroups } from "./process-groups";
import { signInCookie } from "./sign-in-cookie";
import { benchTargets, countStatusWrites, statusChanges } from "./status-writes";
import { TARGETS, type Measured } from "./targets";

const size = benchSize();
const PORT = Number(process.env.BENCH_PORT ?? 3400);
// The list's SQL floor is a plain server of its own (scripts/bench/list-sql-floor.ts): benchmark code stays out of the app.
const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? PORT + 9);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// Each endpoint is loaded until its rate stops rising, for at most this long (load.ts, warmUp).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const SERIAL_DURATION = Number(process.env.BENCH_SERIAL_DURATION ?? 5);
const PROCESS_COUNTS = (process.env.BENCH_PROCESSES ?? "1,2").split(",").map(Number);
// BENCH_ONLY=search,history: only the endpoints whose names contain one of these (the floors always run): for work on one path.
const ONLY = (process.env.BENCH_ONLY ?? "").split(",").map((part) => part.trim()).filter(Boolean);
const say = (line: string) => console.log(`[bench ${size.label}] ${line}`);
const hasTaskset = spawnSync("taskset", ["-V"]).status === 0;
const cores = (await import("node:os")).availableParallelism();
// Each pool's connections but search's: as many as PostgreSQL has cores, here the machine's, as the README advises
// (docs/decisions/034). More only take turns on the same cores.
const POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? String(Math.max(2, cores));

const database = await openBenchDatabase(size);
const sql = postgres(database.url, { max: 2, onnotice: () => {} });
// The owner's (the embedded cluster's superuser's): it sees autovacuum and may read every relation into memory.
const watcher = postgres(database.superuserUrl, { max: 1, onnotice: () => {} });
const servers = new ProcessGroups();
const floors = new ProcessGroups();
const runs: { processes: number; measured: Measured[]; peakRssMb: number; statusWrites: { acknowledged: number; recorded: number; lost: number }; drains: Drained[] }[] = [];
try {
  await applyMigrations(database.ownerUrl);
  const [workspace] = await sql<{ id: string }[]>`SELECT id FROM "Workspace" WHERE slug = ${BENCH_SLUG}`;
  if (!workspace) throw new Error(`No benchmark workspace of size ${size.label}: run \`npm run bench:seed -- ${size.label}\` first.`);
  ensureProductionBuild();
  if (!(await canSeeAutovacuum(watcher))) say("the owner's role cannot see autovacuum (pg_read_all_stats): the drain does not wait for it");
  const memory = await loadIntoMemory(watcher);
  say(memory.loaded
    ? `database read into memory: ${memory.databaseMb.toLocaleString("en")} MB in ${memory.seconds} s (${memory.why}), as a server that has run a while holds it`
    : `database left on disk: ${memory.why}`);
  const targets = await benchTargets(sql, workspace.id);
  const changes = await statusChanges(sql, workspace.id, targets);
  const api = `/api/v1/workspaces/${BENCH_SLUG}`;
  const list = "kind=export_control&jurisdiction=JP&sort=title&limit=50";
  const constantJson = "floor: constant JSON";
  const cheapestPage = "floor: server-rendered page (sign-in)";

  const all: Load[] = [
    { name: "floor: static file", path: "/robots.txt" },
    { name: constantJson, path: "/api/live" },
    { name: "floor: list SQL via pg", base: `http://127.0.0.1:${FLOOR_PORT}`, path: `/?workspace=${BENCH_SLUG}&${list}` },
    // The least any page costs: every page renders per request (the CSP nonce), and this one reads no data.
    { name: cheapestPage, path: "/sign-in", anonymous: true },
    { name: "tracker page (filter + sort)", floor: cheapestPage, path: `/w/${BENCH_SLUG}?${list}` },
    { name: "as-of tracker (D and R)", floor: cheapestPage, path: `/w/${BENCH_SLUG}?recordedAt=2022-06-30&validOn=2021-01-01&sort=title` },
    { name: "item page", floor: cheapestPage, path: `/w/${BENCH_SLUG}/items/${targets.shownId}` },
    { name: "item page, 1,000-change item", floor: cheapestPage, path: `/w/${BENCH_SLUG}/items/${targets.longHistoryId}` },
    { name: "JSON list (50 rows, keyset)", floor: constantJson, path: `${api}/items?${list}` },
    { name: "JSON item", floor: constantJson, path: `${api}/items/${targets.shownId}` },
    { name: "status change (API)", floor: constantJson, request: () => changes.request(api), before: changes.refresh },
    { name: "search: full text", floor: constantJson, path: `${api}/search?q=${encodeURIComponent("export controls")}` },
    { name: "search: partial word", floor: constantJson, path: `${api}/search?q=conduct` },
    { name: "search: a phrase found nowhere", floor: constantJson, path: `${api}/search?q=${encodeURIComponent("marmalade quota of the moon")}` },
    // A word the Japanese sources hold (輸出, "export"), so that the search finds and ranks: 関税, measured until
    // 2026-11-29, is in no row of the generated workspace, and measured only the index lookups that find nothing.
    { name: "search: two-character CJK word", floor: constantJson, path: `${api}/search?q=${encodeURIComponent("輸出")}` },
    { name: "history of a 1,000-change item", floor: constantJson, path: `${api}/items/${targets.longHistoryId}/history?limit=100` },
  ];
  const endpoints = all.filter((e) => ONLY.length === 0 || e.name.startsWith("floor:") || ONLY.some((part) => e.name.includes(part)));

  await startListSqlFloor(hasTaskset && cores >= 2);

  for (const processes of PROCESS_COUNTS) {
    const ports = Array.from({ length: processes }, (_, i) => PORT + i);
    // One process: Next.js on core 0, the load generator on core 1 (PostgreSQL on either). More: they share the cores.
    const pin = hasTaskset && processes === 1 && cores >= 2;
    for (const port of ports) await startAppServer(servers, { port, pin, databaseUrl: database.url, authUrl: `http://127.0.0.1:${PORT}`, poolSize: POOL_SIZE });
    if (pin) spawnSync("taskset", ["-a", "-p", "-c", "1", String(process.pid)]);
    say(`${processes} server process${processes > 1 ? "es" : ""} on ports ${ports.join(", ")}${pin ? " (Next.js on core 0, load generator on core 1, PostgreSQL on either)" : ` sharing ${cores} cores with the load generator`}, ${POOL_SIZE} connections per pool but search's`);
    const cookie = await signInCookie(`http://127.0.0.1:${PORT}`, BENCH_ACCOUNTS.analyst, BENCH_PASSWORD);
    const bases = ports.map((port) => `http://127.0.0.1:${port}`);
    const options = { bases, cookie };
    const drains: Drained[] = [];
    const settle = async () => drains.push(await drain(sql, watcher, servers));

    say(`warm-up: each endpoint until its rate stops rising, at most ${WARMUP} s`);
    for (const endpoint of endpoints) {
      const windows = await warmUp(endpoint, { ...options, connections: CONNECTIONS }, WARMUP);
      say(`warm-up ${endpoint.name}: ${windows.join(", ")} req/s`);
    }
    servers.resetPeakRss();
    const recordsBefore = await countStatusWrites(sql, workspace.id);
    const loaded = new Map<string, Awaited<ReturnType<typeof load>>[]>(endpoints.map((e) => [e.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved, with the order rotated each round, so no endpoint always runs on a warmer or cooler machine; each
      // starts on a drained machine, so no endpoint's queue spills into the next one's figures.
      const order = endpoints.map((_, i) => endpoints[(i + round) % endpoints.length] as Load);
      for (const endpoint of order) {
        await settle();
        const result = await load(endpoint, { ...options, connections: CONNECTIONS, seconds: DURATION });
        loaded.get(endpoint.name)?.push(result);
        say(`round ${round + 1}/${ROUNDS} ${endpoint.name}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`);
      }
    }
    const serial = new Map<string, Awaited<ReturnType<typeof load>>>();
    for (const endpoint of endpoints) {
      await settle();
      const result = await load(endpoint, { ...options, connections: 1, seconds: SERIAL_DURATION });
      serial.set(endpoint.name, result);
      say(`one connection ${endpoint.name}: p50 ${result.p50} ms, p99 ${result.p99} ms`);
    }
    await settle();
    const written = (await countStatusWrites(sql, workspace.id)) - recordsBefore;
    const peakRssMb = servers.peakRssMb();
    await servers.stopAll();

    const measured: Measured[] = endpoints.map((endpoint) => ({
      name: endpoint.name,
      floor: endpoint.floor ?? null,
      ...summarise(loaded.get(endpoint.name) ?? [], serial.get(endpoint.name)),
    }));
    const statusWrites = measured.find((m) => m.name === "status change (API)");
    // An acknowledged write missing from the history is lost; the history can hold more, from requests still in flight
    // when a round's clock ran out (their answers arrive after autocannon stopped counting).
    const lost = statusWrites ? Math.max(0, statusWrites.ok - written) : 0;
    runs.push({ processes, measured, peakRssMb, statusWrites: { acknowledged: statusWrites?.ok ?? 0, recorded: written, lost }, drains });
    printRun(processes, measured, peakRssMb, { acknowledged: statusWrites?.ok ?? 0, recorded: written, lost }, drains);
  }

  if (runs.length > 1) {
    console.log("\nProcesses compared (requests/s at " + CONNECTIONS + " connections):");
    console.log(`| endpoint | ${runs.map((r) => `${r.processes} process${r.processes > 1 ? "es" : ""}`).join(" | ")} |`);
    console.log(`|---|${runs.map(() => "---:").join("|")}|`);
    for (const endpoint of endpoints) console.log(`| ${endpoint.name} | ${runs.map((r) => r.measured.find((m) => m.name === endpoint.name)?.requestsPerSecond ?? 0).join(" | ")} |`);
  }
  await mkdir("bench-results", { recursive: true });
  const file = `bench-results/bench-${size.label}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  await writeFile(file, JSON.stringify({ at: new Date().toISOString(), size, memory, cores, poolSize: Number(POOL_SIZE), connections: CONNECTIONS, duration: DURATION, rounds: ROUNDS, serialDuration: SERIAL_DURATION, pinned: hasTaskset, runs: runs.map((run) => ({ ...run, targets: TARGETS.map((t) => ({ label: t.label, ...t.check(new Map(run.measured.map((m) => [m.name, m])), run.statusWrites.lost) })) })) }, null, 2));
  say(`results written to ${file}`);
} finally {
  await servers.stopAll();
  await floors.stopAll();
  await sql.end();
  await watcher.end();
  await database.stop();
}

async function startListSqlFloor(pin: boolean): Promise<void> {
  const base = `http://127.0.0.1:${FLOOR_PORT}`;
  if (await answers(`${base}/?workspace=${BENCH_SLUG}`)) throw new Error(`Port ${FLOOR_PORT} is taken by another server: stop it or set BENCH_FLOOR_PORT.`);
  const floor = [process.execPath, "--import", "tsx", "scripts/bench/list-sql-floor.ts", String(FLOOR_PORT)];
  const [command, ...args] = pin ? ["taskset", "-c", "0", ...floor] : floor;
  floors.spawn(command as string, args, { env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: POOL_SIZE }, stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(`${base}/?workspace=${BENCH_SLUG}`);
}

function printRun(processes: number, measured: Measured[], peakRssMb: number, writes: { acknowledged: number; recorded: number; lost: number }, drains: Drained[]) {
  const byName = new Map(measured.map((m) => [m.name, m]));
  console.log(`\n${processes} app process${processes > 1 ? "es" : ""}, ${CONNECTIONS} connections (${ROUNDS} rounds of ${DURATION} s, medians) and 1 connection (${SERIAL_DURATION} s):`);
  console.log("| endpoint | req/s | share of floor's req/s | p50 ms | p99 ms | 1 conn p50 ms | 1 conn p99 ms | errors |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const m of measured) {
    const floor = m.floor ? byName.get(m.floor) : undefined;
    const share = floor && floor.requestsPerSecond > 0 ? `${(m.requestsPerSecond / floor.requestsPerSecond).toFixed(2)} of ${floor.name.replace("floor: ", "")}` : "—";
    console.log(`| ${m.name} | ${m.requestsPerSecond} | ${share} | ${m.p50} | ${m.p99} | ${m.serialP50} | ${m.serialP99} | ${m.errors} |`);
  }
  const slowest = drains.reduce((max, d) => Math.max(max, d.waitedMs), 0);
  console.log(`\npeak RSS of the server process${processes > 1 ? "es (together)" : ""}: ${peakRssMb} MB; drained before each measurement (longest wait ${slowest} ms${drains.some((d) => !d.idle) ? `, ${drains.filter((d) => !d.idle).length} not idle within the limit` : ""})`);
  console.log(`status changes acknowledged: ${writes.acknowledged}, recorded in the history: ${writes.recorded} (including writes still in flight when a round ended), lost: ${writes.lost}`);
  console.log("Targets:");
  for (const target of TARGETS) {
    const verdict = target.check(byName, writes.lost);
    console.log(`  ${verdict.met ? "MET " : "MISS"} ${target.label}: ${verdict.actual}`);
  }
}

