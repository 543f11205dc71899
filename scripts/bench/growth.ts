// `npm run bench:growth`: how cost grows with size. For each size (BENCH_SIZES, by default 10k,100k,1m), generates
// the workspace unless it exists (timing it), runs the benchmark on it with one app process, and prints every
// endpoint's requests/s and one-connection p50 side by side. Writes bench-results/growth-<time>.json.
import "../load-env";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statfsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { benchDataDir, benchSize, seedRecordFile } from "./bench-database";
import type { LoadedIntoMemory } from "./load-into-memory";
import type { Measured } from "./targets";

const sizes = (process.env.BENCH_SIZES ?? "10k,100k,1m").split(",").map((s) => benchSize(s));
const say = (line: string) => console.log(`[bench:growth] ${line}`);
const run = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
};

type Row = { size: string; items: number; changes: number; sources: number; seedSeconds: number; databaseMb: number; memory: LoadedIntoMemory; measured: Measured[]; peakRssMb: number };
const rows: Row[] = [];
await mkdir("bench-results", { recursive: true });
for (const size of sizes) {
  if (!existsSync(seedRecordFile(size))) {
    // About 50 kB a item on disk with its indexes (4.9 GB at 100k), and room for the load's WAL beside it.
    const neededGb = (size.items * 50_000 * 1.3) / 1e9;
    const disk = statfsSync(".");
    const freeGb = (disk.bavail * disk.bsize) / 1e9;
    if (freeGb < neededGb) throw new Error(`Generating ${size.label} needs about ${neededGb.toFixed(0)} GB of disk; ${freeGb.toFixed(0)} GB are free`);
    say(`seeding ${size.label}: ${size.items.toLocaleString()} items, ${size.changes.toLocaleString()} change records`);
    run(["scripts/bench/seed.ts", size.label]);
  }
  const { seconds } = JSON.parse(readFileSync(seedRecordFile(size), "utf8")) as { seconds: number };
  const before = new Set(readdirSync("bench-results", { withFileTypes: true }).map((f) => f.name));
  run(["scripts/bench/run.ts", size.label], { BENCH_PROCESSES: process.env.BENCH_PROCESSES ?? "1" });
  const file = readdirSync("bench-results").find((name) => name.startsWith(`bench-${size.label}-`) && !before.has(name));
  if (!file) throw new Error(`The benchmark of ${size.label} wrote no results`);
  const result = JSON.parse(readFileSync(`bench-results/${file}`, "utf8")) as { memory: LoadedIntoMemory; runs: { measured: Measured[]; peakRssMb: number }[] };
  const first = result.runs[0];
  if (!first) throw new Error(`The benchmark of ${size.label} measured nothing`);
  const databaseMb = Math.round(Number(spawnSync("du", ["-sm", benchDataDir(size)], { encoding: "utf8" }).stdout.split("\t")[0]));
  rows.push({ size: size.label, items: size.items, changes: size.changes, sources: size.sources, seedSeconds: seconds, databaseMb, memory: result.memory, measured: first.measured, peakRssMb: first.peakRssMb });
}

const names = rows[0]?.measured.map((m) => m.name) ?? [];
console.log(`\n| endpoint | ${rows.map((r) => `${r.size}: req/s (1-conn p50 ms)`).join(" | ")} |`);
console.log(`|---|${rows.map(() => "---:").join("|")}|`);
for (const name of names) {
  const cells = rows.map((r) => {
    const m = r.measured.find((x) => x.name === name);
    return m ? `${m.requestsPerSecond} (${m.serialP50})` : "—";
  });
  console.log(`| ${name} | ${cells.join(" | ")} |`);
}
console.log(`| seed time | ${rows.map((r) => `${r.seedSeconds} s`).join(" | ")} |`);
console.log(`| database on disk | ${rows.map((r) => `${r.databaseMb.toLocaleString()} MB`).join(" | ")} |`);
console.log(`| database read into memory first | ${rows.map((r) => (r.memory.loaded ? "yes" : "no")).join(" | ")} |`);
console.log(`| server peak RSS | ${rows.map((r) => `${r.peakRssMb} MB`).join(" | ")} |`);
const out = `bench-results/growth-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
await writeFile(out, JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
say(`results written to ${out}`);
